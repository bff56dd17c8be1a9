#pragma once
// Batch Prediction: a model (a run's checkpoint or any model file) predicts a folder of
// images into palette PNG masks, and overlays if asked, in the background with a progress
// bar and Stop; large images are predicted in tiles. The same as `segstudio-cli predict`.
// GUI thread.

#include <atomic>
#include <filesystem>
#include <memory>

#include <QDialog>

#include "core/data/class_map.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace seg::ui {

class DenseCrfButton;

class BatchPredictionDialog : public QDialog {
    Q_OBJECT

public:
    // Offers the best checkpoints of the runs in `runsFolder`; starts browsing in `imagesFolder`.
    BatchPredictionDialog(const std::filesystem::path& runsFolder,
                          const std::filesystem::path& imagesFolder,
                          const core::ClassMap& projectClasses, QWidget* parent = nullptr);
    ~BatchPredictionDialog() override;

    void setModel(const std::filesystem::path& model);
    void setInput(const QString& path);
    // Change detection models: the after image, or a folder of them named as the inputs.
    void setAfter(const QString& path);
    void setOutput(const QString& folder);
    void setOverlays(bool overlays);
    // Starts predicting (what the Predict button does); emits finished when done.
    void start();
    bool isRunning() const { return m_running; }
    // The summary shown when the last run ended ("Wrote 12 masks to ...").
    QString summary() const;

Q_SIGNALS:
    void finished(int written);

protected:
    void reject() override;

private:
    void chooseModelFile();
    void updateButtons();

    core::ClassMap m_projectClasses;
    QComboBox* m_model;
    QLineEdit* m_input;
    QLineEdit* m_after;
    QLineEdit* m_output;
    QCheckBox* m_overlays;
    QSpinBox* m_tile;
    DenseCrfButton* m_crf;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QPushButton* m_startButton;
    QPushButton* m_stopButton;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_running = false;
};

}  // namespace seg::ui
