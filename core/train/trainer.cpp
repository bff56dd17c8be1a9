#include "core/train/trainer.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <numeric>
#include <thread>

#include <torch/torch.h>
#include <nlohmann/json.hpp>

#include "core/common/error.h"
#include "core/common/paths.h"
#include "core/common/rng.h"
#include "core/models/architecture_table.h"
#include "core/models/model_registry.h"
#include "core/runtime/torch_runtime.h"
#include "core/train/active_clock.h"
#include "core/train/adversarial.h"
#include "core/train/backbone_weights.h"
#include "core/train/batch_loader.h"
#include "core/train/checkpoint_io.h"
#include "core/train/crf_loss.h"
#include "core/train/data_parallel.h"
#include "core/train/epoch_plan.h"
#include "core/train/evaluation.h"
#include "core/train/losses.h"
#include "core/train/lr_schedule.h"
#include "core/train/optimizer.h"
#include "core/train/run_log.h"
#include "core/train/training_session.h"

namespace seg::core {

namespace fs = std::filesystem;

namespace {

std::vector<size_t> samplesOf(const Dataset& d, Split split) {
    std::vector<size_t> out;
    for (size_t i = 0; i < d.samples.size(); ++i)
        if (d.samples[i].split == split && d.samples[i].hasMask()) out.push_back(i);
    return out;
}

bool pathExists(const fs::path& path) {
    std::error_code ec;
    return fs::exists(path, ec) || ec;  // when in doubt, the folder is not this run's to remove
}

void setLearningRate(torch::optim::Optimizer& optimizer, double rate) {
    for (auto& group : optimizer.param_groups()) group.options().set_lr(rate);
}

}  // namespace

TrainingSession::TrainingSession(const TrainRequest& request, TrainObserver& observer,
                                 TrainControl& control)
    : m_request(request),
      m_config(request.config),
      m_observer(observer),
      m_control(control),
      m_createdRunDir(!pathExists(request.runDir)) {}

void TrainingSession::say(const std::string& text) {
    if (m_log) m_log->line(text);
    m_observer.onLog(text);
}

void TrainingSession::prepare() {
    validateTrainConfig(m_config);
    const Dataset& d = m_request.dataset;
    if (m_config.model.inChannels != 3 * imagesPerSample(d))
        throw Error(ErrorCode::InvalidArgument, {},
                    "the model takes " + std::to_string(m_config.model.inChannels) +
                        " input channels but the dataset's samples have " +
                        std::to_string(3 * imagesPerSample(d)) +
                        (imagesPerSample(d) == 2 ? " (image pairs)" : ""));
    if (m_config.model.numClasses != d.classes.size())
        throw Error(ErrorCode::InvalidArgument, {},
                    "the model has " + std::to_string(m_config.model.numClasses) +
                        " classes but the dataset has " + std::to_string(d.classes.size()));
    m_train = samplesOf(d, Split::Train);
    m_val = samplesOf(d, Split::Val);
    if (m_train.size() < 2)
        throw Error(ErrorCode::NotADataset, d.root,
                    "fewer than two labelled training images to train on");
    // "All cores" (0) in each of several processes on this machine: a share each, or they
    // would put that many times the threads on the cores. Not saved: a resume in one
    // process takes them all again.
    const int localProcesses = m_request.distributed ? m_request.distributed->localWorldSize : 1;
    const int threads = configureTorchThreads(
        m_config.threads == 0 && localProcesses > 1
            ? std::max(1, int(std::thread::hardware_concurrency()) / localProcesses)
            : m_config.threads);
    const bool cuda = m_config.device != "cpu" && torch::cuda::is_available();
    if (m_config.device == "cuda" && !cuda)
        say("CUDA was asked for but is not available: training on the CPU");
    // Data-parallel processes on one machine take a GPU each, by their local rank.
    const int gpu = cuda && m_request.distributed
                        ? m_request.distributed->localRank % int(torch::cuda::device_count())
                        : 0;
    m_device = cuda ? torch::Device(torch::kCUDA, static_cast<c10::DeviceIndex>(gpu))
                    : torch::Device(torch::kCPU);
    torch::manual_seed(m_config.seed);

    m_cache = std::make_shared<SampleCache>(d);
    readOutputSizes();
    if (!m_request.resumeFrom) fitModelToTrainingInput();
    m_model = createModel(m_config.model);
    if (!m_config.backboneWeights.empty() && !m_request.resumeFrom) {
        const auto report = loadBackboneWeights(*m_model, pathFromUtf8(m_config.backboneWeights));
        say("backbone: " + std::to_string(report.tensorsLoaded) + " tensors from " + report.source +
            " " + m_config.backboneWeights);
    }
    m_model->to(m_device);
    if (!cuda) m_model->useChannelsLast();
    if (m_request.distributed) {
        if (m_config.adversarial.enabled)
            throw Error(ErrorCode::InvalidArgument, {},
                        "adversarial training does not run in several processes yet: train "
                        "it in one");
        m_parallel = std::make_unique<DataParallel>(*m_request.distributed, *m_model);
    }
    m_optimizer = makeOptimizer(m_config.optimizer, m_model->parameters());
    if (m_config.adversarial.enabled)
        m_adversarial = std::make_unique<AdversarialLearning>(
            m_config.adversarial, m_config.model.inChannels, m_config.model.numClasses, m_device);
    if (!m_config.loss.classWeights.empty())
        m_classWeights = torch::tensor(m_config.loss.classWeights, torch::kFloat32).to(m_device);
    if (m_request.resumeFrom) resume(*m_request.resumeFrom);
    planIterations();
    if (m_log) m_log->writeConfig(m_config);
    const int64_t total = plannedTotal();
    const int epochs = m_config.epochs;
    m_observer.onBegin({m_epochsDone, epochs, (total + epochs / 2) / epochs,
                        static_cast<int>(m_outputSizes.size()), static_cast<int>(m_val.size()),
                        threads, cuda ? "cuda" : "cpu", total, m_skipped});
    say("training " + m_config.model.architecture + " on " + std::to_string(m_outputSizes.size()) +
        " images (" + std::to_string(m_val.size()) + " for validation), " +
        std::to_string(threads) + " threads, " + (cuda ? "CUDA" : "CPU"));
    if (m_parallel)
        say("data-parallel: " + std::to_string(m_parallel->setup().worldSize) + " processes (" +
            m_parallel->setup().backend + ", this one rank " +
            std::to_string(m_parallel->setup().rank) + "), " + std::to_string(m_config.batchSize) +
            " images a step in each");
    if (m_adversarial) {
        char text[120];
        std::snprintf(text, sizeof text,
                      "adversarial training: weight %g, discriminator learning rate %g",
                      m_config.adversarial.weight, m_config.adversarial.learningRate);
        say(text);
    }
    if (m_config.loss.crfWeight > 0) {
        char text[120];
        std::snprintf(text, sizeof text,
                      "dense-CRF regularised loss: weight %g, kernel widths %g px and %g levels",
                      m_config.loss.crfWeight, m_config.loss.crfSpatial, m_config.loss.crfColour);
        say(text);
    }
}

void TrainingSession::readOutputSizes() {
    for (size_t index : m_train) {
        if (m_config.cropSize > 0) {
            m_outputSizes[index] = BatchLoader::outputSize({}, m_config.cropSize);
            continue;
        }
        cv::Size size;
        if (m_cache->attempt(index, [&] { size = m_cache->imageSize(index); }))
            m_outputSizes[index] = BatchLoader::outputSize(size, m_config.cropSize);
    }
    reportSkipped();
}

void TrainingSession::fitModelToTrainingInput() {
    if (m_outputSizes.empty()) return;
    // The shorter side of the median training input: what the network's fixed sizes, such
    // as atrous rates, should be made for.
    std::vector<int> sides;
    for (const auto& [index, size] : m_outputSizes)
        sides.push_back(std::min(size.width, size.height));
    std::nth_element(sides.begin(), sides.begin() + sides.size() / 2, sides.end());
    const int side = sides[sides.size() / 2];
    const ModelSpec before = m_config.model;
    fitModelToInput(m_config.model, side);
    if (!(m_config.model == before))
        say("model options fitted to " + std::to_string(side) +
            "-pixel inputs: " + describeModel(m_config.model));
}

void TrainingSession::planIterations() {
    const int rank = m_parallel ? m_parallel->setup().rank : 0;
    const int world = m_parallel ? m_parallel->setup().worldSize : 1;
    m_epochIterations = planEpochIterations(m_train, m_outputSizes, m_config.batchSize,
                                            m_config.seed, m_config.epochs, rank, world);
    const int64_t total = plannedTotal();
    m_schedule = std::make_unique<LearningRateSchedule>(
        m_config.schedule, m_config.optimizer.learningRate, total,
        (total + m_config.epochs / 2) / m_config.epochs);
}

int64_t TrainingSession::plannedTotal() const {
    return std::accumulate(m_epochIterations.begin(), m_epochIterations.end(), int64_t{0});
}

void TrainingSession::reportSkipped() {
    const auto skipped = m_cache->takeNewlyUnreadable();
    if (skipped.empty()) return;
    for (const SkippedSample& s : skipped) {
        ++m_skipped;
        m_outputSizes.erase(s.sampleIndex);
        say("warning: skipping " + pathToUtf8(s.file) + ": " + s.detail +
            " (left out of this run)");
    }
    size_t usable = 0;
    for (size_t index : m_train) usable += m_cache->isUnreadable(index) ? 0 : 1;
    if (usable < 2)
        throw Error(
            ErrorCode::NotADataset, m_request.dataset.root,
            "fewer than two readable training images: " + std::to_string(m_train.size() - usable) +
                " of " + std::to_string(m_train.size()) + " could not be read (see the log)");
}

void TrainingSession::onPaused(ActiveClock& clock) {
    clock.pause();
    // A window following the run from its folder sees every row up to the pause.
    if (m_log) m_log->flush();
}

bool TrainingSession::waitWhilePaused(ActiveClock& clock) {
    if (!m_control.pause.load()) return !m_control.stop.load();
    onPaused(clock);
    while (m_control.pause.load() && !m_control.stop.load())
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    clock.resume();
    return !m_control.stop.load();
}

bool TrainingSession::hasValidation() const {
    return std::any_of(m_val.begin(), m_val.end(),
                       [&](size_t index) { return !m_cache->isUnreadable(index); });
}

void TrainingSession::resetEpochProgress() {
    m_epochPosition = 0;
    m_epochLossSum = 0.0;
    m_epochBatches = 0;
    m_epochSeconds = 0.0;
}

TrainingSession::NextStep TrainingSession::nextStep(ActiveClock& clock, bool haveBatch) {
    if (!m_parallel) {
        if (!waitWhilePaused(clock)) return NextStep::Stop;
        return haveBatch ? NextStep::Train : NextStep::EndEpoch;
    }
    const CollectiveDecision decision = m_parallel->agreeOnNextStep(
        [&] {
            return CollectiveDecision{m_control.stop.load(), m_control.pause.load(), !haveBatch,
                                      false};
        },
        [&](bool paused) { paused ? onPaused(clock) : clock.resume(); });
    if (decision.stop) return NextStep::Stop;
    // A process whose share ran out (images of mixed sizes batch differently, unreadable
    // ones are skipped) ends the epoch for all: they must take the same steps.
    return decision.outOfBatches ? NextStep::EndEpoch : NextStep::Train;
}

bool TrainingSession::stopAgreed() {
    const bool local = m_control.stop.load();
    return m_parallel ? m_parallel->agree({local, false, false, false}).stop : local;
}

bool TrainingSession::trainEpoch(int epoch) {
    m_model->train();
    // The order is a pure function of seed and epoch, unreadable samples included (the
    // loader skips them), so positions in it mean the same in every session of the run.
    // In data-parallel training each process takes its share of that order.
    std::vector<size_t> order = epochOrder(m_train, m_config.seed, epoch);
    if (m_parallel)
        order = shardOfOrder(order, m_parallel->setup().rank, m_parallel->setup().worldSize);
    BatchLoader loader(m_cache, std::move(order), m_config, true,
                       Rng::mix(m_config.seed ^ 0xA5A5, uint64_t(epoch)), m_epochPosition);
    const size_t usableBefore = m_outputSizes.size();
    ActiveClock clock;
    m_windowStart = 0.0;
    m_windowImages = 0;
    while (true) {
        auto batch = loader.next();
        reportSkipped();
        const NextStep next = nextStep(clock, batch.has_value());
        if (next == NextStep::Stop) {
            m_epochSeconds += clock.seconds();
            return false;
        }
        if (next == NextStep::EndEpoch) break;
        trainStep(*batch, epoch, clock);
    }
    const double seconds = m_epochSeconds + clock.seconds();
    // The epoch's mean loss over every process's steps, so that rank 0 reports the run's.
    std::vector<double> lossAndSteps{m_epochLossSum, double(m_epochBatches)};
    if (m_parallel) m_parallel->sum(lossAndSteps);
    const double trainLoss = lossAndSteps[1] > 0 ? lossAndSteps[0] / lossAndSteps[1] : std::nan("");
    EpochReport report = evaluateEpoch(epoch, trainLoss, seconds);
    reportSkipped();
    if (stopAgreed()) {
        m_epochSeconds = seconds;  // a resumed run evaluates this epoch again
        return false;
    }
    if (m_outputSizes.size() != usableBefore) planIterations();  // without the skipped samples
    m_epochsDone = epoch;
    resetEpochProgress();
    report.best = saveCheckpoints(report);
    report.skippedSamples = m_skipped;
    m_observer.onEpoch(report);
    return true;
}

void TrainingSession::trainStep(const Batch& batch, int epoch, const ActiveClock& clock) {
    const double rate = m_schedule->at(m_iteration);
    setLearningRate(*m_optimizer, rate);
    m_lastLearningRate = rate;
    const auto images = batch.images.to(m_device);
    const auto targets = batch.targets.to(m_device);
    const int64_t ignore = m_request.dataset.classes.ignoreIndex();
    const auto logits = m_model->forward(images);
    auto loss = segmentationLoss(m_config.loss, logits, targets, ignore, m_classWeights);
    const double value = loss.item<double>();  // what the curves show: the segmentation loss
    if (m_config.loss.crfWeight > 0)
        loss = loss + m_config.loss.crfWeight *
                          denseCrfLoss(logits, images, m_config.mean, m_config.std, m_config.loss);
    double adversarialValue = std::nan(""), discriminatorValue = std::nan("");
    if (m_adversarial) {
        const AdversarialStep adversarial = m_adversarial->step(images, logits, targets, ignore);
        loss = loss + m_config.adversarial.weight * adversarial.modelTerm;
        adversarialValue = adversarial.modelTermValue;
        discriminatorValue = adversarial.discriminatorLoss;
    }
    const bool extraTerms = m_adversarial || m_config.loss.crfWeight > 0;
    const double total = extraTerms ? loss.item<double>() : value;
    bool notFinite = !std::isfinite(total);
    // Every process fails together, before backward's all-reduce would wait for this one.
    if (m_parallel) notFinite = m_parallel->agree({false, false, false, notFinite}).lossNotFinite;
    if (notFinite && std::isfinite(total))
        throw Error(ErrorCode::InvalidContent, {},
                    "the loss became NaN or infinite in another process at iteration " +
                        std::to_string(m_iteration + 1) +
                        " (try a lower learning rate); the last good checkpoint is kept");
    if (notFinite)
        throw Error(ErrorCode::InvalidContent, {},
                    "the loss became " + std::string(std::isnan(total) ? "NaN" : "infinite") +
                        " at iteration " + std::to_string(m_iteration + 1) +
                        " (try a lower learning rate); the last good checkpoint is kept");
    m_optimizer->zero_grad();
    if (m_parallel)
        m_parallel->backward(loss);  // gradients averaged over the processes as they come
    else
        loss.backward();
    m_optimizer->step();
    ++m_iteration;
    m_epochPosition = batch.orderEnd;
    m_epochLossSum += value;
    ++m_epochBatches;
    m_windowImages += static_cast<int>(batch.images.size(0));
    const double now = clock.seconds(), windowSeconds = now - m_windowStart;
    const auto planned = m_epochIterations.at(static_cast<size_t>(epoch - 1));
    m_observer.onIteration(
        {epoch, m_iteration, value, rate, windowSeconds > 0 ? m_windowImages / windowSeconds : 0.0,
         m_epochBatches, std::max(planned, m_epochBatches), adversarialValue, discriminatorValue});
    if (m_log)
        m_log->iteration({epoch, m_iteration, value, rate, adversarialValue, discriminatorValue});
    if (windowSeconds > 5.0) {
        m_windowStart = now;
        m_windowImages = 0;
    }
}

EpochReport TrainingSession::evaluateEpoch(int epoch, double trainLoss, double seconds) {
    EpochReport report{epoch, m_iteration, trainLoss, std::nan(""), {}, seconds, false, {}};
    report.skippedSamples = m_skipped;
    // Every process evaluates, and rank 0 saves, the same BatchNorm statistics.
    if (m_parallel) m_parallel->averageBuffers(*m_model);
    if (!hasValidation()) {
        report.metrics = computeMetrics(
            ConfusionMatrix(m_config.model.numClasses, m_request.dataset.classes.ignoreIndex()));
        return report;
    }
    BatchLoader loader(m_cache, m_parallel ? m_parallel->validationShare(m_val) : m_val, m_config,
                       false, 0);
    EvaluationResult result =
        evaluate(*m_model, loader, m_config.loss, m_classWeights,
                 m_request.dataset.classes.ignoreIndex(), m_device, &m_control.stop);
    if (m_parallel) m_parallel->combine(result);
    report.valLoss = result.loss;
    report.metrics = computeMetrics(result.matrix);
    report.confusion = result.matrix.rowMajorCounts();
    return report;
}

TrainOutcome TrainingSession::run() {
    try {
        // Rank 0 alone writes the run folder; the others train and report.
        if (isMainProcess()) m_log = std::make_unique<RunLog>(m_request.runDir);
        prepare();
        m_outcome.status = TrainStatus::Finished;
        for (int epoch = m_epochsDone + 1; epoch <= m_config.epochs; ++epoch) {
            if (!trainEpoch(epoch)) {
                m_outcome.status = TrainStatus::Stopped;
                saveStopped(epoch);
                break;
            }
        }
        if (m_outcome.status == TrainStatus::Finished) m_outcome.message = "finished";
        if (m_parallel)
            say("weights digest, the same in every process: " + modelWeightsDigest(*m_model));
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
    m_outcome.skippedSamples = m_skipped;
    try {
        say(m_outcome.message);
    } catch (...) {
    }
    if (m_outcome.status == TrainStatus::Failed) discardRunFolder();
    m_observer.onEnd(m_outcome);
    return m_outcome;
}

TrainOutcome runTraining(const TrainRequest& request, TrainObserver& observer,
                         TrainControl& control) {
    TrainingSession session(request, observer, control);
    return session.run();
}

}  // namespace seg::core
