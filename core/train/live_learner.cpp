#include "core/train/live_learner.h"

#include <algorithm>
#include <chrono>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <vector>

#include <nlohmann/json.hpp>
#include <opencv2/imgproc.hpp>
#include <torch/torch.h>

#include "core/common/error.h"
#include "core/common/rng.h"
#include "core/data/dataset.h"
#include "core/eval/metrics.h"
#include "core/models/model_registry.h"
#include "core/runtime/torch_runtime.h"
#include "core/train/batch_loader.h"
#include "core/train/checkpoint_io.h"
#include "core/train/crf_loss.h"
#include "core/train/evaluation.h"
#include "core/train/image_tensor.h"
#include "core/train/losses.h"
#include "core/train/optimizer.h"
#include "core/train/run_log.h"
#include "core/train/sample_cache.h"

namespace seg::core {

namespace fs = std::filesystem;

namespace {

// At most this many labelled pixels are kept per image for crops to hold: enough to reach
// every stroke, bounded for a fully painted 8000x8000 mask.
constexpr size_t kCropPoints = 20000;

void requireSetting(bool ok, const std::string& what) {
    if (!ok) throw Error(ErrorCode::InvalidArgument, {}, "live learning: " + what);
}

// Where a `side`-long crop of an axis of `length` starts so that it holds `labelled`, at a
// random place in the crop: crops show real image content wherever the image allows, as a
// crop centred on a pixel near the border would be half mirror image (a mirrored triangle is
// a diamond: the shape classes of the demo would learn from shapes no image has).
int cropStart(int labelled, int length, int side, Rng& rng) {
    if (length <= side) return 0;
    return rng.uniformInt(std::max(0, labelled - side + 1), std::min(length - side, labelled));
}

// The `side` x `side` square of `source` at `topLeft`, padded past the image's right and
// bottom edges (`border`: the image by reflection, the mask with `fill`, unlabelled) when
// the image is smaller than the crop.
cv::Mat cropPadded(const cv::Mat& source, cv::Point topLeft, int side, int border,
                   const cv::Scalar& fill) {
    const cv::Rect want(topLeft.x, topLeft.y, side, side);
    const cv::Rect have = want & cv::Rect(0, 0, source.cols, source.rows);
    cv::Mat out;
    cv::copyMakeBorder(source(have), out, 0, want.br().y - have.br().y, 0,
                       want.br().x - have.br().x, border, fill);
    return out;
}

// Flips and quarter turns: `kind` 0 to 7 (0 leaves it).
void orient(cv::Mat& m, int kind) {
    if (kind & 1) cv::flip(m, m, 1);
    if (kind & 2) cv::flip(m, m, 0);
    if (kind & 4) cv::transpose(m, m);
}

}  // namespace

struct LiveLearner::State {
    // The labels of one image, ready to draw training crops from.
    struct LabelledImage {
        cv::Mat image;
        cv::Mat mask;
        std::vector<cv::Point> labelledPoints;  // evenly thinned to kCropPoints
        int64_t labelled = 0;
    };

    ClassMap classes;
    TrainConfig config;  // what keepAsRun writes, and the mean, std and loss used
    LiveSettings settings;

    std::mutex inboxMutex;
    // Labels handed in and not yet taken: nullopt forgets the image.
    std::map<std::string, std::optional<LabelledImage>> inbox;
    int64_t handedIn = 0;

    std::map<std::string, LabelledImage> images;
    int64_t labelsVersion = 0;
    SegmentationModel model;
    std::unique_ptr<torch::optim::Optimizer> optimizer;
    Rng rng{1};
    int64_t iterations = 0;
    std::deque<double> recentLosses;
    std::vector<std::pair<int64_t, double>> history;  // (iteration, loss), for keepAsRun
    double trainingSeconds = 0;

