#pragma once
// The training engine: epochs over the training split, evaluation on the validation split,
// checkpoints and the run folder, reported through an observer. Torch-free header (the ui
// includes it); runTraining() runs on the calling thread, which must not be the GUI thread.

#include <atomic>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/data/dataset.h"
#include "core/eval/metrics.h"
#include "core/train/train_config.h"

namespace seg::core {

struct TrainBegin {
    int startEpoch;  // 0, or the epochs already done when resuming
    int epochs;
    int64_t iterationsPerEpoch;
    int trainSamples;
    int valSamples;
    int threads;
    std::string device;  // "cpu" or "cuda"
};

struct IterationReport {
    int epoch;          // 1-based
    int64_t iteration;  // 1-based, counted over the whole run
    double loss;
    double learningRate;
    double imagesPerSecond;  // over the last iterations
};

struct EpochReport {
    int epoch;  // 1-based
    int64_t iteration;
    double trainLoss;             // mean over the epoch
    double valLoss;               // NaN without a validation split
    SegmentationMetrics metrics;  // validation metrics
    double seconds;
    bool best;  // mIoU improved: best.pt was written
    // Validation confusion matrix, numClasses x numClasses, row = ground truth.
    std::vector<uint64_t> confusion;
};

enum class TrainStatus { Finished, Stopped, Failed };

struct TrainOutcome {
    TrainStatus status = TrainStatus::Failed;
    std::string message;  // English; for Failed, names the problem
    int epochsCompleted = 0;
    double bestMeanIoU = 0.0;
    int bestEpoch = 0;
    std::filesystem::path lastCheckpoint;
    std::filesystem::path bestCheckpoint;
};

// Called on the training thread. Implementations must be quick (queue a signal, print).
class TrainObserver {
public:
    virtual ~TrainObserver() = default;
    virtual void onBegin(const TrainBegin&) {}
    virtual void onIteration(const IterationReport&) {}
    virtual void onEpoch(const EpochReport&) {}
    virtual void onLog(const std::string&) {}
    // Always called last: after success, failure and stop.
    virtual void onEnd(const TrainOutcome&) {}
};

// Set from any thread; honoured within one iteration.
struct TrainControl {
    std::atomic<bool> stop{false};
    std::atomic<bool> pause{false};
};

struct TrainRequest {
    TrainConfig config;  // config.model.numClasses must equal the dataset's class count
    Dataset dataset;     // splits assigned; samples with masks train (Train) and evaluate (Val)
    std::filesystem::path runDir;
    std::optional<std::filesystem::path> resumeFrom;  // a checkpoint of the same model and classes
};

// Never throws: every failure ends in an outcome with status Failed and a message.
TrainOutcome runTraining(const TrainRequest& request, TrainObserver& observer,
                         TrainControl& control);

}  // namespace seg::core
