#include <QTemporaryDir>
#include <QTest>

#include <cmath>

#include "core/project/metrics_tail.h"
#include "core/project/run_store.h"
#include "core/train/run_log.h"
#include "core/train/run_writer_lock.h"
#include "support/test_files.h"

using namespace seg;
namespace fs = std::filesystem;

// Reading runs back from their folders: what the GUI shows again after a restart.
class TestRunStore : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    fs::path root() const { return test::toPath(m_dir.path()); }

    static void writeRun(const fs::path& dir, int epochs, int startEpoch = 0) {
        core::RunLog log(dir);
        core::TrainConfig config;
        config.epochs = 9;
        log.writeConfig(config);
        for (int e = startEpoch + 1; e <= startEpoch + epochs; ++e) {
            for (int i = 1; i <= 2; ++i) log.iteration({e, (e - 1) * 2 + i, 1.0 / e + i, 0.01});
            log.epoch({e, e * 2, 1.0 / e, 1.5 / e, 0.5 + 0.05 * e, 0.1 * e + (e == 2 ? 0.5 : 0),
                       0.01, 3.0});
        }
    }

private Q_SLOTS:
    void readsCurvesConfigAndBest() {
        const fs::path dir = root() / "runs" / "a";
        writeRun(dir, 3);
        test::writeBytes(dir / "checkpoints" / "last.pt", "x");
        const core::RunRecord run = core::readRun(dir);
        QVERIFY2(run.problem.empty(), run.problem.c_str());
        QCOMPARE(run.id, std::string("a"));
        QVERIFY(run.config.has_value());
        QCOMPARE(run.config->epochs, 9);
        QCOMPARE(run.iterations.size(), size_t(6));
        QCOMPARE(run.epochs.size(), size_t(3));
        QCOMPARE(run.epochs[1].meanIoU, 0.7);  // epoch 2 is the best
        QCOMPARE(run.bestEpoch, 2);
        QCOMPARE(run.bestMeanIoU, 0.7);
        QCOMPARE(run.lastCheckpoint, dir / "checkpoints" / "last.pt");
        QVERIFY(run.bestCheckpoint.empty());
        QVERIFY(run.canResume());
    }

    void aResumedRunKeepsTheLaterRows() {
        const fs::path dir = root() / "runs" / "resumed";
        writeRun(dir, 3);
        writeRun(dir, 2, 1);  // resumed after epoch 1: epochs 2 and 3 again
        const core::RunRecord run = core::readRun(dir);
        QCOMPARE(run.epochs.size(), size_t(3));
        QCOMPARE(run.iterations.size(), size_t(6));
        for (size_t i = 0; i < run.epochs.size(); ++i) QCOMPARE(run.epochs[i].epoch, int(i) + 1);
    }

    void aCutLastLineIsDroppedAndBrokenFilesAreNamed() {
        const fs::path dir = root() / "runs" / "killed";
        writeRun(dir, 2);
        std::string csv = test::readBytes(dir / "metrics.csv");
        test::writeBytes(dir / "metrics.csv", csv + "iteration,3,5,0.");
        core::RunRecord run = core::readRun(dir);
        QVERIFY2(run.problem.empty(), run.problem.c_str());
        QCOMPARE(run.epochs.size(), size_t(2));

        test::writeBytes(dir / "metrics.csv", csv + "garbage line\n" + csv);
        run = core::readRun(dir);
        QVERIFY(run.problem.find("metrics.csv") != std::string::npos);
        QVERIFY(run.problem.find("line") != std::string::npos);

        test::writeBytes(dir / "config.json", "{ not json");
        run = core::readRun(dir);
        QVERIFY(!run.config.has_value());
        QVERIFY(!run.canResume());
        QVERIFY(run.problem.find("config.json") != std::string::npos);
    }

    void listsRunFoldersOnly() {
        const fs::path runs = root() / "list";
        writeRun(runs / "20260101-000000-unet", 1);
        writeRun(runs / "20250101-000000-fcn8s", 1);
        fs::create_directories(runs / "empty-folder");
        test::writeBytes(runs / "notes.txt", "x");
        const auto listed = core::listRuns(runs);
        QCOMPARE(listed.size(), size_t(2));
        QCOMPARE(listed[0].id, std::string("20250101-000000-fcn8s"));
        QVERIFY(core::listRuns(root() / "nowhere").empty());
        QVERIFY(std::isnan(core::readRun(runs / "empty-folder").bestMeanIoU));
    }

    void newRunIdsAreUnused() {
        const fs::path runs = root() / "ids";
        core::TrainConfig config;
        const std::string first = core::newRunId(runs, config);
        const std::string said = "-" + core::describeRun(config);
        QVERIFY(first.size() > said.size() && first.substr(first.size() - said.size()) == said);
        fs::create_directories(runs / first);
        const std::string second = core::newRunId(runs, config);
        QVERIFY(second != first);
    }

    // A run's name says what it is: two runs differing in one choice get different names.
    void runNamesSayWhatTheRunIs() {
        core::TrainConfig unet;
        unet.model.architecture = "unet";
        unet.model.set("width", 32);
        unet.loss.type = "dice";
        unet.epochs = 12;
        QCOMPARE(core::describeRun(unet), std::string("unet-w32-dice-12ep"));
        unet.loss.crfWeight = 1;
        QCOMPARE(core::describeRun(unet), std::string("unet-w32-dice-crf-12ep"));
        core::TrainConfig deeplab;
        deeplab.model.architecture = "deeplabv3plus";
        deeplab.model.set("backbone", "resnet34");
        deeplab.model.set("output_stride", 8);
        deeplab.epochs = 50;
        QCOMPARE(core::describeRun(deeplab), std::string("deeplabv3plus-resnet34-os8-ce-50ep"));
        core::TrainConfig fcn = deeplab;
        fcn.model.architecture = "fcn8s";
        QCOMPARE(core::describeRun(fcn), std::string("fcn8s-resnet34-ce-50ep"));
    }

    // The latest epoch's confusion matrix is kept with the run and read back with it; a
    // later epoch replaces it, and a broken file is a problem named, not a crash.
    void theLastConfusionMatrixIsKept() {
        const fs::path dir = root() / "runs" / "confusion";
        {
            core::RunLog log(dir);
            log.writeConfig(core::TrainConfig{});
            log.confusion({1, 2, {5, 1, 2, 7}});
            log.confusion({2, 2, {6, 0, 1, 8}});
        }
        core::RunRecord run = core::readRun(dir);
        QVERIFY(run.lastConfusion.has_value());
        QCOMPARE(run.lastConfusion->epoch, 2);
        QCOMPARE(run.lastConfusion->numClasses, 2);
        QCOMPARE(run.lastConfusion->counts, (std::vector<uint64_t>{6, 0, 1, 8}));
        test::writeBytes(dir / core::RunLog::kConfusionFile,
                         R"({"epoch": 3, "num_classes": 2, "counts": [1, 2, 3]})");
        run = core::readRun(dir);
        QVERIFY(!run.lastConfusion.has_value());
        QVERIFY2(run.problem.find(core::RunLog::kConfusionFile) != std::string::npos,
                 run.problem.c_str());
    }
    // Numbers a reader would have to cast (1e80 into an int, -1 into a count) are named as
    // the file's problem instead: the run-record fuzzer found the cast, which is undefined
    // behaviour (tests/fuzz/regressions/fuzz_run_record/confusion-epoch-1e73).
    void numbersThatDoNotFitAreNamedNotCast() {
        const fs::path dir = root() / "runs" / "numbers";
        writeRun(dir, 1);
        for (const char* text : {R"({"epoch": 7.8e73, "num_classes": 1, "counts": [1]})",
                                 R"({"epoch": 1, "num_classes": 1, "counts": [-1]})",
                                 R"({"epoch": 1.5, "num_classes": 1, "counts": [1]})"}) {
            test::writeBytes(dir / core::RunLog::kConfusionFile, text);
            const core::RunRecord run = core::readRun(dir);
            QVERIFY(!run.lastConfusion.has_value());
            QVERIFY2(run.problem.find(core::RunLog::kConfusionFile) != std::string::npos &&
                         run.problem.find("whole number") != std::string::npos,
                     run.problem.c_str());
        }
        fs::remove(dir / core::RunLog::kConfusionFile);
        std::string config = test::readBytes(dir / "config.json");
        const std::string epochs = "\"epochs\": 9,";
        const size_t at = config.find(epochs);
        QVERIFY(at != std::string::npos);
        test::writeBytes(dir / "config.json",
                         config.replace(at, epochs.size(), "\"epochs\": 1e300,"));
        const core::RunRecord run = core::readRun(dir);
        QVERIFY(!run.config.has_value());
        QVERIFY2(run.problem.find("config.json") != std::string::npos &&
                     run.problem.find("whole number") != std::string::npos,
                 run.problem.c_str());
    }

    // Following a run another process writes: only the rows appended since the last poll,
    // only whole lines, and the whole file again when a resume goes back.
    void aTailReadsWhatWasAppended() {
        const fs::path dir = root() / "runs" / "tail";
        const fs::path file = dir / "metrics.csv";
        core::MetricsTail tail(file);
        QVERIFY(tail.poll().empty());  // nothing written yet
        const std::string header = std::string(core::RunLog::kMetricsHeader) + "\n";
        const std::string first = "iteration,1,1,0.9,,,,0.01,,,\n";
        const std::string second = "iteration,1,2,0.8,,,,0.01,,,\n";
        const std::string epoch = "epoch,1,2,0.85,0.7,0.6,0.3,0.01,4.5,,\n";
        test::writeBytes(file, header + first + second.substr(0, 10));  // second half-written
        auto update = tail.poll();
        QVERIFY(!update.restarted);
        QCOMPARE(update.iterations.size(), size_t(1));
        QCOMPARE(update.iterations[0].iteration, int64_t(1));
        QVERIFY(tail.poll().empty());
        test::writeBytes(file, header + first + second + epoch);
        update = tail.poll();
        QVERIFY(!update.restarted);
        QCOMPARE(update.iterations.size(), size_t(1));
        QCOMPARE(update.iterations[0].loss, 0.8);
        QCOMPARE(update.epochs.size(), size_t(1));
        QCOMPARE(update.epochs[0].meanIoU, 0.3);

        // Resumed from the start of epoch 1: the iteration numbers go back.
        const std::string again = "iteration,1,1,0.95,,,,0.01,,,\n";
        test::writeBytes(file, header + first + second + epoch + again);
        update = tail.poll();
        QVERIFY(update.restarted);
        QCOMPARE(update.iterations.size(), size_t(1));  // the later row wins
        QCOMPARE(update.iterations[0].loss, 0.95);
        QCOMPARE(update.epochs.size(), size_t(1));

        // Replaced by a shorter file (a new sync of the folder): read from the start.
        test::writeBytes(file, header + first);
        update = tail.poll();
        QVERIFY(update.restarted);
        QCOMPARE(update.iterations.size(), size_t(1));
        QVERIFY(update.epochs.empty());
    }

    // One trainer a run folder: a second writer is refused while the first holds it, and
    // the folder is free again once the first is gone.
    void aRunHasOneWriterAtATime() {
        const fs::path dir = root() / "runs" / "locked";
        {
            core::RunLog first(dir);
            QVERIFY(core::isRunBeingTrained(dir));
            try {
                core::RunLog second(dir);
                QFAIL("a second writer of the run folder was let in");
            } catch (const core::Error& e) {
                QCOMPARE(e.file(), dir / "metrics.csv");
                QVERIFY2(e.detail().find("another process") != std::string::npos, e.what());
            }
            QVERIFY(core::isRunBeingTrained(dir));
        }
        QVERIFY(!core::isRunBeingTrained(dir));
        core::RunLog again(dir);
        QVERIFY(core::isRunBeingTrained(dir));
    }

    // A malformed row (a run killed mid-row, then resumed) is named with its line and
    // skipped; the rows after it still come.
    void aTailNamesAndSkipsABadRow() {
        const fs::path file = root() / "runs" / "tailbad" / "metrics.csv";
        fs::create_directories(file.parent_path());
        const std::string header = std::string(core::RunLog::kMetricsHeader) + "\n";
        const std::string row = "iteration,1,1,0.9,,,,0.01,,,\n";
        test::writeBytes(file, header + row);
        core::MetricsTail tail(file);
        QCOMPARE(tail.poll().iterations.size(), size_t(1));
        test::writeBytes(file, header + row + "iteration,1,2,not a number,,,,0.01,,,\n" +
                                   "iteration,1,3,0.7,,,,0.01,,,\n");
        const auto update = tail.poll();
        QVERIFY2(update.problem.find("line 3") != std::string::npos, update.problem.c_str());
        QVERIFY(update.problem.find("metrics.csv") != std::string::npos);
        QCOMPARE(update.iterations.size(), size_t(1));
        QCOMPARE(update.iterations[0].iteration, int64_t(3));
    }

    // Replaced by a file as long or longer (a sync writes it anew): read from the start, not
    // from the middle of one of its lines.
    void aTailNoticesAReplacedFile() {
        const fs::path file = root() / "runs" / "tailreplaced" / "metrics.csv";
        const std::string header = std::string(core::RunLog::kMetricsHeader) + "\n";
        test::writeBytes(file, header + "iteration,1,1,0.9,,,,0.01,,,\n");
        core::MetricsTail tail(file);
        QCOMPARE(tail.poll().iterations.size(), size_t(1));
        test::writeBytes(file,
                         header + "iteration,1,1,0.95,,,,0.01,,,\niteration,1,2,0.8,,,,0.01,,,\n");
        const auto update = tail.poll();
        QVERIFY(update.restarted);
        QVERIFY2(update.problem.empty(), update.problem.c_str());
        QCOMPARE(update.iterations.size(), size_t(2));
        QCOMPARE(update.iterations[0].loss, 0.95);
    }
};

QTEST_GUILESS_MAIN(TestRunStore)
#include "tst_run_store.moc"
