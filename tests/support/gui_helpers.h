#pragma once
// Helpers for tests that drive windows: screenshots on request and the message box a window
// shows. GUI thread.

#include <QMessageBox>
#include <QWidget>

namespace seg::test {

// Saves what `w` shows to $SEGSTUDIO_SCREENSHOT_DIR/<name> when that variable is set.
inline void screenshot(QWidget& w, const char* name) {
    const QByteArray dir = qgetenv("SEGSTUDIO_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w.grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + QLatin1String(name));
}

// The message box `w` currently shows, or nullptr.
inline QMessageBox* visibleMessage(QWidget& w) {
    for (auto* box : w.findChildren<QMessageBox*>())
        if (box->isVisible()) return box;
    return nullptr;
}

}  // namespace seg::test
