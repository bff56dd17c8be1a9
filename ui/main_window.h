#pragma once
// SegStudio's main window: opens a project (or the demo), lists its images with thumbnails
// and shows the selected one with its mask; the Training tab and docks train models on the
// project and chart them live. Owns the project while it is open. GUI thread.

#include <filesystem>
#include <functional>
#include <memory>

#include <QImage>
#include <QMainWindow>

class QAction;
class QComboBox;
class QDockWidget;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QUndoView;
class QLabel;
class QListView;
class QSlider;

namespace cv {
class Mat;
}

namespace seg::core {
class Error;
struct Dataset;
struct Project;
enum class Split;
}  // namespace seg::core

namespace seg::ui {

class ClassFrequencyChart;
class DatasetListModel;
class EpochDetails;
class Annotator;
class LiveMode;
class ClassPalette;
class CompareView;
class ModelExportJob;
class MaskCanvas;
class RunsView;
class SampleFilter;
class TrainingCharts;
class TrainingController;
class TrainingPanel;
class UserGuideWindow;
class WelcomePage;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens project.json or the folder holding it. On failure a message names the file and
    // the problem, the current project stays open and false is returned.
    bool openProject(const QString& path);
    // Opens the project used last (the first of Open Recent), if it still exists.
    bool reopenLastProject();
    // Opens the demo project, generating it in the background on first use.
    void openDemoProject();
    // Where the demo project lives: $SEGSTUDIO_DATA_DIR/demo or the user's data folder.
    static QString demoProjectFolder();

    // Makes a project of a dataset folder (any layout core reads): writes project.json
    // there, or opens the one already there. A message names the problem otherwise.
    bool createProjectFromFolder(const QString& folder);
    // Makes a project for annotating a plain folder of images (no masks yet) with the
    // given classes, background first.
    bool createImageFolderProject(const QString& folder, const QStringList& classNames);

