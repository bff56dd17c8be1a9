#pragma once
// The names the application runs under: QSettings stores under them
// (~/.config/SegStudio/SegStudio.conf), never under "Unknown Organization"; and the
// windows' icon. Called once,
// right after the QApplication is made; GUI thread.

namespace seg::ui {

void setApplicationIdentity();

}  // namespace seg::ui
