// TrainingSession's run folder side: resuming from a checkpoint, and writing checkpoints,
// metrics rows and the outcome of a stop (rank 0 alone in data-parallel training).

#include <cmath>
#include <cstdio>
#include <system_error>

#include "core/common/error.h"
#include "core/common/paths.h"
#include "core/train/train_config.h"
#include "core/train/training_session.h"

namespace seg::core {

namespace fs = std::filesystem;

constexpr const char* kAdversarialPart = "segstudio.adversarial";

std::vector<CheckpointPart> TrainingSession::checkpointParts() {
    if (!m_adversarial) return {};
    return {
        {kAdversarialPart, [this](torch::serialize::OutputArchive& a) { m_adversarial->save(a); }}};
}

void TrainingSession::resume(const fs::path& checkpoint) {
    const CheckpointInfo info = readCheckpointInfo(checkpoint);
    if (!(info.model == m_config.model))
        throw Error(ErrorCode::InvalidContent, checkpoint,
                    "checkpoint holds a " + info.model.architecture +
                        " with other options than the " + m_config.model.architecture +
                        " this run trains");
    if (!(info.classes.names() == m_request.dataset.classes.names()))
        throw Error(ErrorCode::InvalidContent, checkpoint,
                    "checkpoint was trained on other classes (" +
                        std::to_string(info.classes.size()) + ") than this dataset's (" +
                        std::to_string(m_request.dataset.classes.size()) + ")");
    LoadedCheckpoint loaded = loadCheckpoint(checkpoint);
    {
        torch::NoGradGuard noGrad;
        auto source = loaded.model->named_parameters();
        for (auto& p : m_model->named_parameters()) p.value().copy_(source[p.key()]);
        auto buffers = loaded.model->named_buffers();
        for (auto& b : m_model->named_buffers()) b.value().copy_(buffers[b.key()]);
    }
    loadOptimizerState(checkpoint, *m_optimizer);
    if (m_adversarial &&
        !loadCheckpointPart(checkpoint, kAdversarialPart,
                            [&](torch::serialize::InputArchive& a) { m_adversarial->load(a); }))
        say("the checkpoint holds no discriminator: adversarial training starts it afresh");
    m_epochsDone = info.epochsCompleted;
    m_iteration = info.iteration;
    m_bestMeanIoU = std::isnan(info.bestMeanIoU) ? -1.0 : info.bestMeanIoU;
    m_bestEpoch = info.bestEpoch;
    m_epochPosition = static_cast<size_t>(std::max<int64_t>(0, info.epochSamplesDone));
    m_epochLossSum = info.epochLossSum;
    m_epochBatches = info.epochBatches;
    m_epochSeconds = info.epochSeconds;
    const int processes = m_parallel ? m_parallel->setup().worldSize : 1;
    if (m_epochPosition > m_train.size()) {
        say("the checkpoint was saved " + std::to_string(m_epochPosition) +
            " samples into an epoch, but there are " + std::to_string(m_train.size()) +
            " training images now: the epoch starts over");
        resetEpochProgress();
    } else if (m_epochPosition > 0 && info.epochProcesses != processes) {
        // A position in one share of the order is no position in a share of another size.
        say("the checkpoint was saved part-way through an epoch by " +
            std::to_string(info.epochProcesses) + " process(es), and " + std::to_string(processes) +
            " train now: the epoch starts over");
        resetEpochProgress();
    } else if (!isMainProcess()) {
        m_epochLossSum = 0.0;  // the checkpoint's sums are every process's: rank 0 keeps them
        m_epochBatches = 0;
    }
    std::string where = "after epoch " + std::to_string(m_epochsDone);
    if (m_epochPosition > 0)
        where = std::to_string(m_epochPosition) + " samples into epoch " +
                std::to_string(m_epochsDone + 1);
    say("resumed from " + pathToUtf8(checkpoint) + " " + where);
}

CheckpointInfo TrainingSession::checkpointInfo(double meanIoU, double pixelAccuracy) const {
    CheckpointInfo info;
    info.model = m_config.model;
    info.classes = m_request.dataset.classes;
    info.mean = m_config.mean;
    info.std = m_config.std;
    info.epochsCompleted = m_epochsDone;
    info.iteration = m_iteration;
    info.epochSamplesDone = static_cast<int64_t>(m_epochPosition);
    info.epochProcesses = m_parallel ? m_parallel->setup().worldSize : 1;
    info.epochLossSum = m_epochLossSum;
    info.epochBatches = m_epochBatches;
    info.epochSeconds = m_epochSeconds;
    info.meanIoU = meanIoU;
    info.pixelAccuracy = pixelAccuracy;
    info.bestMeanIoU = m_bestMeanIoU < 0 ? std::nan("") : m_bestMeanIoU;
    info.bestEpoch = m_bestEpoch;
    info.trainConfigJson = trainConfigToJson(m_config).dump();
    return info;
}

bool TrainingSession::saveCheckpoints(const EpochReport& report) {
    const double miou = report.metrics.meanIoU;
    const bool best = !hasValidation() || (!std::isnan(miou) && miou > m_bestMeanIoU);
    if (best) {
        m_bestMeanIoU = std::isnan(miou) ? m_bestMeanIoU : miou;
        m_bestEpoch = report.epoch;
    }
    if (!isMainProcess()) return best;  // rank 0 writes the run folder
    const fs::path dir = m_request.runDir / "checkpoints";
    const CheckpointInfo info = checkpointInfo(miou, report.metrics.pixelAccuracy);
    saveCheckpoint(dir / "last.pt", info, *m_model, m_optimizer.get(), checkpointParts());
    m_wroteCheckpoint = true;
    m_outcome.lastCheckpoint = dir / "last.pt";
    if (best) {
        saveCheckpoint(dir / "best.pt", info, *m_model, nullptr);
        m_outcome.bestCheckpoint = dir / "best.pt";
    }
    m_log->epoch({report.epoch, report.iteration, report.trainLoss, report.valLoss,
                  report.metrics.pixelAccuracy, miou, m_lastLearningRate, report.seconds});
    if (!report.confusion.empty())
        m_log->confusion({report.epoch, m_config.model.numClasses, report.confusion});
    char text[160];
    std::snprintf(text, sizeof text,
                  "epoch %d: loss %.4f, val loss %.4f, pixel accuracy %.4f, mIoU %.4f%s",
                  report.epoch, report.trainLoss, report.valLoss, report.metrics.pixelAccuracy,
                  miou, best ? " (best)" : "");
    say(text);
    return best;
}

void TrainingSession::saveStopped(int epoch) {
    // Weights and position agree: last.pt says how far into this epoch they have trained,
    // and resuming continues the epoch from there.
    m_outcome.message = "stopped during epoch " + std::to_string(epoch);
    // Every process stops at the same step: they agree on the BatchNorm statistics last.pt
    // keeps, as at the end of an epoch, and it keeps the epoch's loss over all of them.
    if (m_parallel) {
        m_parallel->averageBuffers(*m_model);
        std::vector<double> lossAndSteps{m_epochLossSum, double(m_epochBatches)};
        m_parallel->sum(lossAndSteps);
        m_epochLossSum = lossAndSteps[0];
        m_epochBatches = static_cast<int64_t>(lossAndSteps[1]);
    }
    if (!isMainProcess()) return;
    const fs::path last = m_request.runDir / "checkpoints" / "last.pt";
    saveCheckpoint(last, checkpointInfo(std::nan(""), std::nan("")), *m_model, m_optimizer.get(),
                   checkpointParts());
    m_wroteCheckpoint = true;
    m_outcome.lastCheckpoint = last;
}

void TrainingSession::discardRunFolder() {
    // Only a folder this run made and left without a checkpoint: it would show up in the
    // runs list as a failed run with nothing to open or resume.
    if (!m_createdRunDir || m_request.resumeFrom || m_wroteCheckpoint || !isMainProcess()) return;
    m_log.reset();  // closes log.txt and metrics.csv
    std::error_code ec;
    fs::remove_all(m_request.runDir, ec);
}
}  // namespace seg::core
