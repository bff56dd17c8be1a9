#pragma once
// The training settings (model and its options, loss, optimiser, schedule, epochs, batch,
// input size, augmentation, threads, device) and the start, pause and stop buttons.
// Edits a core::TrainConfig; starts nothing itself. GUI thread.

#include <QWidget>

#include "core/train/train_config.h"
#include "ui/training/training_state.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QPushButton;
class QSpinBox;

namespace seg::ui {

class ModelForm;

class TrainingPanel : public QWidget {
    Q_OBJECT

public:
    using State = TrainingState;

    explicit TrainingPanel(QWidget* parent = nullptr);

    core::TrainConfig config() const;
    void setConfig(const core::TrainConfig& config);
    // Enables the buttons and settings for `state`; Start only when `canStart` (a project
    // is open). The main window calls this whenever either changes.
    void setState(State state, bool canStart);

    QPushButton* startButton() const { return m_start; }
    QPushButton* pauseButton() const { return m_pause; }
    QPushButton* stopButton() const { return m_stop; }
    QComboBox* modelBox() const;
    ModelForm* modelForm() const { return m_modelForm; }
    QSpinBox* epochsBox() const { return m_epochs; }
    // Data-parallel processes to train in (1: in this window's process).
    int processes() const;
    QSpinBox* processesBox() const { return m_processes; }

Q_SIGNALS:
    void startRequested();
    void pauseRequested(bool pause);
    void stopRequested();

private:
    QComboBox* m_loss;
    QComboBox* m_optimizer;
    QDoubleSpinBox* m_learningRate;
    QDoubleSpinBox* m_weightDecay;
    QComboBox* m_schedule;
    QSpinBox* m_warmup;
    QSpinBox* m_epochs;
    QSpinBox* m_batch;
    QSpinBox* m_crop;
    QCheckBox* m_hflip;
    QCheckBox* m_vflip;
    QDoubleSpinBox* m_scaleMin;
    QDoubleSpinBox* m_scaleMax;
    QDoubleSpinBox* m_rotation;
    QDoubleSpinBox* m_jitter;
    QGroupBox* m_adversarial;  // checkable: on means adversarial training
    QDoubleSpinBox* m_adversarialWeight;
    QDoubleSpinBox* m_discriminatorRate;
    QGroupBox* m_crfLoss;  // checkable: on means the dense-CRF regularised loss
    QDoubleSpinBox* m_crfWeight;
    QDoubleSpinBox* m_crfSpatial;
    QDoubleSpinBox* m_crfColour;
    QSpinBox* m_threads;
    QSpinBox* m_processes;
    QComboBox* m_device;
    QPushButton* m_start;
    QPushButton* m_pause;
    QPushButton* m_stop;
    ModelForm* m_modelForm = nullptr;
    int m_numClasses = 2;
    State m_state = State::Idle;
};

}  // namespace seg::ui
