#include "ui/app_identity.h"

#include <QCoreApplication>

namespace seg::ui {

void setApplicationIdentity() {
    QCoreApplication::setOrganizationName(QStringLiteral("SegStudio"));
    QCoreApplication::setApplicationName(QStringLiteral("SegStudio"));
}

}  // namespace seg::ui
