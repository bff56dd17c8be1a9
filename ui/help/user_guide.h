#pragma once
// Help > User Guide: the guide of docs/guide/, in the window's language where there is one
// (English otherwise), shown in a window of its own. The package installs it in
// /usr/share/doc/segstudio/guide; a build run from its tree reads the source's docs/guide.

#include <QLocale>
#include <QString>
#include <QWidget>

class QTextBrowser;

namespace seg::ui {

// The guide's index.md for `locale`, or an empty string when no guide is installed.
QString userGuideFile(const QLocale& locale);
// Every folder searched, for the message when none holds the guide.
QStringList userGuideFolders();

class UserGuideWindow : public QWidget {
    Q_OBJECT

public:
    // Shows `file` (a userGuideFile()).
    explicit UserGuideWindow(const QString& file, QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }

private:
    QTextBrowser* m_browser = nullptr;
};

}  // namespace seg::ui
