#pragma once
// The models a comparison shows and their predictions for the image on screen. Each model
// (a checkpoint or a TorchScript file) loads once on a worker thread and is then lent to one
// job at a time; every prediction runs on the thread pool. A result for an image or a model
// set that is no longer shown is dropped, and a job that would compute one is skipped before
// it starts. Every failure arrives as a message naming the file. GUI thread.

#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

#include <QObject>
#include <QString>
#include <opencv2/core/mat.hpp>

#include "core/infer/predictor.h"

namespace seg::ui {

class ModelPredictions : public QObject {
    Q_OBJECT

public:
    // One model's view of the image: mask, confidence (probability of the predicted class)
    // and normalised entropy, all the image's size, and the per-class probabilities.
    struct Prediction {
        cv::Mat mask;
        cv::Mat confidence;
        cv::Mat entropy;
        std::vector<cv::Mat> probabilities;
    };

    explicit ModelPredictions(QObject* parent = nullptr);
    ~ModelPredictions() override;

    // Replaces the models. A model that was already there keeps its loaded network and its
    // prediction (ticking a second model does not reload the first); the others load in the
    // background (modelReady or modelFailed) and then predict the current image.
    void setModels(const std::vector<std::filesystem::path>& files);
    int modelCount() const { return static_cast<int>(m_slots.size()); }
    const std::filesystem::path& modelFile(int model) const;
    // "<run>/best" for a run's checkpoint, else the file name; "+ CRF" after it with the CRF.
    QString modelName(int model) const;
    // nullptr until the model has loaded.
    const core::PredictorInfo* info(int model) const;
    // The load failure's message; empty while loading or once loaded.
    QString loadError(int model) const;

    // Predicts `image` (CV_8UC3 BGR) with every model; `imageKey` names the image (its sample
    // id). Predictions of the image shown before are dropped.
    void predict(const QString& imageKey, const cv::Mat& image);
    const QString& imageKey() const { return m_imageKey; }
    // The model's prediction for the current image; nullptr while it is pending or failed.
    const Prediction* prediction(int model) const;
    // Jobs (loads and predictions) still running, stale ones included.
    int runningJobs() const { return m_running; }

    // Dense CRF after every model, or none. A change drops the predictions on show and
    // makes them again from the models' probabilities, which are kept: the models do not
    // run again.
    void setDenseCrf(const std::optional<core::DenseCrfSettings>& settings);
    const std::optional<core::DenseCrfSettings>& denseCrf() const { return m_crf; }

Q_SIGNALS:
    void modelReady(int model);
    void modelFailed(int model, const QString& message);
    void predicted(int model, const QString& imageKey);
    void predictionFailed(int model, const QString& imageKey, const QString& message);
    // No job is running any more.
    void idle();

private:
    struct Slot;
    void load(const std::shared_ptr<Slot>& slot);
    void startPrediction(const std::shared_ptr<Slot>& slot);
    void jobFinished();
    // Where `slot` is now; -1 when it is no longer among the models.
    int indexOf(const Slot* slot) const;

    // Jobs hold their slot: a result arriving after the models changed finds it gone (or
    // at another index).
    std::vector<std::shared_ptr<Slot>> m_slots;
    // The image generation, shared with jobs so that stale ones skip their work.
    std::shared_ptr<std::atomic<quint64>> m_imageGeneration;
    QString m_imageKey;
    cv::Mat m_image;
    std::optional<core::DenseCrfSettings> m_crf;
    int m_running = 0;
};

}  // namespace seg::ui
