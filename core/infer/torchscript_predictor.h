#pragma once
// Prediction with a TorchScript module: a float NCHW image tensor in (RGB, normalised with
// the settings' mean and std), logits out, either as an [N, C, H, W] tensor or as the "out"
// entry of a dict (torchvision's segmentation models). LibTorch header: include from
// core/infer sources only.

#include <filesystem>
#include <memory>

#include <torch/script.h>

#include "core/infer/predictor.h"

namespace seg::core {

// Checks the module on a small probe image before returning, so that a module that does not
// fit is reported when it opens. Throws Error naming `file`: invalid settings, no forward
// method, an exception inside forward, or an output that is not logits for the classes.
std::unique_ptr<Predictor> makeTorchScriptPredictor(const std::filesystem::path& file,
                                                    torch::jit::Module module,
                                                    const TorchScriptSettings& settings,
                                                    const PredictOptions& options);

}  // namespace seg::core
