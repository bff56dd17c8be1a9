// Runs the window does not train on its own thread: one another process writes, which the
// window follows from its folder, and a data-parallel run the training panel starts in
// processes of its own.

#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include "core/project/project.h"
#include "core/project/run_store.h"
#include "support/cli_runner.h"
#include "support/gui_helpers.h"
#include "support/test_files.h"
#include "support/tiny_training.h"
#include "ui/charts/training_charts.h"
#include "ui/main_window.h"
#include "ui/text/error_text.h"
#include "ui/training/process_training.h"
#include "ui/training/run_follower.h"
#include "ui/training/runs_view.h"
#include "ui/training/training_controller.h"
#include "ui/training/training_panel.h"

using namespace seg;
namespace fs = std::filesystem;

class TestRunFollowing : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;

    static int epochRows(const QString& runDir) {
        QFile file(runDir + QStringLiteral("/metrics.csv"));
        if (!file.open(QIODevice::ReadOnly)) return 0;
        return int(file.readAll().count("\nepoch,"));
    }

    // The CLI training the tiny project into `runDir` for 400 epochs (the tests stop it).
    void startCliRun(QProcess& process, const QString& runDir) {
        process.start(
            test::fromEnvironment("SEG_CLI_PATH"),
            {QStringLiteral("train"), QStringLiteral("--data"), m_project, QStringLiteral("--out"),
             runDir, QStringLiteral("--epochs"), QStringLiteral("400"), QStringLiteral("--batch"),
             QStringLiteral("4"), QStringLiteral("--width"), QStringLiteral("8"),
             QStringLiteral("--threads"), QStringLiteral("1")});
        QVERIFY(process.waitForStarted());
    }

    static QString chartStatus(ui::MainWindow& w) {
        return w.trainingCharts()->findChild<QLabel*>(QStringLiteral("chartStatus"))->text();
    }

    // The tiny model of the other training tests, for processes of one thread each.
    static void useTinySettings(ui::MainWindow& w, int epochs, int processes) {
        core::TrainConfig config = test::tinyConfig(epochs);
        w.trainingPanel()->setConfig(config);
        w.trainingPanel()->processesBox()->setValue(processes);
    }

    // The tiny project open in `w`, and Start pressed with Processes at 2.
    void startInTwoProcesses(ui::MainWindow& w, int epochs) {
        openWindow(w);
        QVERIFY(w.openProject(m_project));
        useTinySettings(w, epochs, 2);
        w.trainingPanel()->startButton()->click();
    }

    static void openWindow(ui::MainWindow& w) {
        w.resize(1280, 800);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        qputenv("SEGSTUDIO_DATA_DIR", m_dir.path().toUtf8());
        ui::ProcessTraining::setProgram(test::fromEnvironment("SEG_CLI_PATH"));
        m_project = m_dir.filePath(QStringLiteral("tiny"));
        QVERIFY(test::createTinyDemoProject(test::toPath(m_project)));
    }

    // A run the CLI trains in a process of its own, followed by a window with no project:
    // the curves grow as the run writes them, the status says how far it got and how long
    // ago it wrote, and the window writes nothing into the folder.
    void followsARunAnotherProcessWrites() {
        const QString runDir = m_dir.filePath(QStringLiteral("elsewhere/run"));
        QProcess other;
        startCliRun(other, runDir);
        QTRY_VERIFY_WITH_TIMEOUT(epochRows(runDir) >= 1, 60000);

        ui::MainWindow w;
        openWindow(w);
        QVERIFY(w.training()->followFolder(test::toPath(runDir)));
        ui::TrainingCharts* charts = w.trainingCharts();
        QVERIFY(w.centralTabs()->currentWidget() == charts);
        const int epochsAtStart = charts->mainRun().epoch.size();
        QVERIFY(epochsAtStart >= 1);
        QVERIFY(charts->pointCount() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(charts->mainRun().epoch.size() >= epochsAtStart + 2, 60000);
        QVERIFY2(chartStatus(w).contains(QStringLiteral("of 400 epochs, written")),
                 qPrintable(chartStatus(w)));
        // What the window drew is what the run wrote, row for row.
        const int shown = charts->mainRun().iteration.size();
        const core::RunRecord written = core::readRun(test::toPath(runDir));
        QVERIFY(int(written.iterations.size()) >= shown);
        for (int i = 0; i < shown; ++i)
            QCOMPARE(charts->mainRun().iteration[i],
                     double(written.iterations[size_t(i)].iteration));
        QTest::qWait(400);  // the charts redraw a few times a second
        test::screenshot(w, "following_a_run.png");

        other.terminate();  // SIGTERM: the run stops and writes last.pt
        QVERIFY(other.waitForFinished(30000));
        QVERIFY(QFile::exists(runDir + QStringLiteral("/checkpoints/last.pt")));
        w.training()->follower()->poll();
        QCOMPARE(charts->mainRun().epoch.size(), epochRows(runDir));
        QVERIFY(!w.training()->isRunning());  // followed, never trained here
    }

    // The CLI trains a run of the project while the window has it open: the window shows
    // the run live, keeps its row in the Runs list current, and offers no Resume until the
    // CLI has stopped (one writer a folder).
    void aProjectRunTheCliTrainsIsFollowedNotResumed() {
        const core::Project project = core::loadProject(test::toPath(m_project));
        const QString runDir = ui::toQPath(project.runsRoot() / "20261207-120000-cli-run");
        QProcess cli;
        startCliRun(cli, runDir);
        QTRY_VERIFY_WITH_TIMEOUT(epochRows(runDir) >= 1, 60000);

        ui::MainWindow w;
        openWindow(w);
        QVERIFY(w.openProject(m_project));
        ui::RunsView* runs = w.runsView();
        runs->selectRun("20261207-120000-cli-run");
        QVERIFY(runs->currentRun());
        auto* resume = runs->findChild<QPushButton*>(QStringLiteral("resumeRunButton"));
        QVERIFY(!resume->isEnabled());
        QVERIFY(resume->toolTip().contains(QStringLiteral("Another process")));
        runs->showRequested(*runs->currentRun());  // Show Curves
        const int listed = int(runs->currentRun()->epochs.size());
        QTRY_VERIFY_WITH_TIMEOUT(int(runs->currentRun()->epochs.size()) >= listed + 2, 60000);
        QCOMPARE(runs->currentRun()->id, std::string("20261207-120000-cli-run"));

        cli.terminate();
        QVERIFY(cli.waitForFinished(30000));
        QTRY_VERIFY_WITH_TIMEOUT(resume->isEnabled(), 5000);  // at the follower's next read
    }

    // A folder that is not a run's is refused with a message naming it, and the window keeps
    // what it showed.
    void refusesAFolderThatIsNotARun() {
        ui::MainWindow w;
        openWindow(w);
        QSignalSpy said(w.training(), &ui::TrainingController::message);
        QVERIFY(!w.training()->followFolder(test::toPath(m_project)));
        QCOMPARE(said.size(), 1);
        QVERIFY(said[0][0].toString().contains(m_project));
        QVERIFY(said[0][0].toString().contains(QStringLiteral("metrics.csv")));
        QVERIFY(said[0][1].toBool());
        if (auto* box = test::visibleMessage(w)) box->close();
        QVERIFY(!w.training()->follower()->isFollowing());
    }

    // Processes: 2 in the training panel runs `segstudio-cli train --nproc 2` on the project;
    // its curves arrive through the run folder, the run lands in the Runs list, and the
    // buttons follow it to the end.
    void thePanelTrainsInTwoProcesses() {
        ui::MainWindow w;
        QSignalSpy ended(w.training(), &ui::TrainingController::runEnded);
        startInTwoProcesses(w, 3);
        QVERIFY(w.training()->isRunning());
        QVERIFY(w.training()->processes()->isRunning());
        QVERIFY(!w.trainingPanel()->startButton()->isEnabled());
        QVERIFY(w.trainingPanel()->stopButton()->isEnabled());
        QVERIFY2(chartStatus(w).contains(QStringLiteral("2 processes")),
                 qPrintable(chartStatus(w)));
        QTRY_VERIFY_WITH_TIMEOUT(!w.trainingCharts()->mainRun().epoch.isEmpty(), 90000);
        QTRY_VERIFY_WITH_TIMEOUT(ended.size() == 1, 90000);
        QVERIFY2(ended[0][0].toString().startsWith(QStringLiteral("Training finished")),
                 qPrintable(ended[0][0].toString()));
        QVERIFY(w.trainingPanel()->startButton()->isEnabled());
        QVERIFY(!w.trainingPanel()->stopButton()->isEnabled());
        QCOMPARE(chartStatus(w), QStringLiteral("finished, 3 of 3 epochs"));
        const core::RunRecord* run = w.runsView()->currentRun();
        QVERIFY(run);
        QCOMPARE(int(run->epochs.size()), 3);
        QCOMPARE(w.trainingCharts()->mainRun().epoch.size(), 3);
        QVERIFY(!run->bestCheckpoint.empty());
        // The processes' log says how they trained.
        QFile log(ui::toQPath(run->dir / "log.txt"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.readAll().contains("data-parallel: 2 processes"));
        QTest::qWait(400);
        test::screenshot(w, "trained_in_processes.png");
    }

    // The processes cannot start (the CLI is missing): a message says what could not be
    // started and why, and the window stays as it was, ready to start again.
    void aRunThatCannotStartSaysWhy() {
        ui::MainWindow w;
        openWindow(w);
        QVERIFY(w.openProject(m_project));
        useTinySettings(w, 3, 2);
        const QString shownBefore = w.trainingCharts()->mainRun().label;
        const QString missing = m_dir.filePath(QStringLiteral("no-such/segstudio-cli"));
        ui::ProcessTraining::setProgram(missing);
        QSignalSpy said(w.training(), &ui::TrainingController::message);
        w.trainingPanel()->startButton()->click();
        ui::ProcessTraining::setProgram(test::fromEnvironment("SEG_CLI_PATH"));
        QCOMPARE(said.size(), 1);
        QVERIFY2(said[0][0].toString().contains(missing), qPrintable(said[0][0].toString()));
        QVERIFY(said[0][1].toBool());  // a problem, in a box
        if (auto* box = test::visibleMessage(w)) box->close();
        QVERIFY(!w.training()->isRunning());
        QCOMPARE(w.training()->state(), ui::TrainingState::Idle);
        QVERIFY(w.trainingPanel()->startButton()->isEnabled());
        QCOMPARE(w.trainingCharts()->mainRun().label, shownBefore);
    }

    // Pause holds every process, Stop ends them with last.pt written, and the window says
    // so: no stale "Paused" or speed afterwards.
    void pauseAndStopReachEveryProcess() {
        ui::MainWindow w;
        QSignalSpy ended(w.training(), &ui::TrainingController::runEnded);
        startInTwoProcesses(w, 400);
        QTRY_VERIFY_WITH_TIMEOUT(w.trainingCharts()->mainRun().epoch.size() >= 1, 90000);
        w.trainingPanel()->pauseButton()->click();
        QCOMPARE(w.training()->state(), ui::TrainingState::Paused);
        // The processes pause at their next step and then write out their rows: wait until
        // two reads a second apart agree (however busy the machine), then watch it hold.
        int frozen = -1;
        for (int read = 0; read < 30; ++read) {
            QTest::qWait(1000);
            w.training()->follower()->poll();
            if (w.trainingCharts()->pointCount() == frozen) break;
            frozen = w.trainingCharts()->pointCount();
        }
        QTest::qWait(2500);
        w.training()->follower()->poll();
        QCOMPARE(w.trainingCharts()->pointCount(), frozen);
        w.trainingPanel()->pauseButton()->click();  // resume
        QCOMPARE(w.training()->state(), ui::TrainingState::Running);
        QTRY_VERIFY_WITH_TIMEOUT(w.trainingCharts()->pointCount() > frozen, 30000);

        w.trainingPanel()->stopButton()->click();
        QCOMPARE(w.training()->state(), ui::TrainingState::Stopping);
        QTRY_VERIFY_WITH_TIMEOUT(ended.size() == 1, 60000);
        QVERIFY2(ended[0][0].toString().startsWith(QStringLiteral("Training stopped")),
                 qPrintable(ended[0][0].toString()));
        QCOMPARE(w.training()->state(), ui::TrainingState::Idle);
        QVERIFY(w.findChild<QLabel*>(QStringLiteral("statusSpeed"))->text().isEmpty());
        const core::RunRecord* run = w.runsView()->currentRun();
        QVERIFY(run && run->canResume());
    }
};

QTEST_MAIN(TestRunFollowing)
#include "tst_run_following.moc"
