// MainWindow's menus, toolbar and shortcuts, and the one place that enables them from the
// application's state.

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSlider>
#include <QStyle>
#include <QToolBar>

#include "ui/annotate/annotator.h"
#include "ui/annotate/live_mode.h"
#include "ui/annotate/mask_canvas.h"
#include "ui/annotate/model_assist.h"
#include "ui/charts/training_charts.h"
#include "ui/main_window.h"

#include "ui/compare/batch_prediction_dialog.h"
#include "ui/compare/compare_view.h"
#include "ui/text/translations.h"
#include "ui/training/runs_view.h"
#include "ui/training/training_controller.h"
#include "ui/training/training_panel.h"

namespace seg::ui {

void MainWindow::createLanguageMenu(QMenu& menu) {
    menu.menuAction()->setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(this);
    QList<Language> choices{{QString(), tr("System Default")}};
    choices += availableLanguages();
    const QString chosen = chosenLanguage();
    for (const Language& language : choices) {
        QAction* action = menu.addAction(language.name);
        action->setCheckable(true);
        action->setChecked(language.code == chosen);
        action->setData(language.code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = language.code] {
            if (code == chosenLanguage()) return;
            chooseLanguage(code);
            // Every text is made once, at start: the language changes with the next start.
            auto* box = new QMessageBox(
                QMessageBox::Information, tr("Language"),
                tr("SegStudio speaks the language you chose from its next start. Restart now?"),
                QMessageBox::NoButton, this);
            box->setObjectName(QStringLiteral("languageBox"));
            QPushButton* restart = box->addButton(tr("Restart Now"), QMessageBox::AcceptRole);
            box->addButton(tr("Later"), QMessageBox::RejectRole);
            box->setAttribute(Qt::WA_DeleteOnClose);
            connect(restart, &QPushButton::clicked, this, [this] {
                m_restartOnClose = true;
                close();  // asks about running training and unsaved edits as quitting does
            });
            box->open();
        });
    }
}

