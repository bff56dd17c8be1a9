#include "core/train/trainer.h"

#include <chrono>
#include <cmath>
#include <thread>

#include <torch/torch.h>
#include <nlohmann/json.hpp>

#include "core/common/error.h"
#include "core/common/paths.h"
#include "core/common/rng.h"
#include "core/models/model_registry.h"
#include "core/runtime/torch_runtime.h"
#include "core/train/backbone_weights.h"
#include "core/train/batch_loader.h"
#include "core/train/checkpoint_io.h"
#include "core/train/evaluation.h"
#include "core/train/losses.h"
#include "core/train/lr_schedule.h"
#include "core/train/run_log.h"

namespace seg::core {

namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

std::unique_ptr<torch::optim::Optimizer> makeOptimizer(const OptimizerConfig& c,
                                                       SegmentationModelImpl& model) {
    const auto params = model.parameters();
    if (c.type == "sgd")
        return std::make_unique<torch::optim::SGD>(params, torch::optim::SGDOptions(c.learningRate)
                                                               .momentum(c.momentum)
                                                               .weight_decay(c.weightDecay));
    if (c.type == "adam")
        return std::make_unique<torch::optim::Adam>(
            params, torch::optim::AdamOptions(c.learningRate).weight_decay(c.weightDecay));
    return std::make_unique<torch::optim::AdamW>(
        params, torch::optim::AdamWOptions(c.learningRate).weight_decay(c.weightDecay));
}

void setLearningRate(torch::optim::Optimizer& optimizer, double rate) {
    for (auto& group : optimizer.param_groups()) group.options().set_lr(rate);
}

std::vector<size_t> samplesOf(const Dataset& d, Split split) {
    std::vector<size_t> out;
    for (size_t i = 0; i < d.samples.size(); ++i)
        if (d.samples[i].split == split && d.samples[i].hasMask()) out.push_back(i);
    return out;
}

// Fisher-Yates with the project's Rng: the same order for a seed on every platform.
std::vector<size_t> shuffled(std::vector<size_t> v, uint64_t seed) {
    Rng rng(seed);
    for (size_t i = v.size(); i > 1; --i)
        std::swap(v[i - 1], v[static_cast<size_t>(rng.uniformInt(0, int(i) - 1))]);
    return v;
}

// One run: owns the model, optimiser and loaders for the duration of runTraining().
class Session {
public:
    Session(const TrainRequest& request, TrainObserver& observer, TrainControl& control)
        : m_request(request),
          m_config(request.config),
          m_observer(observer),
          m_control(control),
          m_log(request.runDir) {}

    TrainOutcome run();

private:
    void prepare();
    void resume(const fs::path& checkpoint);
    // Returns false when stopped.
    bool trainEpoch(int epoch);
    EpochReport evaluateEpoch(int epoch, double trainLoss, double seconds);
    // Writes last.pt (and best.pt when mIoU improved); returns whether it did improve.
    bool saveCheckpoints(const EpochReport& report);
    bool waitWhilePaused();
    CheckpointInfo checkpointInfo(double meanIoU, double pixelAccuracy) const;
    void say(const std::string& text);

    const TrainRequest& m_request;
    TrainConfig m_config;
    TrainObserver& m_observer;
    TrainControl& m_control;
    RunLog m_log;

    torch::Device m_device{torch::kCPU};
    SegmentationModel m_model;
    std::unique_ptr<torch::optim::Optimizer> m_optimizer;
    std::unique_ptr<LearningRateSchedule> m_schedule;
    std::shared_ptr<SampleCache> m_cache;
    torch::Tensor m_classWeights;
    std::vector<size_t> m_train, m_val;
    int64_t m_iterationsPerEpoch = 0;
    int64_t m_iteration = 0;
    int m_epochsDone = 0;
    double m_bestMeanIoU = -1.0;
    int m_bestEpoch = 0;
    double m_lastLearningRate = 0.0;
    TrainOutcome m_outcome;
};

void Session::say(const std::string& text) {
    m_log.line(text);
    m_observer.onLog(text);
}

void Session::prepare() {
    validateTrainConfig(m_config);
    const Dataset& d = m_request.dataset;
    if (m_config.model.numClasses != d.classes.size())
        throw Error(ErrorCode::InvalidArgument, {},
                    "the model has " + std::to_string(m_config.model.numClasses) +
                        " classes but the dataset has " + std::to_string(d.classes.size()));
    m_train = samplesOf(d, Split::Train);
    m_val = samplesOf(d, Split::Val);
    if (m_train.size() < 2)
        throw Error(ErrorCode::NotADataset, d.root,
                    "fewer than two labelled training images to train on");
    const int threads = configureTorchThreads(m_config.threads);
    const bool cuda = m_config.device != "cpu" && torch::cuda::is_available();
    if (m_config.device == "cuda" && !cuda)
        say("CUDA was asked for but is not available: training on the CPU");
    m_device = cuda ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU);
    torch::manual_seed(m_config.seed);

