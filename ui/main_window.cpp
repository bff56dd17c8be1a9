#include "ui/main_window.h"

#include <utility>

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoView>
#include <QVBoxLayout>

#include "core/common/error.h"
#include "core/common/paths.h"
#include "core/infer/model_comparison.h"
#include "core/project/project.h"
#include "core/runtime/runtime_report.h"
#include "ui/annotate/annotator.h"
#include "ui/annotate/class_palette.h"
#include "ui/annotate/live_mode.h"
#include "ui/annotate/mask_canvas.h"
#include "ui/annotate/mask_document.h"
#include "ui/annotate/model_assist.h"
#include "ui/charts/class_frequency_chart.h"
#include "ui/charts/epoch_details.h"
#include "ui/charts/training_charts.h"
#include "ui/compare/compare_view.h"
#include "ui/compare/model_export_job.h"
#include "ui/dataset_list_model.h"
#include "ui/help/user_guide.h"
#include "ui/mask_image.h"
#include "ui/sample_filter.h"
#include "ui/text/error_text.h"
#include "ui/text/runtime_text.h"
#include "ui/text/translations.h"
#include "ui/training/runs_view.h"
#include "ui/training/training_controller.h"
#include "ui/training/training_panel.h"
#include "ui/training/training_runner.h"
#include "ui/welcome_page.h"
#include "ui/widgets/narrow_combo.h"

