#pragma once
// The state of one training run while core::runTraining() runs it (trainer.h). Internal to
// core/train: trainer.cpp and training_session_checkpoints.cpp include it; LibTorch inside.

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <torch/torch.h>

#include "core/train/active_clock.h"
#include "core/train/adversarial.h"
#include "core/train/batch_loader.h"
#include "core/train/checkpoint_io.h"
#include "core/train/data_parallel.h"
#include "core/train/lr_schedule.h"
#include "core/train/run_log.h"
#include "core/train/sample_cache.h"
#include "core/train/trainer.h"

namespace seg::core {

// One run of runTraining(): owns the model, optimiser and loaders meanwhile. The epoch loop
// is in trainer.cpp; resuming and writing checkpoints in training_session_checkpoints.cpp.
class TrainingSession {
public:
    TrainingSession(const TrainRequest& request, TrainObserver& observer, TrainControl& control);

    TrainOutcome run();

private:
    void prepare();
    void resume(const std::filesystem::path& checkpoint);
    // The training images' sizes in a batch (from their headers where they can tell).
    void readOutputSizes();
    // Settles the options the architecture fits to the input size (a new run only).
    void fitModelToTrainingInput();
    // Each epoch's iterations, from the output sizes, and the schedule over them.
    void planIterations();
    int64_t plannedTotal() const;
    // Reports samples found unreadable since the last call; throws when fewer than two
    // training samples are left.
    void reportSkipped();
    // Returns false when stopped.
    bool trainEpoch(int epoch);
    enum class NextStep { Train, EndEpoch, Stop };
    // Whether to train on the batch at hand (`haveBatch`), end the epoch or stop: decided by
    // every process together in data-parallel training. Holds while paused, `clock` too.
    NextStep nextStep(ActiveClock& clock, bool haveBatch);
    // Stop was asked for, here or (in data-parallel training) in any process.
    bool stopAgreed();
    void onPaused(ActiveClock& clock);
    bool isMainProcess() const {
        return !m_request.distributed || m_request.distributed->isMain();
    }
    void trainStep(const Batch& batch, int epoch, const ActiveClock& clock);
    EpochReport evaluateEpoch(int epoch, double trainLoss, double seconds);
    // Writes last.pt (and best.pt when mIoU improved); returns whether it did improve.
    bool saveCheckpoints(const EpochReport& report);
    void saveStopped(int epoch);
    // Holds while paused, with `clock` paused; returns false when stopped.
    bool waitWhilePaused(ActiveClock& clock);
    bool hasValidation() const;
    CheckpointInfo checkpointInfo(double meanIoU, double pixelAccuracy) const;
    void resetEpochProgress();
    void discardRunFolder();
    void say(const std::string& text);
    // What last.pt keeps besides the model and its optimiser.
    std::vector<CheckpointPart> checkpointParts();

    const TrainRequest& m_request;
    TrainConfig m_config;
    TrainObserver& m_observer;
    TrainControl& m_control;
    const bool m_createdRunDir;
    bool m_wroteCheckpoint = false;
    std::unique_ptr<RunLog> m_log;

    torch::Device m_device{torch::kCPU};
    SegmentationModel m_model;
    std::unique_ptr<torch::optim::Optimizer> m_optimizer;
    std::unique_ptr<LearningRateSchedule> m_schedule;
    std::unique_ptr<AdversarialLearning> m_adversarial;  // with adversarial training only
    std::unique_ptr<DataParallel> m_parallel;           // in data-parallel training only
    std::shared_ptr<SampleCache> m_cache;
    torch::Tensor m_classWeights;
    std::vector<size_t> m_train, m_val;
    std::map<size_t, cv::Size> m_outputSizes;  // of the usable training samples
    std::vector<int64_t> m_epochIterations;    // planned, [0] = epoch 1
    int64_t m_iteration = 0;
    int m_epochsDone = 0;
    int m_skipped = 0;
    double m_bestMeanIoU = -1.0;
    int m_bestEpoch = 0;
    double m_lastLearningRate = 0.0;
    // How far the current epoch has got (see CheckpointInfo::epochSamplesDone).
    size_t m_epochPosition = 0;
    double m_epochLossSum = 0.0;
    int64_t m_epochBatches = 0;
    double m_epochSeconds = 0.0;  // trained in this epoch before the current session
    // The speed window, in the epoch clock's seconds (so pauses are left out).
    double m_windowStart = 0.0;
    int m_windowImages = 0;
    TrainOutcome m_outcome;
};

}  // namespace seg::core