    m_model = createModel(m_config.model);
    if (!m_config.backboneWeights.empty() && !m_request.resumeFrom) {
        const auto report = loadBackboneWeights(*m_model, pathFromUtf8(m_config.backboneWeights));
        say("backbone: " + std::to_string(report.tensorsLoaded) + " tensors from " + report.source +
            " " + m_config.backboneWeights);
    }
    m_model->to(m_device);
    if (!cuda) m_model->useChannelsLast();
    m_optimizer = makeOptimizer(m_config.optimizer, *m_model);
    if (!m_config.loss.classWeights.empty())
        m_classWeights = torch::tensor(m_config.loss.classWeights, torch::kFloat32).to(m_device);
    m_cache = std::make_shared<SampleCache>(d);
    // Training batches drop a final single sample: count what the loader will give.
    const int64_t n = static_cast<int64_t>(m_train.size()), b = m_config.batchSize;
    m_iterationsPerEpoch = n / b + (n % b >= 2 ? 1 : 0);
    m_schedule = std::make_unique<LearningRateSchedule>(
        m_config.schedule, m_config.optimizer.learningRate, m_iterationsPerEpoch * m_config.epochs,
        m_iterationsPerEpoch);
    if (m_request.resumeFrom) resume(*m_request.resumeFrom);
    m_log.writeConfig(m_config);
    m_observer.onBegin({m_epochsDone, m_config.epochs, m_iterationsPerEpoch,
                        static_cast<int>(m_train.size()), static_cast<int>(m_val.size()), threads,
                        cuda ? "cuda" : "cpu"});
    say("training " + m_config.model.architecture + " on " + std::to_string(m_train.size()) +
        " images (" + std::to_string(m_val.size()) + " for validation), " +
        std::to_string(threads) + " threads, " + (cuda ? "CUDA" : "CPU"));
}

void Session::resume(const fs::path& checkpoint) {
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
    m_epochsDone = info.epochsCompleted;
    m_iteration = info.iteration;
    m_bestMeanIoU = std::isnan(info.bestMeanIoU) ? -1.0 : info.bestMeanIoU;
    m_bestEpoch = info.bestEpoch;
    say("resumed from " + pathToUtf8(checkpoint) + " after epoch " + std::to_string(m_epochsDone));
}

bool Session::waitWhilePaused() {
    while (m_control.pause.load() && !m_control.stop.load())
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    return !m_control.stop.load();
}

bool Session::trainEpoch(int epoch) {
    m_model->train();
    BatchLoader loader(m_cache, shuffled(m_train, Rng::mix(m_config.seed, uint64_t(epoch))),
                       m_config, true, Rng::mix(m_config.seed ^ 0xA5A5, uint64_t(epoch)));
    double lossSum = 0.0;
    int batches = 0;
    auto windowStart = Clock::now();
    int windowImages = 0;
    const auto epochStart = Clock::now();
    while (true) {
        if (!waitWhilePaused()) return false;
        auto batch = loader.next();
        if (!batch) break;
        const double rate = m_schedule->at(m_iteration);
        setLearningRate(*m_optimizer, rate);
        m_lastLearningRate = rate;
        const auto logits = m_model->forward(batch->images.to(m_device));
        const auto loss = segmentationLoss(m_config.loss, logits, batch->targets.to(m_device),
                                           m_request.dataset.classes.ignoreIndex(), m_classWeights);
        const double value = loss.item<double>();
        if (!std::isfinite(value))
            throw Error(ErrorCode::InvalidContent, {},
                        "the loss became " + std::string(std::isnan(value) ? "NaN" : "infinite") +
                            " at iteration " + std::to_string(m_iteration + 1) +
                            " (try a lower learning rate); the last good checkpoint is kept");
        m_optimizer->zero_grad();
        loss.backward();
        // Distributed training will all-reduce the gradients here (DESIGN.md, section 7).
        m_optimizer->step();
        ++m_iteration;
        lossSum += value;
        ++batches;
        windowImages += static_cast<int>(batch->images.size(0));
        const double windowSeconds = secondsSince(windowStart);
        m_observer.onIteration({epoch, m_iteration, value, rate,
                                windowSeconds > 0 ? windowImages / windowSeconds : 0.0});
        m_log.iteration({epoch, m_iteration, value, rate});
        if (windowSeconds > 5.0) {
            windowStart = Clock::now();
            windowImages = 0;
        }
    }
    EpochReport report =
        evaluateEpoch(epoch, batches ? lossSum / batches : std::nan(""), secondsSince(epochStart));
    if (m_control.stop.load()) return false;
    m_epochsDone = epoch;
    report.best = saveCheckpoints(report);
    m_observer.onEpoch(report);
    return true;
}

