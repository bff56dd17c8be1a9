#include "ui/compare/model_predictions.h"

#include <algorithm>
#include <atomic>
#include <mutex>

#include <QFutureWatcher>

#include "core/data/image_pair.h"
#include "core/infer/model_comparison.h"
#include "core/infer/uncertainty.h"
#include "ui/jobs/background_job.h"
#include "ui/text/error_text.h"

namespace seg::ui {

namespace fs = std::filesystem;

struct ModelPredictions::Slot {
    fs::path file;
    QString name;
    // Shared with the jobs that use it; the mutex lends it to one job at a time.
    std::shared_ptr<core::Predictor> predictor;
    std::shared_ptr<std::mutex> lock = std::make_shared<std::mutex>();
    QString loadError;
    bool hasPrediction = false;
    Prediction prediction;
    // The model's own probabilities for the current image (before any CRF); empty until
    // its first prediction of it.
    std::vector<cv::Mat> modelProbabilities;
};

ModelPredictions::ModelPredictions(QObject* parent)
    : QObject(parent), m_imageGeneration(std::make_shared<std::atomic<quint64>>(0)) {}

ModelPredictions::~ModelPredictions() = default;

void ModelPredictions::setModels(const std::vector<fs::path>& files) {
    std::vector<std::shared_ptr<Slot>> slots;
    std::vector<std::shared_ptr<Slot>> fresh;
    for (const auto& file : files) {
        const auto kept = std::find_if(m_slots.begin(), m_slots.end(),
                                       [&](const auto& s) { return s && s->file == file; });
        if (kept != m_slots.end()) {
            slots.push_back(std::move(*kept));
            continue;
        }
        auto slot = std::make_shared<Slot>();
        slot->file = file;
        slot->name = toQString(core::modelDisplayName(file));
        slots.push_back(slot);
        fresh.push_back(slot);
    }
    m_slots = std::move(slots);
    for (const auto& slot : fresh) load(slot);
}

int ModelPredictions::indexOf(const Slot* slot) const {
    for (size_t i = 0; i < m_slots.size(); ++i)
        if (m_slots[i].get() == slot) return static_cast<int>(i);
    return -1;
}

const fs::path& ModelPredictions::modelFile(int model) const {
    return m_slots.at(size_t(model))->file;
}

QString ModelPredictions::modelName(int model) const {
    const QString& name = m_slots.at(size_t(model))->name;
    return m_crf ? tr("%1 + CRF").arg(name) : name;
}

const core::PredictorInfo* ModelPredictions::info(int model) const {
    const auto& slot = m_slots.at(size_t(model));
    return slot->predictor ? &slot->predictor->info() : nullptr;
}

QString ModelPredictions::loadError(int model) const {
    return m_slots.at(size_t(model))->loadError;
}

const ModelPredictions::Prediction* ModelPredictions::prediction(int model) const {
    const auto& slot = m_slots.at(size_t(model));
    return slot->hasPrediction ? &slot->prediction : nullptr;
}

void ModelPredictions::jobFinished() {
    if (--m_running == 0) Q_EMIT idle();
}

void ModelPredictions::load(const std::shared_ptr<Slot>& slot) {
    using Result = JobResult<std::shared_ptr<core::Predictor>>;
    auto* watcher = new QFutureWatcher<Result>(this);
    ++m_running;
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher, slot] {
        watcher->deleteLater();
        jobFinished();
        const int model = indexOf(slot.get());
        if (model < 0) return;  // unticked meanwhile
        const Result r = watcher->result();
        if (!r.ok()) {
            slot->loadError = r.error;
            Q_EMIT modelFailed(model, r.error);
            return;
        }
        slot->predictor = r.value;
        Q_EMIT modelReady(model);
        if (!m_image.empty()) startPrediction(slot);
    });
    const fs::path file = slot->file;
    watcher->setFuture(runBackgroundJob(tr("Opening %1").arg(toQPath(file)), [file] {
        core::PredictOptions options;
        options.threads = -1;  // the process's thread count stays the one set at start-up
        return std::shared_ptr<core::Predictor>(core::Predictor::open(file, options));
    }));
}

void ModelPredictions::predict(const QString& imageKey, const cv::Mat& image) {
    ++*m_imageGeneration;
    m_imageKey = imageKey;
    m_image = image;
    for (auto& slot : m_slots) {
        slot->hasPrediction = false;
        slot->prediction = {};
        slot->modelProbabilities.clear();
    }
    for (const auto& slot : m_slots)
        if (slot->predictor) startPrediction(slot);
}

void ModelPredictions::setDenseCrf(const std::optional<core::DenseCrfSettings>& settings) {
    if (settings == m_crf) return;
    m_crf = settings;
    ++*m_imageGeneration;  // predictions under way are for the old settings
    for (auto& slot : m_slots) {
        slot->hasPrediction = false;
        slot->prediction = {};
    }
    if (m_image.empty()) return;
    for (const auto& slot : m_slots)
        if (slot->predictor) startPrediction(slot);
}

void ModelPredictions::startPrediction(const std::shared_ptr<Slot>& slot) {
    struct Outcome {
        bool skipped = false;
        Prediction prediction;
        std::vector<cv::Mat> modelProbabilities;
    };
    using Result = JobResult<Outcome>;
    auto* watcher = new QFutureWatcher<Result>(this);
    ++m_running;
    const quint64 imageGeneration = m_imageGeneration->load();
    connect(watcher, &QFutureWatcher<Result>::finished, this,
            [this, watcher, slot, imageGeneration, key = m_imageKey] {
                watcher->deleteLater();
                jobFinished();
                const int model = indexOf(slot.get());
                if (model < 0 || imageGeneration != m_imageGeneration->load())
                    return;  // the image changed, or the model was unticked, meanwhile
                const Result r = watcher->result();
                if (!r.ok()) {
                    Q_EMIT predictionFailed(model, key, r.error);
                    return;
                }
                if (r.value.skipped) return;
                slot->modelProbabilities = r.value.modelProbabilities;
                slot->prediction = r.value.prediction;
                slot->hasPrediction = true;
                Q_EMIT predicted(model, key);
            });
    watcher->setFuture(runBackgroundJob(
        tr("Predicting %1 with %2").arg(m_imageKey, slot->name),
        [predictor = slot->predictor, lock = slot->lock, image = m_image,
         current = m_imageGeneration, imageGeneration, crf = m_crf,
         known = slot->modelProbabilities] {
            Outcome outcome;
            const std::lock_guard<std::mutex> guard(*lock);
            // Waiting for the model may have taken long enough for the user to move on.
            if (current->load() != imageGeneration) {
                outcome.skipped = true;
                return outcome;
            }
            outcome.modelProbabilities =
                known.empty() ? predictor->predictProbabilities(image) : known;
            outcome.prediction.probabilities =
                crf ? core::refineWithDenseCrf(core::sceneImage(image), outcome.modelProbabilities,
                                               *crf)
                    : outcome.modelProbabilities;
            auto maps = core::confidenceMaps(outcome.prediction.probabilities);
            outcome.prediction.mask = maps.mask;
            outcome.prediction.confidence = maps.confidence;
            outcome.prediction.entropy = maps.entropy;
            return outcome;
        },
        /*priority=*/1));  // a pane waits for it: before models still queued to load
}

}  // namespace seg::ui
