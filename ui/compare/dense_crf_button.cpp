#include "ui/compare/dense_crf_button.h"

#include <QMenu>
#include <QSettings>

#include "ui/compare/dense_crf_dialog.h"

namespace seg::ui {

namespace {

const QString kOnKey = QStringLiteral("compare/denseCrf");
const QString kSettingsKey = QStringLiteral("compare/denseCrfSettings");

QVariantList toList(const core::DenseCrfSettings& s) {
    return {s.iterations,       s.appearanceWeight, s.appearanceSpatial,
            s.appearanceColour, s.smoothnessWeight, s.smoothnessSpatial};
}

// Settings saved by this button; the defaults when there are none or they are out of range
// (edited by hand, or from a version with other limits).
core::DenseCrfSettings fromList(const QVariantList& list) {
    if (list.size() != 6) return {};
    core::DenseCrfSettings s;
    s.iterations = list[0].toInt();
    s.appearanceWeight = list[1].toDouble();
    s.appearanceSpatial = list[2].toDouble();
    s.appearanceColour = list[3].toDouble();
    s.smoothnessWeight = list[4].toDouble();
    s.smoothnessSpatial = list[5].toDouble();
    try {
        core::validateDenseCrfSettings(s);
    } catch (const std::exception&) {
        return {};
    }
    return s;
}

}  // namespace

DenseCrfButton::DenseCrfButton(QWidget* parent) : QToolButton(parent) {
    setObjectName(QStringLiteral("denseCrfButton"));
    setText(tr("Dense CRF"));
    setCheckable(true);
    setPopupMode(QToolButton::MenuButtonPopup);
    auto* menu = new QMenu(this);
    menu->addAction(tr("CRF Settings…"), this, &DenseCrfButton::editSettings);
    setMenu(menu);
    const QSettings stored;
    m_settings = fromList(stored.value(kSettingsKey).toList());
    setChecked(stored.value(kOnKey, false).toBool());
    updateTip();
    connect(this, &QToolButton::toggled, this, [this] {
        remember();
        updateTip();
        Q_EMIT changed(current());
    });
}

std::optional<core::DenseCrfSettings> DenseCrfButton::current() const {
    if (!isChecked()) return std::nullopt;
    return m_settings;
}

void DenseCrfButton::setCurrent(bool on, const core::DenseCrfSettings& settings) {
    const auto before = current();
    m_settings = settings;
    {
        const QSignalBlocker quiet(this);
        setChecked(on);
    }
    remember();
    updateTip();
    if (!(current() == before)) Q_EMIT changed(current());
}

void DenseCrfButton::editSettings() {
    DenseCrfDialog dialog(m_settings, this);
    if (dialog.exec() != QDialog::Accepted) return;
    // Settings edited are settings wanted: they switch the CRF on.
    setCurrent(true, dialog.settings());
}

void DenseCrfButton::remember() const {
    QSettings stored;
    stored.setValue(kOnKey, isChecked());
    stored.setValue(kSettingsKey, toList(m_settings));
}

void DenseCrfButton::updateTip() {
    const auto& s = m_settings;
    setToolTip(tr("Refine every model's prediction with a fully connected CRF (%1 iterations; "
                  "appearance %2, %3 px, %4; smoothness %5, %6 px). Slower: each image takes "
                  "longer to predict and score.")
                   .arg(s.iterations)
                   .arg(s.appearanceWeight)
                   .arg(s.appearanceSpatial)
                   .arg(s.appearanceColour)
                   .arg(s.smoothnessWeight)
                   .arg(s.smoothnessSpatial));
}

}  // namespace seg::ui