void MainWindow::createActions() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* create = file->addAction(tr("&New Project from Dataset..."), this,
                                      &MainWindow::showNewProjectDialog);
    create->setShortcut(QKeySequence::New);
    QAction* createFromImages = file->addAction(tr("New Project from &Image Folder..."), this,
                                                &MainWindow::showNewImageFolderDialog);
    QAction* open = file->addAction(tr("&Open Project..."), this, &MainWindow::showOpenDialog);
    open->setShortcut(QKeySequence::Open);
    m_saveProject = file->addAction(tr("&Save Project"), this, &MainWindow::saveCurrentProject);
    m_saveProject->setShortcut(QKeySequence::Save);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    QAction* demo = file->addAction(tr("Open &Demo Project"), this, &MainWindow::openDemoProject);
    demo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_projectSwitchActions = {create, createFromImages, open, m_recentMenu->menuAction(), demo};
    file->addSeparator();
    QAction* follow = file->addAction(tr("&Follow a Run Folder..."), this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(
            this, tr("Choose a Run Folder to Follow (one with metrics.csv)"));
        if (!folder.isEmpty()) m_training->followFolder(core::pathFromUtf8(folder.toStdString()));
    });
    follow->setToolTip(
        tr("Show the curves of a run that another process or machine is training, and follow "
           "them as it writes: a run folder on a shared or synced disk. Read-only."));
    file->addAction(tr("Export Charts as &Image..."), this, [this] { exportCharts(false); });
    file->addAction(tr("Export Charts as &CSV..."), this, [this] { exportCharts(true); });
    QAction* exportModel =
        file->addAction(tr("Export &Model for PyTorch..."), this, &MainWindow::exportModel);
    exportModel->setToolTip(
        tr("Write a trained model as a TorchScript file that PyTorch loads "
           "with torch.jit.load"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    for (QAction* action : m_annotator->editActions()) {
        if (action)
            edit->addAction(action);
        else
            edit->addSeparator();
    }

    QMenu* live = menuBar()->addMenu(tr("&Live"));
    for (QAction* action : m_live->actions()) {
        if (action)
            live->addAction(action);
        else
            live->addSeparator();
    }
    live->addAction(m_annotator->toolAction(static_cast<int>(MaskCanvas::Tool::AcceptPrediction)));

    QMenu* project = menuBar()->addMenu(tr("&Project"));
    m_editClasses = project->addAction(tr("Edit &Classes..."), this, &MainWindow::editClasses);
    m_editClasses->setObjectName(QStringLiteral("editClassesAction"));
    m_editClasses->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    project->addSeparator();
    QAction* chooseModel = project->addAction(tr("Choose &Model for Assistance..."), this, [this] {
        if (m_project) m_annotator->modelAssist()->chooseCheckpoint(m_project->runsRoot());
    });
    QAction* rank = project->addAction(tr("&Rank Unlabelled Images by Uncertainty"), this,
                                       &MainWindow::rankByUncertainty);
    rank->setObjectName(QStringLiteral("rankAction"));
    rank->setToolTip(
        tr("The trained model scores each unlabelled image; label the most "
           "uncertain first"));
    QAction* nextUncertain = project->addAction(tr("Next Most &Uncertain Image"), this,
                                                [this] { nextUncertainImage(); });
    nextUncertain->setObjectName(QStringLiteral("nextUncertainAction"));
    nextUncertain->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    QAction* batch = project->addAction(tr("&Batch Prediction..."), this, [this] {
        if (!m_project) return;
        auto* dialog = new BatchPredictionDialog(m_project->runsRoot(), m_project->folder,
                                                 m_project->classes, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    batch->setToolTip(tr("Predict a folder of images into masks with a trained model"));
    m_projectActions = {m_saveProject, chooseModel, rank, nextUncertain, batch, exportModel};

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_showMask = view->addAction(tr("Show &Mask"));
    m_showMask->setCheckable(true);
    m_showMask->setChecked(true);
    m_showMask->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_outlineOnly = view->addAction(tr("Mask &Outlines Only"));
    m_outlineOnly->setCheckable(true);
    m_outlineOnly->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    auto applyOverlay = [this] {
        m_view->setOverlay(!m_showMask->isChecked()     ? MaskCanvas::Overlay::Hidden
                           : m_outlineOnly->isChecked() ? MaskCanvas::Overlay::Outline
                                                        : MaskCanvas::Overlay::Filled);
    };
    connect(m_showMask, &QAction::toggled, this, applyOverlay);
    connect(m_outlineOnly, &QAction::toggled, this, applyOverlay);
    m_showAfter = view->addAction(tr("Show &After Image"));
    m_showAfter->setObjectName(QStringLiteral("showAfterImage"));
    m_showAfter->setCheckable(true);
    m_showAfter->setEnabled(false);  // until a change pair is open
    // One key, as a blink comparison: flip between the two dates to see what changed.
    m_showAfter->setShortcut(QKeySequence(Qt::Key_A));
    m_showAfter->setToolTip(
        tr("Change pairs: show the after image instead of the before image (A flips between "
           "them); the mask stays the same"));
    connect(m_showAfter, &QAction::toggled, this, [this](bool shown) {
        m_annotator->document()->setShowsAfterImage(shown);
        updateSampleStatus();
    });
    QAction* fit = view->addAction(tr("Zoom to &Fit"), m_view, &MaskCanvas::zoomToFit);
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction* actual = view->addAction(tr("&Actual Pixels"), m_view, &MaskCanvas::zoomActualSize);
    actual->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_0));
    view->addSeparator();
    QAction* next = view->addAction(tr("&Next Image"), this, [this] { stepImage(1, false); });
    next->setShortcut(QKeySequence(Qt::Key_PageDown));
    QAction* previous =
        view->addAction(tr("&Previous Image"), this, [this] { stepImage(-1, false); });
    previous->setShortcut(QKeySequence(Qt::Key_PageUp));
    QAction* nextUnlabelled =
        view->addAction(tr("Next &Unlabelled Image"), this, [this] { stepImage(1, true); });
    nextUnlabelled->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));

    view->addSeparator();
    QAction* imagesTab =
        view->addAction(tr("&Images"), this, [this] { m_tabs->setCurrentWidget(m_view); });
    imagesTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction* chartsTab = view->addAction(tr("&Training Charts"), this,
                                         [this] { m_tabs->setCurrentWidget(m_charts); });
    chartsTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction* compareTab = view->addAction(tr("&Compare Models"), this,
                                          [this] { m_tabs->setCurrentWidget(m_compare); });
    compareTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    m_referenceAction = view->addAction(tr("Show Model &Prediction"));
    m_referenceAction->setObjectName(QStringLiteral("showReference"));
    m_referenceAction->setToolTip(
        tr("The model's prediction of this image as outlines over the "
           "painting (Fix Label in the Compare tab)"));
    m_referenceAction->setCheckable(true);
    m_referenceAction->setEnabled(false);
    m_referenceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_referenceAction, &QAction::toggled, m_view, &MaskCanvas::setReferenceVisible);
    view->addSeparator();
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    createLanguageMenu(*view->addMenu(tr("&Language")));

    QMenu* train = menuBar()->addMenu(tr("&Training"));
    m_startAction = train->addAction(style()->standardIcon(QStyle::SP_MediaPlay),
                                     tr("&Start Training"), m_training, &TrainingController::start);
    m_startAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_startAction->setObjectName(QStringLiteral("startTrainingAction"));
    m_pauseAction = train->addAction(
        style()->standardIcon(QStyle::SP_MediaPause), tr("&Pause Training"), this, [this] {
            m_training->setPaused(m_training->state() == TrainingController::State::Running);
        });
    m_pauseAction->setShortcut(QKeySequence(Qt::Key_F6));
    m_pauseAction->setObjectName(QStringLiteral("pauseTrainingAction"));
    m_stopAction = train->addAction(style()->standardIcon(QStyle::SP_MediaStop),
                                    tr("S&top Training"), m_training, &TrainingController::stop);
    m_stopAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    m_stopAction->setObjectName(QStringLiteral("stopTrainingAction"));
    connect(m_training, &TrainingController::stateChanged, this, &MainWindow::updateActions);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("&User Guide"), this, &MainWindow::showUserGuide);
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About SegStudio"), this, &MainWindow::showAbout);

    // A row of its own above the painting options, so that nothing of either hides in an
    // overflow menu at 1280 pixels.
    auto* bar = new QToolBar(tr("Main"), this);
    bar->setObjectName(QStringLiteral("mainToolBar"));
    insertToolBar(m_annotator->toolBar(), bar);
    insertToolBarBreak(m_annotator->toolBar());
    bar->addAction(open);
    bar->addAction(demo);
    bar->addSeparator();
    bar->addAction(m_startAction);
    bar->addAction(m_pauseAction);
    bar->addAction(m_stopAction);
    bar->addSeparator();
    bar->addAction(m_showMask);
    bar->addWidget(new QLabel(tr("Mask opacity "), bar));
    m_opacity = new QSlider(Qt::Horizontal, bar);
    m_opacity->setRange(0, 100);
    m_opacity->setValue(55);
    m_opacity->setMaximumWidth(160);
    m_opacity->setToolTip(tr("Opacity of the mask over the image"));
    bar->addWidget(m_opacity);
    connect(m_opacity, &QSlider::valueChanged, this, &MainWindow::applyOpacity);
}

void MainWindow::updateActions() {
    using State = TrainingController::State;
    const State state = m_training->state();
    const bool project = m_project != nullptr;
    const bool idle = state == State::Idle;
    const bool active = state == State::Running || state == State::Paused;
    m_startAction->setEnabled(project && idle);
    m_pauseAction->setEnabled(active);
    m_pauseAction->setText(state == State::Paused ? tr("&Resume Training") : tr("&Pause Training"));
    m_pauseAction->setIcon(style()->standardIcon(state == State::Paused ? QStyle::SP_MediaPlay
                                                                        : QStyle::SP_MediaPause));
    m_stopAction->setEnabled(active);
    m_trainingPanel->setState(state, project);
    m_runs->setTrainingActive(!idle);
    // A project cannot change under a running model, nor its classes.
    for (QAction* action : m_projectSwitchActions) action->setEnabled(idle);
    m_editClasses->setEnabled(project && idle);
    for (QAction* action : m_projectActions) action->setEnabled(project);
}

}  // namespace seg::ui
