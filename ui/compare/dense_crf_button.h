#pragma once
// The Compare tab's dense CRF switch: a checkable button (CRF after every model, or not)
// whose menu opens the settings. Remembers both across sessions. GUI thread.

#include <optional>

#include <QToolButton>

#include "core/infer/dense_crf.h"

namespace seg::ui {

class DenseCrfButton : public QToolButton {
    Q_OBJECT

public:
    explicit DenseCrfButton(QWidget* parent = nullptr);

    // The settings when switched on, else nullopt.
    std::optional<core::DenseCrfSettings> current() const;
    const core::DenseCrfSettings& settings() const { return m_settings; }
    // Sets both without asking; emits changed when the current CRF changes.
    void setCurrent(bool on, const core::DenseCrfSettings& settings);

Q_SIGNALS:
    void changed(const std::optional<core::DenseCrfSettings>& crf);

private:
    void editSettings();
    void remember() const;
    void updateTip();

    core::DenseCrfSettings m_settings;
};

}  // namespace seg::ui