    DatasetListModel* datasetModel() const { return m_model; }
    ClassFrequencyChart* classFrequencies() const { return m_frequencies; }
    TrainingController* training() const { return m_training; }
    TrainingPanel* trainingPanel() const { return m_trainingPanel; }
    TrainingCharts* trainingCharts() const { return m_charts; }
    RunsView* runsView() const { return m_runs; }
    EpochDetails* epochDetails() const { return m_details; }
    QTabWidget* centralTabs() const { return m_tabs; }
    // Shown in the centre while no project is open.
    WelcomePage* welcomePage() const { return m_welcome; }
    MaskCanvas* canvas() const { return m_view; }
    CompareView* compareView() const { return m_compare; }
    Annotator* annotator() const { return m_annotator; }
    LiveMode* liveMode() const { return m_live; }
    QListView* sampleList() const { return m_list; }

Q_SIGNALS:
    void projectOpened(const QString& folder);
    void demoFailed(const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    // View > Language: the languages SegStudio speaks; the choice applies from the next start.
    void createLanguageMenu(QMenu& menu);
    // Enables every action from the application's state (project open, training state);
    // called on each change of either.
    void updateActions();
    // The status bar's line about the open image: id, size, split, labelled or not.
    void updateSampleStatus();
    void createDocks();
    void createTrainingViews();
    void addRecentProject(const QString& folder);
    void rebuildRecentMenu();
    void showNewProjectDialog();
    void exportCharts(bool csv);
    void editClasses();
    void showNewImageFolderDialog();
    // Opens `folder` if it holds a project; else makes one with `create` and opens it.
    bool createProjectIn(const QString& folder,
                         const std::function<void(const std::filesystem::path&)>& create);
    void saveCurrentProject();
    void applyFilter(int filterIndex);
    void showSample(const QModelIndex& proxyIndex);
    // The annotator opened (or could not open) the sample showSample() asked for.
    void sampleShown();
    void sampleNotShown(const QString& id, const QString& error);
    // Makes the row of sample `id` current without opening it again.
    void selectSample(const QString& id);
    void applyOpacity(int percent);
    // Shows the open image in the Compare tab when that tab is on screen.
    void updateCompareImage();
    // The Compare tab needs the width, and the welcome page has nothing for docks and
    // painting bars to show: they step aside while either is in the centre.
    enum class CentralRoom { Painting, Compare, Welcome };
    void makeRoom(CentralRoom room);
    // The room of whatever the centre shows now.
    CentralRoom currentRoom() const;
    // File > Export Model: asks for a checkpoint and a file, exports in the background.
    void exportModel();
    // Opens `sampleId` for painting with `reference` (a model's prediction) as outlines.
    void fixLabel(const QString& sampleId, const cv::Mat& reference);
    void createPaintingViews();
    QDockWidget* addDock(const QString& title, const QString& objectName, QWidget* content,
                         Qt::DockWidgetArea area);
    // Moves `step` rows in the image list, optionally to the next image without a mask.
    void stepImage(int step, bool unlabelledOnly);
    void rankByUncertainty();
    // Opens the unlabelled image a model is most unsure about after the open one (in the
    // order of their scores), or the most unsure of all with `fromTop`.
    void nextUncertainImage(bool fromTop = false);
    void showOpenDialog();
    void showAbout();
    // Help > User Guide: the guide in a window of its own, or a message naming where it
    // was looked for.
    void showUserGuide();
    void showProblem(const QString& title, const QString& text);
    // An information box that does not block the event loop.
    void showNotice(const QString& title, const QString& text);
    // Replays the autosave journals a crash left (core::recoverJournals) and says what
    // came back; empty when there was nothing to recover.
    QString recoverUnsavedEdits(const core::Project& project, core::Dataset& dataset);
    static QString splitText(core::Split split);

    std::unique_ptr<core::Project> m_project;
    DatasetListModel* m_model = nullptr;
    SampleFilter* m_filter = nullptr;
    QListView* m_list = nullptr;
    QComboBox* m_filterBox = nullptr;
    QComboBox* m_orderBox = nullptr;  // SampleFilter::Order
    MaskCanvas* m_view = nullptr;
    CompareView* m_compare = nullptr;
    // Fix Label's reference: the model's prediction of this sample, drawn on the canvas.
    QString m_referenceSample;
    QAction* m_referenceAction = nullptr;
    ModelExportJob* m_export = nullptr;
    // Docks and painting bars that stepped aside for the Compare tab, to show again after.
    QList<QWidget*> m_steppedAside;
    QSlider* m_opacity = nullptr;
    QLabel* m_statusSample = nullptr;
    QAction* m_showMask = nullptr;
    bool m_restartOnClose = false;  // Language > Restart Now: start again once closed
    Annotator* m_annotator = nullptr;
    LiveMode* m_live = nullptr;
    ClassPalette* m_palette = nullptr;
    QUndoView* m_history = nullptr;
    QAction* m_outlineOnly = nullptr;
    QAction* m_showAfter = nullptr;  // change pairs: the after image instead of the before
    QLabel* m_statusCursor = nullptr;
    QTimer* m_frequencyRefresh = nullptr;
    QTabWidget* m_tabs = nullptr;
    QStackedWidget* m_central = nullptr;  // the welcome page, then the tabs
    WelcomePage* m_welcome = nullptr;
    UserGuideWindow* m_guide = nullptr;
    TrainingPanel* m_trainingPanel = nullptr;
    TrainingCharts* m_charts = nullptr;
    EpochDetails* m_details = nullptr;
    RunsView* m_runs = nullptr;
    TrainingController* m_training = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    ClassFrequencyChart* m_frequencies = nullptr;
    QAction* m_editClasses = nullptr;
    QAction* m_saveProject = nullptr;
    QAction* m_startAction = nullptr;
    QAction* m_pauseAction = nullptr;
    QAction* m_stopAction = nullptr;
    QList<QAction*> m_projectSwitchActions;  // new, open, recent, demo
    QList<QAction*> m_projectActions;        // need an open project
    QLabel* m_statusSpeed = nullptr;
    QLabel* m_statusEta = nullptr;
};

}  // namespace seg::ui