EpochReport Session::evaluateEpoch(int epoch, double trainLoss, double seconds) {
    EpochReport report{epoch, m_iteration, trainLoss, std::nan(""), {}, seconds, false};
    if (m_val.empty()) {
        report.metrics = computeMetrics(
            ConfusionMatrix(m_config.model.numClasses, m_request.dataset.classes.ignoreIndex()));
        return report;
    }
    BatchLoader loader(m_cache, m_val, m_config, false, 0);
    const EvaluationResult result =
        evaluate(*m_model, loader, m_config.loss, m_classWeights,
                 m_request.dataset.classes.ignoreIndex(), m_device, &m_control.stop);
    report.valLoss = result.loss;
    report.metrics = computeMetrics(result.matrix);
    const int n = result.matrix.numClasses();
    report.confusion.reserve(static_cast<size_t>(n) * n);
    for (int truth = 0; truth < n; ++truth)
        for (int predicted = 0; predicted < n; ++predicted)
            report.confusion.push_back(result.matrix.count(truth, predicted));
    return report;
}

CheckpointInfo Session::checkpointInfo(double meanIoU, double pixelAccuracy) const {
    CheckpointInfo info;
    info.model = m_config.model;
    info.classes = m_request.dataset.classes;
    info.mean = m_config.mean;
    info.std = m_config.std;
    info.epochsCompleted = m_epochsDone;
    info.iteration = m_iteration;
    info.meanIoU = meanIoU;
    info.pixelAccuracy = pixelAccuracy;
    info.bestMeanIoU = m_bestMeanIoU < 0 ? std::nan("") : m_bestMeanIoU;
    info.bestEpoch = m_bestEpoch;
    info.trainConfigJson = trainConfigToJson(m_config).dump();
    return info;
}

bool Session::saveCheckpoints(const EpochReport& report) {
    const double miou = report.metrics.meanIoU;
    const bool best = m_val.empty() || (!std::isnan(miou) && miou > m_bestMeanIoU);
    if (best) {
        m_bestMeanIoU = std::isnan(miou) ? m_bestMeanIoU : miou;
        m_bestEpoch = report.epoch;
    }
    const fs::path dir = m_request.runDir / "checkpoints";
    const CheckpointInfo info = checkpointInfo(miou, report.metrics.pixelAccuracy);
    saveCheckpoint(dir / "last.pt", info, *m_model, m_optimizer.get());
    m_outcome.lastCheckpoint = dir / "last.pt";
    if (best) {
        saveCheckpoint(dir / "best.pt", info, *m_model, nullptr);
        m_outcome.bestCheckpoint = dir / "best.pt";
    }
    m_log.epoch({report.epoch, report.iteration, report.trainLoss, report.valLoss,
                 report.metrics.pixelAccuracy, miou, m_lastLearningRate, report.seconds});
    char text[160];
    std::snprintf(text, sizeof text,
                  "epoch %d: loss %.4f, val loss %.4f, pixel accuracy %.4f, mIoU %.4f%s",
                  report.epoch, report.trainLoss, report.valLoss, report.metrics.pixelAccuracy,
                  miou, best ? " (best)" : "");
    say(text);
    return best;
}

TrainOutcome Session::run() {
    try {
        prepare();
        m_outcome.status = TrainStatus::Finished;
        for (int epoch = m_epochsDone + 1; epoch <= m_config.epochs; ++epoch) {
            if (!trainEpoch(epoch)) {
                m_outcome.status = TrainStatus::Stopped;
                // Keep what was learnt: the next run resumes after the last completed epoch.
                saveCheckpoint(m_request.runDir / "checkpoints" / "last.pt",
                               checkpointInfo(std::nan(""), std::nan("")), *m_model,
                               m_optimizer.get());
                m_outcome.lastCheckpoint = m_request.runDir / "checkpoints" / "last.pt";
                m_outcome.message = "stopped during epoch " + std::to_string(epoch);
                break;
            }
        }
        if (m_outcome.status == TrainStatus::Finished) m_outcome.message = "finished";
    } catch (const Error& e) {
        m_outcome.status = TrainStatus::Failed;
        m_outcome.message = e.what();
    } catch (const c10::Error& e) {
        m_outcome.status = TrainStatus::Failed;
        const std::string what = e.what();
        m_outcome.message = "LibTorch: " + what.substr(0, what.find('\n'));
    } catch (const std::exception& e) {
        m_outcome.status = TrainStatus::Failed;
        m_outcome.message = e.what();
    }
    m_outcome.epochsCompleted = m_epochsDone;
    m_outcome.bestMeanIoU = m_bestMeanIoU < 0 ? std::nan("") : m_bestMeanIoU;
    m_outcome.bestEpoch = m_bestEpoch;
    try {
        say(m_outcome.message);
    } catch (...) {
    }
    m_observer.onEnd(m_outcome);
    return m_outcome;
}

}  // namespace

TrainOutcome runTraining(const TrainRequest& request, TrainObserver& observer,
                         TrainControl& control) {
    std::unique_ptr<Session> session;
    try {
        session = std::make_unique<Session>(request, observer, control);
    } catch (const Error& e) {
        TrainOutcome outcome;
        outcome.message = e.what();
        observer.onEnd(outcome);
        return outcome;
    }
    return session->run();
}

}  // namespace seg::core
