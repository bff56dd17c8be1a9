#pragma once
// What the window shows while no project is open (first start, or the last project gone):
// the ways to begin (the demo, a folder of images, a dataset, a project) and the recent
// projects, the ones no longer on disk greyed out. It only asks; MainWindow acts. GUI thread.

#include <QStringList>
#include <QWidget>

class QListWidget;
class QListWidgetItem;

namespace seg::ui {

class WelcomePage : public QWidget {
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);

    // Most recent first; each a project folder.
    void setRecentProjects(const QStringList& folders);
    QListWidget* recentList() const { return m_recent; }

Q_SIGNALS:
    void openDemoRequested();
    void newFromImagesRequested();
    void newFromDatasetRequested();
    void openRequested();
    void openRecentRequested(const QString& folder);
    void guideRequested();

private:
    void openItem(QListWidgetItem* item);

    QListWidget* m_recent = nullptr;
};

}  // namespace seg::ui
