#pragma once
// The human-readable record of a run in its folder: config.json, metrics.csv (a row per
// epoch plus the iteration losses) and log.txt. Appends, so a resumed run continues its
// curves. Training thread only.

#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "core/eval/metrics.h"
#include "core/train/run_writer_lock.h"
#include "core/train/train_config.h"

namespace seg::core {

struct IterationRow {
    int epoch;
    int64_t iteration;
    double loss;  // the segmentation loss
    double learningRate;
    // With adversarial training: the model's adversarial term (before its weight) and the
    // discriminator's loss; NaN without.
    double adversarialLoss = std::nan("");
    double discriminatorLoss = std::nan("");
};

struct EpochRow {
    int epoch;
    int64_t iteration;
    double trainLoss;
    double valLoss;
    double pixelAccuracy;
    double meanIoU;
    double learningRate;
    double seconds;
};

// The validation confusion matrix of a run's latest evaluated epoch (last_confusion.json),
// kept so that a reopened run shows its per-class results without evaluating again.
struct EpochConfusion {
    int epoch = 0;
    int numClasses = 0;
    std::vector<uint64_t> counts;  // numClasses x numClasses, row = ground truth
};

// Throws Error(InvalidJson / InvalidContent) naming `file`.
EpochConfusion parseConfusionJson(const std::string& text, const std::filesystem::path& file);

class RunLog {
public:
    // Creates the folder (and checkpoints/) if needed, and holds its RunWriterLock. Throws
    // Error naming what it cannot write, or saying that another process trains the run.
    explicit RunLog(const std::filesystem::path& runDir);

    void writeConfig(const TrainConfig& config);
    void iteration(const IterationRow& row);
    void epoch(const EpochRow& row);
    void line(const std::string& text);               // log.txt, time-stamped
    void flush();                                     // the iteration rows written so far
    void confusion(const EpochConfusion& confusion);  // replaces last_confusion.json

    static constexpr const char* kConfusionFile = "last_confusion.json";

    static constexpr const char* kMetricsHeader =
        "kind,epoch,iteration,loss,val_loss,pixel_accuracy,mean_iou,learning_rate,seconds,"
        "adversarial_loss,discriminator_loss";

private:
    std::filesystem::path m_dir;
    std::unique_ptr<RunWriterLock> m_lock;
    std::ofstream m_metrics;
    std::ofstream m_log;
    std::chrono::steady_clock::time_point m_lastFlush{};
};

}  // namespace seg::core
