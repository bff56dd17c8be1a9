#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include "core/project/project.h"
#include "support/gui_helpers.h"
#include "support/test_files.h"
#include "support/tiny_training.h"
#include "ui/charts/epoch_details.h"
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

    static int lineCount(const QString& path) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) return -1;
        return f.readAll().count('\n');
    }

private Q_SLOTS:
    void initTestCase() {
        qputenv("SEGSTUDIO_DATA_DIR", m_dir.path().toUtf8());
        m_project = m_dir.filePath(QStringLiteral("tiny"));
        core::SyntheticShapesOptions options;
        options.count = 30;
        options.width = options.height = 32;
        QVERIFY(core::createDemoProject(test::toPath(m_project), options).has_value());
    }

    void trainsLiveThenStops() {
        ui::MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(w.openProject(m_project));
        useTinySettings(w, 40);  // more than the test waits for: it stops the run
        auto* panel = w.trainingPanel();
        auto* runner = w.training()->runner();
        QSignalSpy ended(runner, &ui::TrainingRunner::ended);
        QVERIFY(panel->startButton()->isEnabled());
        QTest::mouseClick(panel->startButton(), Qt::LeftButton);
        QVERIFY(w.training()->isRunning());
        QVERIFY(!panel->startButton()->isEnabled());

        // Chart points arrive while the event loop runs; an epoch fills the class table.
        QTRY_VERIFY_WITH_TIMEOUT(w.trainingCharts()->pointCount() >= 3, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!w.trainingCharts()->mainRun().epoch.isEmpty(), 60000);
        QCOMPARE(w.epochDetails()->table()->rowCount(), 5);
        QVERIFY(w.centralTabs()->currentWidget() == w.trainingCharts());
        QVERIFY(!w.findChild<QLabel*>(QStringLiteral("statusSpeed"))->text().isEmpty());
        test::screenshot(w, "training_live.png");

        // Pause holds the run; resume continues it.
        QTest::mouseClick(panel->pauseButton(), Qt::LeftButton);
        QVERIFY(runner->isPaused());
        QCOMPARE(panel->pauseButton()->text(), QStringLiteral("Resume"));
        QTest::qWait(300);  // let an iteration in flight land
        const int frozen = w.trainingCharts()->pointCount();
        QTest::qWait(600);
        QCOMPARE(w.trainingCharts()->pointCount(), frozen);
        QTest::mouseClick(panel->pauseButton(), Qt::LeftButton);
        QVERIFY(!runner->isPaused());
        QTRY_VERIFY_WITH_TIMEOUT(w.trainingCharts()->pointCount() > frozen, 30000);

        QTest::mouseClick(panel->stopButton(), Qt::LeftButton);
        QVERIFY(ended.wait(30000));
        const auto outcome = ended.takeFirst().at(0).value<core::TrainOutcome>();
        QCOMPARE(outcome.status, core::TrainStatus::Stopped);
        QVERIFY(panel->startButton()->isEnabled());
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
        ui::MainWindow w;
        w.show();
        QVERIFY(w.openProject(m_project));
        auto* runs = w.runsView();
        QCOMPARE(runs->runs().size(), size_t(1));
        const core::RunRecord recorded = runs->runs()[0];
        QVERIFY(!recorded.epochs.empty());
        QVERIFY(runs->tree()->topLevelItem(0)->text(1) != QStringLiteral("-"));

        // Show its curves again: every iteration recorded is drawn.
        runs->tree()->setCurrentItem(runs->tree()->topLevelItem(0));
        Q_EMIT runs->showRequested(*runs->currentRun());
        QCOMPARE(w.trainingCharts()->pointCount(), int(recorded.iterations.size()));

        // Resume it: it continues to the epochs it was started with.
        QSignalSpy ended(w.training()->runner(), &ui::TrainingRunner::ended);
        Q_EMIT runs->resumeRequested(*runs->currentRun());
        QVERIFY(w.training()->isRunning());
        QVERIFY(ended.wait(60000));
        const auto outcome = ended.takeFirst().at(0).value<core::TrainOutcome>();
        QCOMPARE(outcome.status, core::TrainStatus::Finished);
        QCOMPARE(outcome.epochsCompleted, 40);
        QCOMPARE(runs->runs()[0].epochs.size(), size_t(40));
        // The curves continue: old points plus the new epoch's.
        QVERIFY(w.trainingCharts()->pointCount() > int(recorded.iterations.size()));
    }

    void aRunWithoutCheckpointCannotBeResumed() {
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
        QVERIFY(w.createImageFolderProject(folder.path()));
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
    }

    void aFolderThatIsNoDatasetIsRefused() {
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
