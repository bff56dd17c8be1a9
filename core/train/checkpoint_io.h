#pragma once
// Saving and loading checkpoints: model weights and buffers, optimiser state and the
// metadata (CheckpointInfo) in one file, written to a temp file and renamed. Training or
// prediction thread.

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include <torch/torch.h>

#include "core/models/segmentation_model.h"
#include "core/train/checkpoint.h"

namespace seg::core {

// Further training state a checkpoint keeps under its own key (the adversarial
// discriminator), written by `save`.
struct CheckpointPart {
    std::string key;
    std::function<void(torch::serialize::OutputArchive&)> save;
};

void saveCheckpoint(const std::filesystem::path& file, const CheckpointInfo& info,
                    SegmentationModelImpl& model, torch::optim::Optimizer* optimizer,
                    const std::vector<CheckpointPart>& parts = {});

struct LoadedCheckpoint {
    CheckpointInfo info;
    SegmentationModel model;  // built from info.model, weights loaded, in eval mode
};

// Throws Error naming the file (see readCheckpointInfo) or when the weights do not fit
// the architecture its metadata names.
LoadedCheckpoint loadCheckpoint(const std::filesystem::path& file);

// Loads the optimiser state saved with the checkpoint (for resuming).
void loadOptimizerState(const std::filesystem::path& file, torch::optim::Optimizer& optimizer);
// Hands the part saved under `key` to `load`; false when the checkpoint has none. Throws
// Error naming the file when the part is damaged or does not fit.
bool loadCheckpointPart(const std::filesystem::path& file, const std::string& key,
                        const std::function<void(torch::serialize::InputArchive&)>& load);

}  // namespace seg::core
