#include "ui/compare/dense_crf_dialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace seg::ui {

namespace {

QDoubleSpinBox* rangeSpinBox(QWidget* parent, core::DenseCrfRange range,
                             const QString& suffix = {}) {
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(range.min, range.max);
    box->setDecimals(1);
    box->setSingleStep(range.max > 200 ? 5.0 : 0.5);
    box->setSuffix(suffix);
    return box;
}

}  // namespace

DenseCrfDialog::DenseCrfDialog(const core::DenseCrfSettings& settings, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Dense CRF Settings"));
    const core::DenseCrfRanges& r = core::kDenseCrfRanges;
    m_iterations = new QSpinBox(this);
    m_iterations->setRange(int(r.iterations.min), int(r.iterations.max));
    m_appearanceWeight = rangeSpinBox(this, r.appearanceWeight);
    m_appearanceSpatial = rangeSpinBox(this, r.appearanceSpatial, tr(" px"));
    m_appearanceColour = rangeSpinBox(this, r.appearanceColour);
    m_smoothnessWeight = rangeSpinBox(this, r.smoothnessWeight);
    m_smoothnessSpatial = rangeSpinBox(this, r.smoothnessSpatial, tr(" px"));
    m_appearanceColour->setToolTip(tr("In 8-bit intensity levels"));

    auto* intro = new QLabel(
        tr("A fully connected CRF refines every model's probabilities: pixels close in "
           "position and colour lean to the same class (appearance), and so do neighbours "
           "(smoothness)."),
        this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Mean-field iterations"), m_iterations);
    form->addRow(tr("Appearance weight"), m_appearanceWeight);
    form->addRow(tr("Appearance spatial width"), m_appearanceSpatial);
    form->addRow(tr("Appearance colour width"), m_appearanceColour);
    form->addRow(tr("Smoothness weight"), m_smoothnessWeight);
    form->addRow(tr("Smoothness spatial width"), m_smoothnessSpatial);
    auto* buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setSettings({}); });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setSettings(settings);
}

core::DenseCrfSettings DenseCrfDialog::settings() const {
    core::DenseCrfSettings s;
    s.iterations = m_iterations->value();
    s.appearanceWeight = m_appearanceWeight->value();
    s.appearanceSpatial = m_appearanceSpatial->value();
    s.appearanceColour = m_appearanceColour->value();
    s.smoothnessWeight = m_smoothnessWeight->value();
    s.smoothnessSpatial = m_smoothnessSpatial->value();
    return s;
}

void DenseCrfDialog::setSettings(const core::DenseCrfSettings& s) {
    m_iterations->setValue(s.iterations);
    m_appearanceWeight->setValue(s.appearanceWeight);
    m_appearanceSpatial->setValue(s.appearanceSpatial);
    m_appearanceColour->setValue(s.appearanceColour);
    m_smoothnessWeight->setValue(s.smoothnessWeight);
    m_smoothnessSpatial->setValue(s.smoothnessSpatial);
}

}  // namespace seg::ui