namespace seg::ui {

namespace {

// Raised when the toolbars or docks are rearranged: a layout saved by an older version is then
// not restored over the new one (version 1: the main toolbar got a row of its own).
constexpr int kWindowStateVersion = 1;

// The recipe that trains the demo's U-Net to mIoU 0.9 (README): a good start for any data.
core::TrainConfig recommendedConfig() {
    core::TrainConfig c;
    c.loss.type = "ce_dice";
    c.optimizer.learningRate = 3e-3;
    c.schedule.type = "cosine";
    c.schedule.warmupIterations = 50;
    c.epochs = 40;
    return c;
}

}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setWindowTitle(tr("SegStudio"));
    m_model = new DatasetListModel(this);
    m_view = new MaskCanvas(this);
    m_view->setObjectName(QStringLiteral("canvas"));
    m_view->setMessage(
        tr("Open a project (File > Open Project) or the demo (File > Open Demo Project)."));
    m_charts = new TrainingCharts(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_view, tr("Images"));
    m_tabs->addTab(m_charts, tr("Training", "the tab with the training charts"));
    m_compare = new CompareView(this);
    m_compare->setObjectName(QStringLiteral("compareView"));
    m_tabs->addTab(m_compare, tr("Compare", "the tab comparing models' predictions"));
    connect(m_compare, &CompareView::problem, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    connect(m_compare, &CompareView::imageRequested, this, [this](const QString& id) {
        selectSample(id);
        if (m_list->currentIndex().data(DatasetListModel::IdRole).toString() == id)
            showSample(m_list->currentIndex());
        else
            statusBar()->showMessage(tr("%1 is hidden by the Images list's filter").arg(id), 8000);
    });
    connect(m_compare, &CompareView::fixLabelRequested, this, &MainWindow::fixLabel);
    m_export = new ModelExportJob(this);
    connect(m_export, &ModelExportJob::finished, this, [this](bool ok, const QString& message) {
        if (ok)
            statusBar()->showMessage(message, 15000);
        else
            showProblem(tr("Cannot export the model"), message);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_central->currentWidget() != m_tabs) return;  // a tab chosen behind the welcome
        makeRoom(currentRoom());
        if (m_tabs->currentWidget() != m_compare) return;
        m_compare->refreshModelList();  // runs may have finished since
        updateCompareImage();
    });
    m_welcome = new WelcomePage(this);
    connect(m_welcome, &WelcomePage::openDemoRequested, this, &MainWindow::openDemoProject);
    connect(m_welcome, &WelcomePage::newFromImagesRequested, this,
            &MainWindow::showNewImageFolderDialog);
    connect(m_welcome, &WelcomePage::newFromDatasetRequested, this,
            &MainWindow::showNewProjectDialog);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::showOpenDialog);
    connect(m_welcome, &WelcomePage::openRecentRequested, this,
            [this](const QString& folder) { openProject(folder); });
    connect(m_welcome, &WelcomePage::guideRequested, this, &MainWindow::showUserGuide);
    m_central = new QStackedWidget(this);
    m_central->addWidget(m_welcome);
    m_central->addWidget(m_tabs);
    setCentralWidget(m_central);
    m_statusSample = new QLabel(this);
    m_statusSpeed = new QLabel(this);
    m_statusSpeed->setObjectName(QStringLiteral("statusSpeed"));
    m_statusEta = new QLabel(this);
    m_statusEta->setObjectName(QStringLiteral("statusEta"));
    statusBar()->addPermanentWidget(m_statusSpeed);
    statusBar()->addPermanentWidget(m_statusEta);
    statusBar()->addPermanentWidget(m_statusSample);
    m_statusCursor = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusCursor);
    // The bottom dock (Per-Class Results) spans the centre only: the side docks keep their
    // full height, so the Images list is never squeezed to a row.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    createDocks();
    createPaintingViews();
    createTrainingViews();
    createActions();
    updateActions();
    resize(1280, 800);
    // First start: the Images list gets most of the left column's height. A layout the
    // user made is restored over this.
    const auto left = [this](const char* name) {
        return findChild<QDockWidget*>(QLatin1String(name));
    };
    resizeDocks({left("imagesDock"), left("frequencyDock"), left("paletteDock")}, {300, 160, 220},
                Qt::Vertical);
    resizeDocks({left("imagesDock")}, {260}, Qt::Horizontal);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray(), kWindowStateVersion);
    makeRoom(CentralRoom::Welcome);  // until a project opens
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks() {
    auto* dock = new QDockWidget(tr("Images"), this);
    dock->setObjectName(QStringLiteral("imagesDock"));
    auto* panel = new QWidget(dock);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* choices = new QHBoxLayout;
    m_filterBox = new QComboBox(panel);
    m_filterBox->addItems({tr("All images"), tr("Training", "the training split"), tr("Validation"),
                           tr("Unlabelled"), tr("Labelled")});
    choices->addWidget(m_filterBox);
    m_orderBox = new QComboBox(panel);
    m_orderBox->setObjectName(QStringLiteral("imageOrder"));
    m_orderBox->addItems({tr("Project order"), tr("Most uncertain first")});
    m_orderBox->setToolTip(
        tr("Most uncertain first: the images a model is least sure about, to label next. "
           "Scores come from Project > Rank Unlabelled Images by Uncertainty, and from live "
           "mode as it learns."));
    choices->addWidget(m_orderBox);
    makeNarrow(m_filterBox, 8);
    makeNarrow(m_orderBox, 8);
    layout->addLayout(choices);
    m_filter = new SampleFilter(this);
    m_filter->setSourceModel(m_model);
    m_list = new QListView(panel);
    m_list->setModel(m_filter);
    m_list->setIconSize({DatasetListModel::kThumbnailSize, DatasetListModel::kThumbnailSize});
    m_list->setUniformItemSizes(true);
    m_list->setSpacing(2);
    layout->addWidget(m_list);
    dock->setWidget(panel);
    addDockWidget(Qt::LeftDockWidgetArea, dock);

    m_frequencies = new ClassFrequencyChart(this);
    addDock(tr("Class Frequencies"), QStringLiteral("frequencyDock"), m_frequencies,
            Qt::LeftDockWidgetArea);

    connect(m_filterBox, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);
    connect(m_orderBox, &QComboBox::currentIndexChanged, m_filter, &SampleFilter::setOrder);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { showSample(current); });
}

