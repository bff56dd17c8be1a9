#pragma once
// A trained model helping the annotator: pre-labels the open image (its prediction fills
// what is still unlabelled, to be corrected) and ranks the unlabelled images by how unsure
// it is (mean per-pixel entropy), so the most informative one is labelled next. The model
// is loaded and run on a worker thread; results arrive on the GUI thread.

#include <filesystem>
#include <memory>
#include <vector>

#include <QObject>
#include <QString>
#include <opencv2/core/mat.hpp>

#include "core/data/dataset.h"
#include "core/infer/uncertainty.h"

class QWidget;

namespace seg::core {
class Predictor;
}

namespace seg::ui {

class ModelAssist : public QObject {
    Q_OBJECT

public:
    explicit ModelAssist(QWidget* window);
    ~ModelAssist() override;

    // Asks for a checkpoint, starting in `runsFolder`; false when the user cancels.
    bool chooseCheckpoint(const std::filesystem::path& runsFolder);
    void setCheckpoint(const std::filesystem::path& checkpoint);
    const std::filesystem::path& checkpoint() const { return m_checkpoint; }
    bool isBusy() const { return m_busy; }
    // The model as people name it: "<run>/best" for a run's checkpoint, or its file name.
    QString modelName() const;

    // Predicts `image` for the sample `sampleId`; emits prelabelled or failed.
    void prelabel(const cv::Mat& image, const core::ClassMap& classes, const QString& sampleId);
    // Scores the dataset's unlabelled images, with a cancellable progress dialog; emits
    // ranked or failed.
    void rank(const core::Dataset& dataset);

Q_SIGNALS:
    void prelabelled(const QString& sampleId, const cv::Mat& mask);
    void ranked(const std::vector<seg::core::UncertaintyScore>& scores);
    void failed(const QString& message);

private:
    // Ends a job: the assistant is free again. False (with `failed` emitted) when the job
    // failed; else the predictor it used for `checkpoint` is kept for the next job.
    bool finishJob(const QString& error, const std::filesystem::path& checkpoint,
                   std::shared_ptr<core::Predictor> predictor);

    QWidget* m_window;
    std::filesystem::path m_checkpoint;
    // Loaded once, then lent to each job (one at a time); assigned on the GUI thread only.
    std::shared_ptr<core::Predictor> m_predictor;
    bool m_busy = false;
};

}  // namespace seg::ui
