#include "ui/text/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace seg::ui {

QLocale preferredLocale() {
    const QByteArray forced = qgetenv("SEGSTUDIO_LANG");
    return forced.isEmpty() ? QLocale() : QLocale(QString::fromLatin1(forced));
}

bool installTranslations(QCoreApplication& app, const QLocale& locale) {
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto* own = new QTranslator(&app);
    if (!own->load(locale, QStringLiteral("segstudio"), QStringLiteral("_"),
                   QStringLiteral(":/i18n")))
        return false;
    QCoreApplication::installTranslator(own);
    return true;
}

}  // namespace seg::ui