void MainWindow::createTrainingViews() {
    m_trainingPanel = new TrainingPanel(this);
    m_trainingPanel->setConfig(recommendedConfig());
    addDock(tr("Training Settings"), QStringLiteral("trainingDock"), m_trainingPanel,
            Qt::RightDockWidgetArea);

    m_runs = new RunsView(this);
    addDock(tr("Runs"), QStringLiteral("runsDock"), m_runs, Qt::RightDockWidgetArea);

    m_details = new EpochDetails(this);
    QDockWidget* detailsDock = addDock(tr("Per-Class Results"), QStringLiteral("detailsDock"),
                                       m_details, Qt::BottomDockWidgetArea);
    detailsDock->hide();  // shown when the first epoch is evaluated, or a run is shown

    m_training = new TrainingController(
        this, {m_trainingPanel, m_charts, m_details, m_runs, m_statusSpeed, m_statusEta});
    connect(m_training, &TrainingController::message, this,
            [this](const QString& text, bool problem) {
                if (problem)
                    showProblem(tr("Training", "title of a message about a training run"), text);
                else
                    statusBar()->showMessage(text, 10000);
            });
    // Anything that puts curves on the charts shows them.
    connect(m_runs, &RunsView::showRequested, this, [this, detailsDock] {
        m_tabs->setCurrentWidget(m_charts);
        detailsDock->show();
    });
    connect(m_runs, &RunsView::comparisonChanged, this,
            [this] { m_tabs->setCurrentWidget(m_charts); });
    for (auto started : {&TrainingController::runStarted, &TrainingController::followStarted})
        connect(m_training, started, this, [this] { m_tabs->setCurrentWidget(m_charts); });
    connect(m_training->runner(), &TrainingRunner::epoch, detailsDock, [detailsDock] {
        // Shown once, with the first results; a user who closes it keeps it closed.
        if (!detailsDock->property("autoShown").toBool()) {
            detailsDock->setProperty("autoShown", true);
            detailsDock->show();
        }
    });
}

QDockWidget* MainWindow::addDock(const QString& title, const QString& objectName, QWidget* content,
                                 Qt::DockWidgetArea area) {
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);  // saveState() remembers docks by name
    dock->setWidget(content);
    addDockWidget(area, dock);
    return dock;
}

bool MainWindow::openProject(const QString& path) {
    if (m_training->isRunning()) {
        showProblem(tr("Cannot open project"),
                    tr("A model is training on the open project. Stop it first."));
        return false;
    }
    QString recoveredText;
    try {
        auto project = std::make_unique<core::Project>(
            core::loadProject(core::pathFromUtf8(path.toStdString())));
        core::Dataset dataset = core::openProjectDataset(*project);
        // Saves the open mask into the project it belongs to; its edits stay if it cannot.
        if (!m_annotator->closeSample()) return false;
        recoveredText = recoverUnsavedEdits(*project, dataset);
        m_project = std::move(project);
        m_model->setDataset(std::move(dataset));
    } catch (const core::Error& e) {
        showProblem(tr("Cannot open project"), ErrorText::describe(e));
        return false;
    }
    const QString folder = toQPath(m_project->folder);
    m_training->setProject(m_project.get(), &m_model->dataset());
    m_live->setProject(m_project.get(), &m_model->dataset());
    m_compare->setProject(m_project->classes, &m_model->dataset(), m_project->runsRoot());
    m_frequencies->count(m_model->dataset());
    updateActions();
    core::TrainConfig config = m_trainingPanel->config();
    config.model.numClasses = m_project->classes.size();
    m_trainingPanel->setConfig(config);
    addRecentProject(folder);
    m_central->setCurrentWidget(m_tabs);
    makeRoom(currentRoom());
    setWindowTitle(tr("%1 - SegStudio").arg(toQString(m_project->name)));
    const auto& problems = m_model->dataset().problems;
    const QString opened =
        problems.empty()
            ? tr("Opened %1: %n images", nullptr, m_model->rowCount()).arg(folder)
            : tr("Opened %1: %n images, %2 problems found", nullptr, m_model->rowCount())
                  .arg(folder)
                  .arg(problems.size());
    if (recoveredText.isEmpty())
        statusBar()->showMessage(opened);
    else
        showNotice(tr("Recovered unsaved edits"), recoveredText);
    if (m_filter->rowCount() > 0)
        m_list->setCurrentIndex(m_filter->index(0, 0));
    else
        m_view->setMessage(tr("This project has no images in the chosen filter."));
    Q_EMIT projectOpened(folder);
    return true;
}

