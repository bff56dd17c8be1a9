#pragma once
// Installs SegStudio's and Qt's own translations for a locale. Main thread, at start-up.

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;

namespace seg::ui {

// Loads the embedded SegStudio catalogue and Qt's catalogue for `locale` (system locale by
// default; SEGSTUDIO_LANG=zh_CN overrides). Returns true when a SegStudio catalogue loaded.
bool installTranslations(QCoreApplication& app, const QLocale& locale = QLocale());

// The locale asked for through SEGSTUDIO_LANG, else the one chosen in View > Language,
// else the system's.
QLocale preferredLocale();

// A language SegStudio speaks: "zh_CN", shown as "简体中文" (in its own words, so that a
// user who cannot read the current one still finds theirs). English is "en".
struct Language {
    QString code;
    QString name;
};
// English, then every embedded catalogue.
QList<Language> availableLanguages();

// The language chosen in View > Language ("" follows the system), kept in the settings.
QString chosenLanguage();
void chooseLanguage(const QString& code);

}  // namespace seg::ui
