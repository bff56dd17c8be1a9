#pragma once
// What a checkpoint says about itself: everything needed to rebuild and use the model
// without any other file. Torch-free; any thread.

#include <array>
#include <cstdint>
#include <filesystem>
#include <string>

#include "core/data/class_map.h"
#include "core/models/model_spec.h"

namespace seg::core {

struct CheckpointInfo {
    static constexpr int kVersion = 1;

    ModelSpec model;
    ClassMap classes;
    std::array<double, 3> mean{0.485, 0.456, 0.406};
    std::array<double, 3> std{0.229, 0.224, 0.225};
    int epochsCompleted = 0;
    int64_t iteration = 0;  // iterations done, for the schedule on resume
    // A run stopped part-way through epoch epochsCompleted + 1 saves how far it got: the
    // weights have trained on the first epochSamplesDone samples of that epoch's order, and
    // a resumed run continues the epoch from there. 0 at an epoch's end.
    int64_t epochSamplesDone = 0;
    // Data-parallel training: the processes that trained that part, each epochSamplesDone
    // samples into its share of the order (a share depends on their number).
    int epochProcesses = 1;
    double epochLossSum =
        0.0;  // that part's summed batch losses (all processes'), for the epoch's mean
    int64_t epochBatches = 0;
    double epochSeconds = 0.0;  // that part's training time
    double meanIoU = 0.0;       // validation mIoU at this checkpoint (NaN if none)
    double pixelAccuracy = 0.0;
    double bestMeanIoU = 0.0;  // best validation mIoU of the run so far
    int bestEpoch = 0;
    std::string trainConfigJson;  // the run's TrainConfig
};

// Reads only the metadata. Throws Error naming the file when it is missing, empty,
// truncated or not a SegStudio checkpoint.
CheckpointInfo readCheckpointInfo(const std::filesystem::path& file);

}  // namespace seg::core
