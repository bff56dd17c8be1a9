#include "ui/text/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace seg::ui {

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
}

QLocale preferredLocale() {
    const QByteArray forced = qgetenv("SEGSTUDIO_LANG");
    if (!forced.isEmpty()) return QLocale(QString::fromLatin1(forced));
    const QString chosen = chosenLanguage();
    return chosen.isEmpty() ? QLocale() : QLocale(chosen);
}

QList<Language> availableLanguages() {
    // Each language in its own words, as its speakers look for it in a menu (Qt's native
    // names say "español de España" and "português" for Brazil's).
    static const QHash<QString, QString> kNativeNames{
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
        {QStringLiteral("zh_TW"), QStringLiteral("繁體中文")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
        {QStringLiteral("ko"), QStringLiteral("한국어")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("pt_BR"), QStringLiteral("Português (Brasil)")}};
    QList<Language> languages{{QStringLiteral("en"), QStringLiteral("English")}};
    const QStringList catalogues =
        QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("segstudio_*.qm")}, QDir::Files);
    for (const QString& file : catalogues) {
        const QString code = file.mid(10, file.size() - 13);  // segstudio_<code>.qm
        QString name = kNativeNames.value(code, QLocale(code).nativeLanguageName());
        if (!name.isEmpty()) name[0] = name[0].toUpper();
        languages.append({code, name});
    }
    return languages;
}

QString chosenLanguage() {
    return QSettings().value(kLanguageKey).toString();
}

void chooseLanguage(const QString& code) {
    QSettings().setValue(kLanguageKey, code);
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
