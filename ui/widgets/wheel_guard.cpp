#include "ui/widgets/wheel_guard.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QWheelEvent>

namespace seg::ui {

void WheelGuard::install(QWidget* root) {
    auto* guard = new WheelGuard(root);
    auto guardWidget = [guard](QWidget* w) {
        // A click or Tab still focuses it; hovering and wheeling no longer does.
        w->setFocusPolicy(Qt::StrongFocus);
        w->installEventFilter(guard);
    };
    for (auto* box : root->findChildren<QAbstractSpinBox*>()) guardWidget(box);
    for (auto* box : root->findChildren<QComboBox*>()) guardWidget(box);
}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::Wheel) return false;
    auto* widget = static_cast<QWidget*>(watched);
    if (widget->hasFocus()) return false;
    // Handed to the parent instead, so that QApplication passes it up to the scroll area.
    if (QWidget* parent = widget->parentWidget()) QCoreApplication::sendEvent(parent, event);
    return true;
}

}  // namespace seg::ui
