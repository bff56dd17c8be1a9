#pragma once
// SegStudio's main window: opens a project (or the demo), lists its images with thumbnails
// and shows the selected one with its mask. Owns the project while it is open. GUI thread.

#include <memory>

#include <QImage>
#include <QMainWindow>

class QAction;
class QComboBox;
class QLabel;
class QListView;
class QSlider;
class QSortFilterProxyModel;

namespace seg::core {
class Error;
struct Project;
enum class Split;
}  // namespace seg::core

namespace seg::ui {

class DatasetListModel;
class ImageView;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens project.json or the folder holding it. On failure a message names the file and
    // the problem, the current project stays open and false is returned.
    bool openProject(const QString& path);
    // Opens the demo project, generating it in the background on first use.
    void openDemoProject();
    // Where the demo project lives: $SEGSTUDIO_DATA_DIR/demo or the user's data folder.
    static QString demoProjectFolder();

    DatasetListModel* datasetModel() const { return m_model; }
    ImageView* imageView() const { return m_view; }
    QListView* sampleList() const { return m_list; }

Q_SIGNALS:
    void projectOpened(const QString& folder);
    void demoFailed(const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createDocks();
    void applyFilter(int filterIndex);
    void showSample(const QModelIndex& proxyIndex);
    void applyOpacity(int percent);
    void showOpenDialog();
    void showAbout();
    void showProblem(const QString& title, const QString& text);
    static QString splitText(core::Split split);

    std::unique_ptr<core::Project> m_project;
    DatasetListModel* m_model = nullptr;
    QSortFilterProxyModel* m_filter = nullptr;
    QListView* m_list = nullptr;
    QComboBox* m_filterBox = nullptr;
    ImageView* m_view = nullptr;
    QSlider* m_opacity = nullptr;
    QLabel* m_statusSample = nullptr;
    QAction* m_showMask = nullptr;
    QImage m_currentMask;  // Indexed8; only its colour table changes with the opacity
};

}  // namespace seg::ui
