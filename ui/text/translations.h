#pragma once
// Installs SegStudio's and Qt's own translations for a locale. Main thread, at start-up.

#include <QLocale>

class QCoreApplication;

namespace seg::ui {

// Loads the embedded SegStudio catalogue and Qt's catalogue for `locale` (system locale by
// default; SEGSTUDIO_LANG=zh_CN overrides). Returns true when a SegStudio catalogue loaded.
bool installTranslations(QCoreApplication& app, const QLocale& locale = QLocale());

// The locale asked for through SEGSTUDIO_LANG, else the system's.
QLocale preferredLocale();

}  // namespace seg::ui
