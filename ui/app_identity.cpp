#include "ui/app_identity.h"

#include <QGuiApplication>
#include <QIcon>

namespace seg::ui {

void setApplicationIdentity() {
    QCoreApplication::setOrganizationName(QStringLiteral("SegStudio"));
    QCoreApplication::setApplicationName(QStringLiteral("SegStudio"));
    // The icon of every window, and on Wayland the desktop entry that names the app (not
    // for `segstudio --version`, which runs without a window system).
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) return;
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/segstudio.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.segstudio.SegStudio"));
}

}  // namespace seg::ui
