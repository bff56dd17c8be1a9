#pragma once
// Saving and loading checkpoints: model weights and buffers, optimiser state and the
// metadata (CheckpointInfo) in one file, written to a temp file and renamed. Training or
// prediction thread.

#include <filesystem>

#include <torch/torch.h>

#include "core/models/segmentation_model.h"
#include "core/train/checkpoint.h"

namespace seg::core {

void saveCheckpoint(const std::filesystem::path& file, const CheckpointInfo& info,
                    SegmentationModelImpl& model, torch::optim::Optimizer* optimizer);

struct LoadedCheckpoint {
    CheckpointInfo info;
    SegmentationModel model;  // built from info.model, weights loaded, in eval mode
};

// Throws Error naming the file (see readCheckpointInfo) or when the weights do not fit
// the architecture its metadata names.
LoadedCheckpoint loadCheckpoint(const std::filesystem::path& file);

// Loads the optimiser state saved with the checkpoint (for resuming).
void loadOptimizerState(const std::filesystem::path& file, torch::optim::Optimizer& optimizer);

}  // namespace seg::core
