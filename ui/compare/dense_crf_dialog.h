#pragma once
// Edits the dense CRF's settings (iterations and the two kernels' weights and widths) within
// the ranges core allows, with a button back to the defaults. GUI thread.

#include <QDialog>

#include "core/infer/dense_crf.h"

class QDoubleSpinBox;
class QSpinBox;

namespace seg::ui {

class DenseCrfDialog : public QDialog {
    Q_OBJECT

public:
    explicit DenseCrfDialog(const core::DenseCrfSettings& settings, QWidget* parent = nullptr);

    core::DenseCrfSettings settings() const;
    void setSettings(const core::DenseCrfSettings& settings);

private:
    QSpinBox* m_iterations;
    QDoubleSpinBox* m_appearanceWeight;
    QDoubleSpinBox* m_appearanceSpatial;
    QDoubleSpinBox* m_appearanceColour;
    QDoubleSpinBox* m_smoothnessWeight;
    QDoubleSpinBox* m_smoothnessSpatial;
};

}  // namespace seg::ui
