#include "ui/compare/model_predictions.h"

#include <atomic>
#include <mutex>

#include <QFutureWatcher>

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
};

ModelPredictions::ModelPredictions(QObject* parent)
    : QObject(parent), m_imageGeneration(std::make_shared<std::atomic<quint64>>(0)) {}

ModelPredictions::~ModelPredictions() = default;

void ModelPredictions::setModels(const std::vector<fs::path>& files) {
    ++m_modelsGeneration;
    ++*m_imageGeneration;
    m_slots.clear();
    for (const auto& file : files) {
        auto slot = std::make_unique<Slot>();
        slot->file = file;
        slot->name = toQString(core::modelDisplayName(file));
        m_slots.push_back(std::move(slot));
    }
    for (int m = 0; m < modelCount(); ++m) load(m);
}

const fs::path& ModelPredictions::modelFile(int model) const {
    return m_slots.at(size_t(model))->file;
}

QString ModelPredictions::modelName(int model) const {
    return m_slots.at(size_t(model))->name;
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

void ModelPredictions::load(int model) {
    using Result = JobResult<std::shared_ptr<core::Predictor>>;
    auto* watcher = new QFutureWatcher<Result>(this);
    ++m_running;
    connect(watcher, &QFutureWatcher<Result>::finished, this,
            [this, watcher, model, generation = m_modelsGeneration] {
                watcher->deleteLater();
                jobFinished();
                if (generation != m_modelsGeneration) return;  // another set of models since
                const Result r = watcher->result();
                Slot& slot = *m_slots.at(size_t(model));
                if (!r.ok()) {
                    slot.loadError = r.error;
                    Q_EMIT modelFailed(model, r.error);
                    return;
                }
                slot.predictor = r.value;
                Q_EMIT modelReady(model);
                if (!m_image.empty()) startPrediction(model);
            });
    const fs::path file = m_slots[size_t(model)]->file;
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
    }
    for (int m = 0; m < modelCount(); ++m)
        if (m_slots[size_t(m)]->predictor) startPrediction(m);
}

void ModelPredictions::startPrediction(int model) {
    const Slot& slot = *m_slots.at(size_t(model));
    struct Outcome {
        bool skipped = false;
        Prediction prediction;
    };
    using Result = JobResult<Outcome>;
    auto* watcher = new QFutureWatcher<Result>(this);
    ++m_running;
    const quint64 imageGeneration = m_imageGeneration->load();
    connect(watcher, &QFutureWatcher<Result>::finished, this,
            [this, watcher, model, imageGeneration, key = m_imageKey,
             generation = m_modelsGeneration] {
                watcher->deleteLater();
                jobFinished();
                if (generation != m_modelsGeneration || imageGeneration != m_imageGeneration->load())
                    return;  // the image or the models changed meanwhile
                const Result r = watcher->result();
                if (!r.ok()) {
                    Q_EMIT predictionFailed(model, key, r.error);
                    return;
                }
                if (r.value.skipped) return;
                Slot& s = *m_slots.at(size_t(model));
                s.prediction = r.value.prediction;
                s.hasPrediction = true;
                Q_EMIT predicted(model, key);
            });
    watcher->setFuture(runBackgroundJob(
        tr("Predicting %1 with %2").arg(m_imageKey, slot.name),
        [predictor = slot.predictor, lock = slot.lock, image = m_image,
         current = m_imageGeneration, imageGeneration] {
            Outcome outcome;
            const std::lock_guard<std::mutex> guard(*lock);
            // Waiting for the model may have taken long enough for the user to move on.
            if (current->load() != imageGeneration) {
                outcome.skipped = true;
                return outcome;
            }
            outcome.prediction.probabilities = predictor->predictProbabilities(image);
            auto maps = core::confidenceMaps(outcome.prediction.probabilities);
            outcome.prediction.mask = maps.mask;
            outcome.prediction.confidence = maps.confidence;
            outcome.prediction.entropy = maps.entropy;
            return outcome;
        }));
}

}  // namespace seg::ui
