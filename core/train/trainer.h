#pragma once
// The training engine: epochs over the training split, evaluation on the validation split,
// checkpoints and the run folder, reported through an observer. Torch-free header (the ui
// includes it); runTraining() runs on the calling thread, which must not be the GUI thread.

#include <atomic>
#include <cmath>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/data/dataset.h"
#include "core/eval/metrics.h"
#include "core/train/distributed_setup.h"
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
    // The iteration the run will end at (earlier sessions of a resumed run included). Images
    // of mixed sizes batch differently in each epoch's order, so epochs may differ in length
    // and iterationsPerEpoch is then their mean; this total is exact.
    int64_t totalIterations = 0;
    int skippedSamples = 0;  // unreadable samples found before the first iteration
};

struct IterationReport {
    int epoch;          // 1-based
    int64_t iteration;  // 1-based, counted over the whole run
    double loss;
    double learningRate;
    double imagesPerSecond;         // over the last iterations, pauses excluded
    int64_t iterationInEpoch = 0;   // 1-based, within this epoch
    int64_t iterationsInEpoch = 0;  // planned for this epoch
    // With adversarial training (see IterationRow); NaN without.
    double adversarialLoss = std::nan("");
    double discriminatorLoss = std::nan("");
};

struct EpochReport {
    int epoch;  // 1-based
    int64_t iteration;
    double trainLoss;             // mean over the epoch
    double valLoss;               // NaN without a validation split
    SegmentationMetrics metrics;  // validation metrics
    double seconds;               // training time of the epoch, pauses excluded
    bool best;                    // mIoU improved: best.pt was written
    // Validation confusion matrix, numClasses x numClasses, row = ground truth.
    std::vector<uint64_t> confusion;
    // Samples left out so far because their image or mask could not be read (each is named
    // in a warning through onLog and in log.txt).
    int skippedSamples = 0;
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
    int skippedSamples = 0;  // see EpochReport::skippedSamples
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

// Set from any thread; honoured within one iteration. A stopped run saves last.pt with how
// far into the epoch it got, and resuming from it continues that epoch.
struct TrainControl {
    std::atomic<bool> stop{false};
    std::atomic<bool> pause{false};
};

struct TrainRequest {
    TrainConfig config;  // config.model.numClasses must equal the dataset's class count
    Dataset dataset;     // splits assigned; samples with masks train (Train) and evaluate (Val)
    std::filesystem::path runDir;
    std::optional<std::filesystem::path> resumeFrom;  // a checkpoint of the same model and classes
    // Data-parallel training (data_parallel.h): this process's place among the processes.
    // Each trains its share of every epoch with config.batchSize images a step; only rank 0
    // writes the run folder; every rank reports the same validation metrics.
    std::optional<DistributedSetup> distributed;
};

// Never throws: every failure ends in an outcome with status Failed and a message. A new
// run that fails before its first checkpoint removes the run folder it created, so that no
// empty run is left to list; a resumed run's folder is never removed. Unreadable samples
// are skipped with a warning (and not tried again); the run fails when fewer than two
// training samples are left.
TrainOutcome runTraining(const TrainRequest& request, TrainObserver& observer,
                         TrainControl& control);

}  // namespace seg::core
