#pragma once
// Starting a DeepLab or FCN model from ResNet weights a user already has (nothing can be
// downloaded): a SegStudio checkpoint of any run with a ResNet backbone, or a PyTorch state
// dict saved as a plain dict, with torchvision's names (conv1, layer1.0.bn2, downsample.0,
// ...) or SegStudio's. Training thread, before the optimiser is created.

#include <filesystem>
#include <string>

#include "core/models/segmentation_model.h"

namespace seg::core {

struct BackboneWeightsReport {
    int tensorsLoaded = 0;
    std::string source;  // "segstudio checkpoint", "torchvision state dict", "state dict"
};

// Copies every backbone parameter and BatchNorm statistic; the heads keep their fresh
// initialisation. Throws Error naming the file when it is unreadable, holds no ResNet
// weights, lacks a tensor the backbone needs, or holds one of another shape (another depth,
// width or input channel count), and Error(InvalidArgument) for a model with no backbone.
BackboneWeightsReport loadBackboneWeights(SegmentationModelImpl& model,
                                          const std::filesystem::path& file);

// torchvision's ResNet name for a tensor -> SegStudio's name inside the backbone, or ""
// for tensors a segmentation backbone has no use for (fc, num_batches_tracked).
std::string backboneNameFromTorchvision(const std::string& name, bool bottleneck);

}  // namespace seg::core