    void build() {
        // Weights start from LibTorch's global generator: live models are not reproducible
        // from the seed (which draws the crops), as they learn from labels as they come.
        model = createModel(config.model);
        model->useChannelsLast();  // before the optimiser takes the parameters
        model->train();
        optimizer = makeOptimizer(config.optimizer, model->parameters());
        iterations = 0;
        recentLosses.clear();
        history.clear();
        trainingSeconds = 0;
    }

    void takeInbox() {
        std::map<std::string, std::optional<LabelledImage>> taken;
        int64_t version = 0;
        {
            std::lock_guard lock(inboxMutex);
            if (inbox.empty()) return;
            taken.swap(inbox);
            version = handedIn;
        }
        const uint8_t ignore = classes.ignoreIndex();
        for (auto& [id, labels] : taken) {
            if (!labels) {
                images.erase(id);
                continue;
            }
            std::vector<cv::Point> labelled;
            cv::findNonZero(labels->mask != ignore, labelled);
            labels->labelled = static_cast<int64_t>(labelled.size());
            if (labelled.empty()) {
                images.erase(id);
                continue;
            }
            const size_t stride = (labelled.size() + kCropPoints - 1) / kCropPoints;
            for (size_t i = 0; i < labelled.size(); i += stride)
                labels->labelledPoints.push_back(labelled[i]);
            images[id] = std::move(*labels);
        }
        labelsVersion = version;
    }

    // A batch of crops holding labelled pixels of images drawn at random, flipped and turned
    // at random: [N, channels, side, side] input and [N, side, side] targets.
    std::pair<torch::Tensor, torch::Tensor> drawBatch() {
        std::vector<const LabelledImage*> pool;
        for (const auto& entry : images) pool.push_back(&entry.second);
        const int side = settings.cropSize;
        std::vector<cv::Mat> crops;
        std::vector<torch::Tensor> targets;
        for (int b = 0; b < settings.batchSize; ++b) {
            const LabelledImage& li =
                *pool[static_cast<size_t>(rng.uniformInt(0, static_cast<int>(pool.size()) - 1))];
            const cv::Point labelled = li.labelledPoints[static_cast<size_t>(
                rng.uniformInt(0, static_cast<int>(li.labelledPoints.size()) - 1))];
            const cv::Point topLeft(cropStart(labelled.x, li.image.cols, side, rng),
                                    cropStart(labelled.y, li.image.rows, side, rng));
            cv::Mat image = cropPadded(li.image, topLeft, side, cv::BORDER_REFLECT_101, {});
            cv::Mat mask = cropPadded(li.mask, topLeft, side, cv::BORDER_CONSTANT,
                                      cv::Scalar(classes.ignoreIndex()));
            const int orientation = rng.uniformInt(0, 7);
            orient(image, orientation);
            orient(mask, orientation);
            crops.push_back(image);
            targets.push_back(
                torch::from_blob(mask.data, {side, side}, torch::kUInt8).to(torch::kLong));
        }
        return {imagesToInput(crops, config.mean, config.std), torch::stack(targets)};
    }