void MainWindow::createPaintingViews() {
    m_palette = new ClassPalette(this);
    QDockWidget* paletteDock =
        addDock(tr("Classes"), QStringLiteral("paletteDock"), m_palette, Qt::LeftDockWidgetArea);
    m_history = new QUndoView(this);
    QDockWidget* historyDock =
        addDock(tr("History"), QStringLiteral("historyDock"), m_history, Qt::LeftDockWidgetArea);
    tabifyDockWidget(paletteDock, historyDock);
    paletteDock->raise();

    m_annotator = new Annotator(m_view, m_palette, m_history, this);
    m_frequencyRefresh = new QTimer(this);
    m_frequencyRefresh->setSingleShot(true);
    m_frequencyRefresh->setInterval(5000);
    connect(m_frequencyRefresh, &QTimer::timeout, this, [this] {
        if (m_project) m_frequencies->count(m_model->dataset());
    });
    // Counting reads every mask: one that holds no label makes its image unlabelled.
    connect(m_frequencies, &ClassFrequencyChart::counted, this, [this] {
        m_model->markUnlabelled(m_frequencies->unlabelledIds());
        updateSampleStatus();
    });
    addToolBar(Qt::LeftToolBarArea, m_annotator->toolsBar());
    addToolBar(Qt::TopToolBarArea, m_annotator->toolBar());
    m_live = new LiveMode(m_annotator, m_view, this);
    // The toggle on the painting toolbar, the rest in the Live menu, its progress in the
    // status bar (the toolbar fits a 1280-pixel window as it is).
    m_annotator->toolBar()->addSeparator();
    m_annotator->toolBar()->addAction(m_live->toggleAction());
    statusBar()->addPermanentWidget(m_live->statusLabel());
    connect(m_live, &LiveMode::message, this, [this](const QString& text, bool problem) {
        if (problem)
            showProblem(tr("Live Learning"), text);
        else
            statusBar()->showMessage(text, 6000);
    });
    connect(m_live, &LiveMode::runKept, this, [this] { m_runs->refresh(); });
    connect(m_live, &LiveMode::rankingStarted, m_model, &DatasetListModel::clearUncertainty);
    connect(m_live, &LiveMode::imageScored, this, [this](const QString& id, double entropy) {
        const int row = m_model->rowOf(id);
        if (row >= 0 && !m_model->isLabelled(row)) m_model->setUncertainty(id, entropy);
    });
    connect(m_annotator, &Annotator::message, this, [this](const QString& text, bool problem) {
        if (problem)
            showProblem(tr("Mask"), text);
        else
            statusBar()->showMessage(text, 4000);
    });
    connect(m_annotator, &Annotator::sampleOpening, this,
            [this](const QString& id) { statusBar()->showMessage(tr("Opening %1...").arg(id)); });
    connect(m_annotator, &Annotator::sampleOpened, this, [this] {
        statusBar()->clearMessage();
        sampleShown();
    });
    connect(m_annotator, &Annotator::sampleNotOpened, this,
            [this](const QString& id, const QString& error) {
                statusBar()->clearMessage();
                sampleNotShown(id, error);
            });
    connect(m_annotator, &Annotator::saved, this,
            [this](const QString& id, const std::filesystem::path& file, bool labelled) {
                const auto& samples = m_model->dataset().samples;
                for (size_t i = 0; i < samples.size(); ++i)
                    if (samples[i].id == id.toStdString())
                        m_model->setSampleMask(int(i), file, labelled);
                updateSampleStatus();
                // Recounted once the user pauses: every save would be too often.
                m_frequencyRefresh->start();
            });
    connect(m_annotator->modelAssist(), &ModelAssist::ranked, this,
            [this](const std::vector<core::UncertaintyScore>& scores) {
                // One model's scores at a time: another's are on a scale of their own.
                m_model->clearUncertainty();
                for (const auto& s : scores)
                    m_model->setUncertainty(toQString(m_model->dataset().samples[s.sample].id),
                                            s.entropy);
                const QString model = m_annotator->modelAssist()->modelName();
                if (scores.empty()) {
                    statusBar()->showMessage(
                        tr("%1 found no unlabelled image it could score.").arg(model), 8000);
                    return;
                }
                m_orderBox->setCurrentIndex(SampleFilter::MostUncertainFirst);
                statusBar()->showMessage(
                    tr("%1 ranked %n unlabelled images; the most uncertain (mean entropy %2) "
                       "opens now, Ctrl+U for the next.",
                       nullptr, int(scores.size()))
                        .arg(model)
                        .arg(scores.front().entropy, 0, 'f', 3),
                    8000);
                nextUncertainImage(true);
            });
    connect(m_view, &MaskCanvas::hovered, this, [this](QPoint pixel, int cls) {
        if (cls < 0 || !m_project) {
            m_statusCursor->clear();
            return;
        }
        const QString name = cls < m_project->classes.size()
                                 ? toQString(m_project->classes.at(cls).name)
                                 : tr("unlabelled");
        m_statusCursor->setText(tr("x %1  y %2  %3").arg(pixel.x()).arg(pixel.y()).arg(name));
    });
}

