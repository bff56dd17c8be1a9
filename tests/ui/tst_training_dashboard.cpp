#include <QAction>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include "core/project/project.h"
#include "core/project/run_store.h"
#include "support/gui_helpers.h"
#include "support/test_files.h"
#include "support/tiny_training.h"
#include "ui/charts/epoch_details.h"
#include "ui/charts/qcustomplot.h"
#include "ui/charts/training_charts.h"
#include "ui/dataset_list_model.h"
#include "ui/main_window.h"
#include "ui/training/runs_view.h"
#include "ui/training/training_controller.h"
#include "ui/training/training_panel.h"
#include "ui/training/training_runner.h"

using namespace seg;
namespace fs = std::filesystem;

// Drives the real window through a training run on a tiny project: start, watch chart
// points arrive, pause, stop, export, reopen the project and find the run, resume it.
class TestTrainingDashboard : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;

    static void useTinySettings(ui::MainWindow& w, int epochs) {
        core::TrainConfig config = test::tinyConfig(epochs);
        config.model.numClasses = 5;
        w.trainingPanel()->setConfig(config);
    }

    // The project's one stopped run (planned for 40 epochs, 1 done), trained here through
    // core when no earlier test left one, so that each test function passes run alone.
    void ensureStoppedRun() {
        const core::Project project = core::loadProject(test::toPath(m_project));
        if (!core::listRuns(project.runsRoot()).empty()) return;
        core::TrainConfig config = test::tinyConfig(40);
        config.model.numClasses = 5;
        core::TrainControl control;
        test::RecordingObserver observer(&control, 8);  // an epoch is 6 iterations
        const core::TrainRequest request{
            config, core::openProjectDataset(project),
            project.runsRoot() / core::newRunId(project.runsRoot(), config), std::nullopt};
        const core::TrainOutcome outcome = core::runTraining(request, observer, control);
        QCOMPARE(outcome.status, core::TrainStatus::Stopped);
    }

    static int lineCount(const QString& path) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) return -1;
        return f.readAll().count('\n');
    }

