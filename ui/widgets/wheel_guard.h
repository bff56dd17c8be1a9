#pragma once
// Keeps the mouse wheel from changing settings by accident: the spin boxes and combo boxes
// under a settings panel take wheel events only when they have keyboard focus; otherwise
// the wheel scrolls the panel as the user meant. GUI thread; owned by the guarded widget.

#include <QObject>

class QWidget;

namespace seg::ui {

class WheelGuard : public QObject {
    Q_OBJECT

public:
    // Guards every spin box and combo box inside `root` now (call after building it).
    static void install(QWidget* root);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit WheelGuard(QObject* parent) : QObject(parent) {}
};

}  // namespace seg::ui