void MainWindow::applyOpacity(int percent) {
    m_annotator->document()->setOpacity(percent / 100.0);
}

void MainWindow::showAbout() {
    QStringList facts;
    for (const QString& line : RuntimeText::lines(core::runtimeReport()))
        facts << line.toHtmlEscaped();
    auto* box = new QMessageBox(
        QMessageBox::Information, tr("About SegStudio"),
        tr("<h3>SegStudio %1</h3>"
           "<p>A workbench for semantic segmentation: paint masks, train models, compare them.</p>")
                .arg(QStringLiteral(SEGSTUDIO_VERSION)) +
            QStringLiteral("<p>") + facts.join(QStringLiteral("<br>")) + QStringLiteral("</p>"),
        QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);  // to paste into a bug report
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

MainWindow::CentralRoom MainWindow::currentRoom() const {
    if (m_central->currentWidget() == m_welcome) return CentralRoom::Welcome;
    return m_tabs->currentWidget() == m_compare ? CentralRoom::Compare : CentralRoom::Painting;
}

void MainWindow::showUserGuide() {
    const QString file = userGuideFile(preferredLocale());
    if (file.isEmpty()) {
        showProblem(tr("User Guide"),
                    tr("The user guide is not installed. It was looked for in:\n%1")
                        .arg(userGuideFolders().join(QLatin1Char('\n'))));
        return;
    }
    if (!m_guide) m_guide = new UserGuideWindow(file, this);
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

namespace {

void openMessageBox(QMessageBox::Icon icon, const QString& title, const QString& text,
                    QWidget* parent) {
    // Window-modal and non-blocking: the event loop (and any running work) goes on.
    auto* box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setObjectName(icon == QMessageBox::Warning ? QStringLiteral("problemBox")
                                                    : QStringLiteral("noticeBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

}  // namespace

void MainWindow::showProblem(const QString& title, const QString& text) {
    openMessageBox(QMessageBox::Warning, title, text, this);
}

void MainWindow::showNotice(const QString& title, const QString& text) {
    statusBar()->showMessage(title, 15000);
    openMessageBox(QMessageBox::Information, title, text, this);
}

void MainWindow::exportCharts(bool csv) {
    const QString path = QFileDialog::getSaveFileName(
        this, csv ? tr("Export Chart Data") : tr("Export Charts"), QString(),
        csv ? tr("CSV files (*.csv)")
            : tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (path.isEmpty()) return;
    const bool ok = csv ? m_charts->exportCsv(path) : m_charts->exportImage(path);
    if (ok)
        statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
    else
        showProblem(tr("Export failed"), tr("%1 could not be written.").arg(path));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    // Asked for by Language > Restart Now, for this close only: a close the user declines
    // below must not restart the program at a later quit.
    const bool restart = std::exchange(m_restartOnClose, false);
    if (m_training->isRunning()) {
        const auto answer = QMessageBox::question(
            this, tr("Training is running"),
            tr("Stop training and quit? The run keeps its last checkpoint and can be resumed."));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_training->stopAndWait();
    }
    if (!m_annotator->canLeaveSample()) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved edits"),
            tr("The edits of %1 cannot be saved (see the message before). Quit and lose them?")
                .arg(m_annotator->sampleId()));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    m_annotator->finishSaves();  // the masks handed to the saver are written before quitting
    makeRoom(CentralRoom::Painting);  // the layout saved is the painting one
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState(kWindowStateVersion));
    event->accept();
    if (restart)
        QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                QCoreApplication::arguments().mid(1));
}

}  // namespace seg::ui