    double step() {
        const auto [input, target] = drawBatch();
        const auto logits = model->forward(input);
        auto loss = crossEntropyLoss(logits, target, classes.ignoreIndex());
        const double segmentation = loss.item<double>();
        if (config.loss.crfWeight > 0)
            loss = loss + config.loss.crfWeight *
                              denseCrfLoss(logits, input, config.mean, config.std, config.loss);
        if (!std::isfinite(loss.item<double>()))
            throw Error(ErrorCode::InvalidContent, {},
                        "live learning: the loss is no longer a number; reset the model");
        optimizer->zero_grad();
        loss.backward();
        optimizer->step();
        return segmentation;
    }
};

LiveLearner::LiveLearner(const ClassMap& classes, int imagesPerSample, LiveSettings settings)
    : m(std::make_unique<State>()) {
    requireSetting(classes.size() >= 2, "a project needs at least two classes");
    requireSetting(imagesPerSample == 1 || imagesPerSample == 2, "one image or a pair per sample");
    requireSetting(settings.cropSize >= 32 && settings.cropSize <= 2048,
                   "the crop size must be 32 to 2048 pixels");
    requireSetting(settings.batchSize >= 1 && settings.batchSize <= 64,
                   "the batch size must be 1 to 64");
    requireSetting(settings.predictSide >= 32, "the prediction size must be at least 32 pixels");
    m->classes = classes;
    m->settings = settings;
    TrainConfig& c = m->config;
    c.model = settings.model;
    c.model.numClasses = classes.size();
    c.model.inChannels = 3 * imagesPerSample;
    validateModelSpec(c.model);
    c.loss.crfWeight = settings.crfWeight;
    c.optimizer.learningRate = settings.learningRate;
    c.schedule.type = "constant";
    c.cropSize = settings.cropSize;
    c.batchSize = settings.batchSize;
    c.epochs = 1;
    c.seed = settings.seed;
    c.threads = std::max(0, settings.threads);
    c.device = "cpu";
    validateTrainConfig(c);
    m->rng = Rng(settings.seed);
    if (settings.threads >= 0) configureTorchThreads(settings.threads);
    m->build();
}

LiveLearner::~LiveLearner() = default;

void LiveLearner::setLabels(const std::string& id, const cv::Mat& image, const cv::Mat& mask) {
    requireSetting(!image.empty() && image.depth() == CV_8U &&
                       image.channels() == m->config.model.inChannels,
                   "the image of " + id + " is not an 8-bit image of the project's kind");
    requireSetting(mask.type() == CV_8UC1 && mask.size() == image.size(),
                   "the mask of " + id + " is not an 8-bit mask of its image's size");
    State::LabelledImage labels{image, mask.clone(), {}, 0};
    std::lock_guard lock(m->inboxMutex);
    m->inbox[id] = std::move(labels);
    ++m->handedIn;
}

void LiveLearner::forget(const std::string& id) {
    std::lock_guard lock(m->inboxMutex);
    m->inbox[id] = std::nullopt;
    ++m->handedIn;
}

LiveProgress LiveLearner::train(int iterations) {
    m->takeInbox();
    if (m->images.empty()) return progress();
    const auto start = std::chrono::steady_clock::now();
    m->model->train();
    for (int i = 0; i < iterations; ++i) {
        const double loss = m->step();
        ++m->iterations;
        m->history.emplace_back(m->iterations, loss);
        m->recentLosses.push_back(loss);
        if (m->recentLosses.size() > 20) m->recentLosses.pop_front();
    }
    m->trainingSeconds +=
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return progress();
}

LiveProgress LiveLearner::progress() const {
    LiveProgress p;
    p.iterations = m->iterations;
    if (!m->recentLosses.empty()) {
        double sum = 0;
        for (double l : m->recentLosses) sum += l;
        p.loss = sum / double(m->recentLosses.size());
    }
    p.images = static_cast<int>(m->images.size());
    for (const auto& entry : m->images) p.labelledPixels += entry.second.labelled;
    p.labelsVersion = m->labelsVersion;
    return p;
}

std::vector<cv::Mat> LiveLearner::predictProbabilities(const cv::Mat& image) {
    requireSetting(!image.empty() && image.depth() == CV_8U &&
                       image.channels() == m->config.model.inChannels,
                   "the image to predict is not an 8-bit image of the project's kind");
    cv::Mat input = image;
    const int side = std::max(image.cols, image.rows);
    if (side > m->settings.predictSide) {
        const double scale = double(m->settings.predictSide) / side;
        cv::resize(image, input,
                   {std::max(1, cvRound(image.cols * scale)), std::max(1, cvRound(image.rows * scale))},
                   0, 0, image.channels() <= 4 ? cv::INTER_AREA : cv::INTER_LINEAR);
    }
    torch::Tensor probabilities;
    {
        m->model->eval();
        torch::InferenceMode guard;
        probabilities = torch::softmax(
            m->model->forward(imagesToInput({input}, m->config.mean, m->config.std)), 1)[0]
                            .contiguous();
    }
    m->model->train();
    std::vector<cv::Mat> planes;
    for (int64_t k = 0; k < probabilities.size(0); ++k) {
        cv::Mat plane(input.rows, input.cols, CV_32FC1, probabilities[k].data_ptr<float>());
        if (input.size() != image.size())
            cv::resize(plane, plane, image.size(), 0, 0, cv::INTER_LINEAR);
        planes.push_back(plane.clone());
    }
    return planes;
}

ConfidenceMaps LiveLearner::predict(const cv::Mat& image) {
    return confidenceMaps(predictProbabilities(image));
}

void LiveLearner::reset() {
    m->build();
}

const TrainConfig& LiveLearner::config() const {
    return m->config;
}

double LiveLearner::keepAsRun(const fs::path& runDir, const Dataset& dataset) {
    if (!(dataset.classes.names() == m->classes.names()))
        throw Error(ErrorCode::InvalidArgument, dataset.root,
                    "the live model was trained on other classes than this dataset's");
    m->takeInbox();
    const TrainConfig& config = m->config;
    RunLog log(runDir);
    log.writeConfig(config);
    const LiveProgress p = progress();
    log.line("kept from live learning: " + std::to_string(p.iterations) + " iterations on " +
             std::to_string(p.images) + " painted images (" + std::to_string(p.labelledPixels) +
             " labelled pixels)");
    double lossSum = 0;
    for (const auto& [iteration, loss] : m->history) {
        log.iteration({1, iteration, loss, config.optimizer.learningRate});
        lossSum += loss;
    }
    std::vector<size_t> validation;
    for (size_t i = 0; i < dataset.samples.size(); ++i)
        if (dataset.samples[i].split == Split::Val && dataset.samples[i].hasMask())
            validation.push_back(i);
    // Whole validation images, not crops: the run's mIoU is the whole truth's.
    TrainConfig whole = config;
    whole.cropSize = 0;
    ConfusionMatrix matrix(config.model.numClasses, dataset.classes.ignoreIndex());
    double valLoss = std::nan("");
    if (!validation.empty()) {
        BatchLoader loader(std::make_shared<SampleCache>(dataset), validation, whole, false, 0);
        const EvaluationResult result =
            evaluate(*m->model, loader, whole.loss, {}, dataset.classes.ignoreIndex(),
                     torch::Device(torch::kCPU));
        matrix = result.matrix;
        valLoss = result.loss;
    }
    const SegmentationMetrics metrics = computeMetrics(matrix);
    const double meanIoU = validation.empty() ? std::nan("") : metrics.meanIoU;
    log.epoch({1, m->iterations, m->history.empty() ? std::nan("") : lossSum / m->history.size(),
               valLoss, metrics.pixelAccuracy, meanIoU, config.optimizer.learningRate,
               m->trainingSeconds});
    if (!validation.empty())
        log.confusion({1, matrix.numClasses(), matrix.rowMajorCounts()});
    CheckpointInfo info;
    info.model = config.model;
    info.classes = m->classes;
    info.mean = config.mean;
    info.std = config.std;
    info.epochsCompleted = 1;
    info.iteration = m->iterations;
    info.meanIoU = meanIoU;
    info.pixelAccuracy = metrics.pixelAccuracy;
    info.bestMeanIoU = meanIoU;
    info.bestEpoch = 1;
    info.trainConfigJson = trainConfigToJson(config).dump();
    saveCheckpoint(runDir / "checkpoints" / "last.pt", info, *m->model, m->optimizer.get());
    saveCheckpoint(runDir / "checkpoints" / "best.pt", info, *m->model, nullptr);
    log.line("validation: pixel accuracy " + std::to_string(metrics.pixelAccuracy) + ", mIoU " +
             std::to_string(meanIoU));
    return meanIoU;
}

}  // namespace seg::core
