#include <QTemporaryDir>
#include <QTest>

#include <cmath>

#include "core/project/run_store.h"
#include "core/train/run_log.h"
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
};

QTEST_GUILESS_MAIN(TestRunStore)
#include "tst_run_store.moc"