private Q_SLOTS:
    void initTestCase() {
        qputenv("SEGSTUDIO_DATA_DIR", m_dir.path().toUtf8());
        m_project = m_dir.filePath(QStringLiteral("tiny"));
        QVERIFY(test::createTinyDemoProject(test::toPath(m_project)));
    }

    void trainsLiveThenStops() {
        ui::MainWindow w;
        w.resize(1280, 800);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        // One place decides the actions: with no project there is nothing to start or stop.
        auto* start = w.findChild<QAction*>(QStringLiteral("startTrainingAction"));
        auto* pause = w.findChild<QAction*>(QStringLiteral("pauseTrainingAction"));
        auto* stop = w.findChild<QAction*>(QStringLiteral("stopTrainingAction"));
        QVERIFY(start && pause && stop);
        QVERIFY(!start->isEnabled() && !pause->isEnabled() && !stop->isEnabled());
        QVERIFY(w.openProject(m_project));
        QVERIFY(start->isEnabled() && !pause->isEnabled() && !stop->isEnabled());
        useTinySettings(w, 40);  // more than the test waits for: it stops the run
        auto* panel = w.trainingPanel();
        auto* runner = w.training()->runner();
        QSignalSpy ended(runner, &ui::TrainingRunner::ended);
        QVERIFY(panel->startButton()->isEnabled());
        QTest::keyClick(&w, Qt::Key_F5);  // the shortcut works without opening the menu
        QVERIFY(w.training()->isRunning());
        QVERIFY(!panel->startButton()->isEnabled());
        QVERIFY(!start->isEnabled() && pause->isEnabled() && stop->isEnabled());

        // Chart points arrive while the event loop runs; an epoch fills the class table.
        QTRY_VERIFY_WITH_TIMEOUT(w.trainingCharts()->pointCount() >= 3, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!w.trainingCharts()->mainRun().epoch.isEmpty(), 60000);
        QCOMPARE(w.epochDetails()->table()->rowCount(), 5);

        QVERIFY(w.centralTabs()->currentWidget() == w.trainingCharts());
        QVERIFY(!w.findChild<QLabel*>(QStringLiteral("statusSpeed"))->text().isEmpty());
        test::screenshot(w, "training_live.png");

        // The run is listed while it trains, and its row keeps up with the epochs.
        QTRY_COMPARE_WITH_TIMEOUT(w.runsView()->runs().size(), size_t(1), 10000);
        const size_t listed = w.runsView()->runs()[0].epochs.size();
        QTRY_VERIFY_WITH_TIMEOUT(w.trainingCharts()->mainRun().epoch.size() >= listed + 2, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(w.runsView()->runs()[0].epochs.size() >= listed + 2, 5000);
        QVERIFY(w.training()->isRunning());  // kept up with, not read again at the end

        // Pause (F6) holds the run and says so; no speed or time left while paused.
        QTest::keyClick(&w, Qt::Key_F6);
        QVERIFY(runner->isPaused());
        QCOMPARE(panel->pauseButton()->text(), QStringLiteral("Resume"));
        QTest::qWait(300);  // let an iteration in flight land
        auto* speed = w.findChild<QLabel*>(QStringLiteral("statusSpeed"));
        auto* eta = w.findChild<QLabel*>(QStringLiteral("statusEta"));
        QVERIFY(speed && eta);
        QCOMPARE(speed->text(), QStringLiteral("Paused"));
        QVERIFY(eta->text().isEmpty());
        QVERIFY(pause->isEnabled() && stop->isEnabled() && !start->isEnabled());
        const int frozen = w.trainingCharts()->pointCount();
        QTest::qWait(600);
        QCOMPARE(w.trainingCharts()->pointCount(), frozen);
        QCOMPARE(speed->text(), QStringLiteral("Paused"));
        test::screenshot(w, "training_paused.png");
        QTest::keyClick(&w, Qt::Key_F6);
        QVERIFY(!runner->isPaused());
        QTRY_VERIFY_WITH_TIMEOUT(w.trainingCharts()->pointCount() > frozen, 30000);

        QTest::keyClick(&w, Qt::Key_F5, Qt::ShiftModifier);
        QVERIFY(!stop->isEnabled() && !pause->isEnabled() && !start->isEnabled());  // stopping
        QVERIFY(ended.wait(30000));
        const auto outcome = ended.takeFirst().at(0).value<core::TrainOutcome>();
        QCOMPARE(outcome.status, core::TrainStatus::Stopped);
        QVERIFY(panel->startButton()->isEnabled());
        QVERIFY(start->isEnabled() && !pause->isEnabled() && !stop->isEnabled());
        QCOMPARE(w.runsView()->runs().size(), size_t(1));
        QVERIFY(w.runsView()->runs()[0].canResume());

        // Exports: three image formats and the data as CSV.
        for (const char* name : {"charts.png", "charts.svg", "charts.pdf"}) {
            const QString path = m_dir.filePath(QLatin1String(name));
            QVERIFY2(w.trainingCharts()->exportImage(path), name);
            QVERIFY(QFileInfo(path).size() > 1000);
        }
        QVERIFY(!QImage(m_dir.filePath(QStringLiteral("charts.png"))).isNull());
        QVERIFY(QFile(m_dir.filePath(QStringLiteral("charts.pdf"))).open(QIODevice::ReadOnly));
        const QString csv = m_dir.filePath(QStringLiteral("charts.csv"));
        QVERIFY(w.trainingCharts()->exportCsv(csv));
        const auto& run = w.trainingCharts()->mainRun();
        QCOMPARE(lineCount(csv), 1 + int(run.iteration.size() + run.epoch.size()));
    }

    void reopenedProjectShowsAndResumesTheRun() {
        ensureStoppedRun();
        ui::MainWindow w;
        w.show();
        QVERIFY(w.openProject(m_project));
        auto* runs = w.runsView();
        QCOMPARE(runs->runs().size(), size_t(1));
        const core::RunRecord recorded = runs->runs()[0];
        QVERIFY(!recorded.epochs.empty());
        QVERIFY(runs->tree()->topLevelItem(0)->text(1) != QStringLiteral("-"));
        // The run's name and its row say what it is, not only when it started.
        QVERIFY2(recorded.id.find("-unet-w8-ce-40ep") != std::string::npos, recorded.id.c_str());
        QVERIFY(
            runs->tree()->topLevelItem(0)->toolTip(1).contains(QStringLiteral("unet-w8, ce loss")));
        // Reopened, the project shows its latest run where it got to: curves, per-class
        // results and confusion matrix of the last evaluated epoch.
        QCOMPARE(w.trainingCharts()->pointCount(), int(recorded.iterations.size()));
        QCOMPARE(w.epochDetails()->table()->rowCount(), 5);
        QVERIFY(recorded.lastConfusion.has_value());
        QCOMPARE(recorded.lastConfusion->epoch, recorded.epochs.back().epoch);
        // Ticking the run on show for comparison does not draw it a second time.
        const int graphsAlone = w.trainingCharts()->graphCount();
        runs->tree()->topLevelItem(0)->setCheckState(0, Qt::Checked);
        QCOMPARE(w.trainingCharts()->graphCount(), graphsAlone);
        runs->tree()->topLevelItem(0)->setCheckState(0, Qt::Unchecked);

        // Show its curves again: every iteration recorded is drawn.
        runs->tree()->setCurrentItem(runs->tree()->topLevelItem(0));
        Q_EMIT runs->showRequested(*runs->currentRun());
        QCOMPARE(w.trainingCharts()->pointCount(), int(recorded.iterations.size()));

        // Resume it: it continues to the epochs it was started with.
        QSignalSpy ended(w.training()->runner(), &ui::TrainingRunner::ended);
        Q_EMIT runs->resumeRequested(*runs->currentRun());
        QVERIFY(w.training()->isRunning());
        // While it trains, no run can be resumed or shown in its place.
        QVERIFY(runs->currentRun() && runs->currentRun()->canResume());
        QVERIFY(!w.findChild<QPushButton*>(QStringLiteral("resumeRunButton"))->isEnabled());
        QVERIFY(ended.wait(60000));
        const auto outcome = ended.takeFirst().at(0).value<core::TrainOutcome>();
        QCOMPARE(outcome.status, core::TrainStatus::Finished);
        QCOMPARE(outcome.epochsCompleted, 40);
        QCOMPARE(runs->runs()[0].epochs.size(), size_t(40));
        // The curves continue: old points plus the new epoch's.
        QVERIFY(w.trainingCharts()->pointCount() > int(recorded.iterations.size()));
    }

    void aRunWithoutCheckpointCannotBeResumed() {
        ensureStoppedRun();
        ui::MainWindow w;
        w.show();
        QVERIFY(w.openProject(m_project));
        const core::RunRecord run = w.runsView()->runs().at(0);
        QVERIFY(QFile::remove(QString::fromStdString(run.lastCheckpoint.string())));
        w.runsView()->refresh();
        w.runsView()->tree()->setCurrentItem(w.runsView()->tree()->topLevelItem(0));
        QVERIFY(!w.findChild<QPushButton*>(QStringLiteral("resumeRunButton"))->isEnabled());
        w.training()->resume(*w.runsView()->currentRun());
        QVERIFY(!w.training()->isRunning());
        QMessageBox* box = test::visibleMessage(w);
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("last.pt")), qPrintable(box->text()));
    }

    void aFolderOfImagesBecomesAProjectToAnnotate() {
        ui::MainWindow w;
        w.show();
        QTemporaryDir folder;
        test::writeWithOpenCv(test::toPath(folder.path()) / "photo 1.jpg", test::image(40, 30));
        test::writeWithOpenCv(test::toPath(folder.path()) / "photo 2.png", test::image(40, 30));
        QVERIFY(w.createImageFolderProject(folder.path(), {"background", "object"}));
        QCOMPARE(w.datasetModel()->rowCount(), 2);
        QVERIFY(QFileInfo::exists(folder.filePath(QStringLiteral("project.json"))));
        // Nothing is labelled yet: training says so instead of starting.
        QSignalSpy ended(w.training()->runner(), &ui::TrainingRunner::ended);
        QTest::mouseClick(w.trainingPanel()->startButton(), Qt::LeftButton);
        QVERIFY(ended.wait(30000));
        const auto outcome = ended.takeFirst().at(0).value<core::TrainOutcome>();
        QCOMPARE(outcome.status, core::TrainStatus::Failed);
        QVERIFY2(outcome.message.find("labelled") != std::string::npos, outcome.message.c_str());
        QVERIFY(test::visibleMessage(w));
        test::visibleMessage(w)->close();
        // After a run has ended, F5 starts the next one.
        QVERIFY(w.findChild<QAction*>(QStringLiteral("startTrainingAction"))->isEnabled());
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(&w, Qt::Key_F5);
        QVERIFY(ended.wait(30000));
    }

    // Ticked in the training settings, adversarial training draws its two losses next to
    // the segmentation loss, in the legend and the exported CSV, and names the run.
    void adversarialTrainingDrawsBothLosses() {
        const QString project = m_dir.filePath(QStringLiteral("adversarial"));
        core::SyntheticShapesOptions options;
        options.count = 30;
        options.width = options.height = 32;
        QVERIFY(core::createDemoProject(test::toPath(project), options).has_value());
        ui::MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(w.openProject(project));
        useTinySettings(w, 40);
        auto* group = w.trainingPanel()->findChild<QGroupBox*>(QStringLiteral("adversarialGroup"));
        QVERIFY(group && group->isCheckable() && !group->isChecked());
        group->setChecked(true);
        QVERIFY(w.trainingPanel()->config().adversarial.enabled);
        const int graphsBefore = w.trainingCharts()->graphCount();
        QSignalSpy ended(w.training()->runner(), &ui::TrainingRunner::ended);
        QTest::mouseClick(w.trainingPanel()->startButton(), Qt::LeftButton);
        QVERIFY(w.training()->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(w.trainingCharts()->pointCount() >= 8, 60000);
        QVERIFY(w.trainingCharts()->mainRun().hasAdversarialLosses());
        QCOMPARE(w.trainingCharts()->graphCount(), graphsBefore + 2);
        QStringList names;
        for (int i = 0; i < w.trainingCharts()->lossPlot()->graphCount(); ++i)
            names << w.trainingCharts()->lossPlot()->graph(i)->name();
        QVERIFY2(names.contains(QStringLiteral("adversarial loss (smoothed)")) &&
                     names.contains(QStringLiteral("discriminator loss (smoothed)")),
                 qPrintable(names.join(QLatin1Char('|'))));
        test::screenshot(w, "training_adversarial.png");
        w.training()->stop();
        QVERIFY(ended.wait(30000));
        const QString csv = m_dir.filePath(QStringLiteral("adversarial.csv"));
        QVERIFY(w.trainingCharts()->exportCsv(csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QVERIFY(lines.at(0).endsWith("smoothed_adversarial_loss,smoothed_discriminator_loss"));
        QVERIFY2(!lines.at(5).endsWith(",,"), lines.at(5).constData());  // an iteration row
        QCOMPARE(w.runsView()->runs().size(), size_t(1));
        QVERIFY(w.runsView()->runs()[0].id.find("-adv-") != std::string::npos);
    }

    void aFolderThatIsNoDatasetIsRefused() {
        ensureStoppedRun();
        ui::MainWindow w;
        w.show();
        QVERIFY(w.openProject(m_project));
        QTemporaryDir empty;
        QVERIFY(!w.createProjectFromFolder(empty.path()));
        QVERIFY(test::visibleMessage(w));
        QVERIFY(!QFileInfo::exists(empty.filePath(QStringLiteral("project.json"))));
        QCOMPARE(w.runsView()->runs().size(), size_t(1));  // the open project stays
    }
};

QTEST_MAIN(TestTrainingDashboard)
#include "tst_training_dashboard.moc"
