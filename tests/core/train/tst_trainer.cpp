#include <chrono>
#include <cmath>
#include <thread>

#include <QTemporaryDir>
#include <QTest>

#include "core/common/paths.h"
#include "core/data/mask_io.h"
#include "core/train/checkpoint.h"
#include "core/train/trainer.h"
#include "support/test_files.h"
#include "support/tiny_training.h"

using namespace seg;
namespace fs = std::filesystem;

class TestTrainer : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    core::Dataset m_data;

    core::TrainOutcome train(const core::TrainConfig& config, const fs::path& runDir,
                             test::RecordingObserver& observer, core::TrainControl& control,
                             std::optional<fs::path> resume = std::nullopt) {
        return core::runTraining({config, m_data, runDir, resume}, observer, control);
    }

    static int epochRows(const fs::path& runDir) {
        const std::string csv = test::readBytes(runDir / "metrics.csv");
        int rows = 0;
        for (size_t at = csv.find("\nepoch,"); at != std::string::npos;
             at = csv.find("\nepoch,", at + 1))
            ++rows;
        return rows;
    }

private Q_SLOTS:
    void initTestCase() { m_data = test::tinyShapesDataset(test::toPath(m_dir.path()) / "shapes"); }

    void lossFallsAndMetricsMove() {
        test::RecordingObserver observer;
        core::TrainControl control;
        const fs::path run = test::toPath(m_dir.path()) / "falls";
        const auto outcome = train(test::tinyConfig(6), run, observer, control);
        QCOMPARE(outcome.status, core::TrainStatus::Finished);
        QCOMPARE(observer.epochs.size(), size_t{6});
        QCOMPARE(observer.ends.size(), size_t{1});
        const auto& first = observer.epochs.front();
        QVERIFY2(observer.epochs.back().trainLoss < 0.7 * first.trainLoss,
                 qPrintable(QStringLiteral("%1 -> %2")
                                .arg(first.trainLoss)
                                .arg(observer.epochs.back().trainLoss)));
        QVERIFY2(
            outcome.bestMeanIoU > first.metrics.meanIoU + 0.05,
            qPrintable(
                QStringLiteral("%1 -> %2").arg(first.metrics.meanIoU).arg(outcome.bestMeanIoU)));
        QCOMPARE(observer.iterations.back().iteration,
                 int64_t{6 * 5});  // 19 training images, batch 4 -> 5 per epoch
        QVERIFY(fs::exists(run / "checkpoints" / "last.pt"));
        QVERIFY(fs::exists(run / "checkpoints" / "best.pt"));
        QVERIFY(fs::exists(run / "config.json"));
        QCOMPARE(epochRows(run), 6);
        const auto info = core::readCheckpointInfo(run / "checkpoints" / "best.pt");
        QCOMPARE(info.bestEpoch, outcome.bestEpoch);
        QCOMPARE(info.meanIoU, outcome.bestMeanIoU);
        QCOMPARE(info.classes.at(4).name, std::string("ellipse"));
    }

    void sameSeedSameRun() {
        core::TrainControl c1, c2;
        test::RecordingObserver a, b;
        train(test::tinyConfig(1), test::toPath(m_dir.path()) / "seed_a", a, c1);
        train(test::tinyConfig(1), test::toPath(m_dir.path()) / "seed_b", b, c2);
        QCOMPARE(a.iterations.size(), b.iterations.size());
        for (size_t i = 0; i < a.iterations.size(); ++i)
            QCOMPARE(a.iterations[i].loss, b.iterations[i].loss);
    }

    void stopIsHonouredWithinOneIteration() {
        core::TrainControl control;
        test::RecordingObserver observer(&control, 3);
        const fs::path run = test::toPath(m_dir.path()) / "stopped";
        const auto outcome = train(test::tinyConfig(5), run, observer, control);
        QCOMPARE(outcome.status, core::TrainStatus::Stopped);
        QCOMPARE(observer.iterations.size(), size_t{3});
        QCOMPARE(observer.ends.size(), size_t{1});
        QVERIFY(fs::exists(outcome.lastCheckpoint));
        QCOMPARE(core::readCheckpointInfo(outcome.lastCheckpoint).iteration, int64_t{3});
    }

    void pauseHoldsUntilResumed() {
        core::TrainControl control;
        control.pause = true;
        test::RecordingObserver observer;
        int ranWhilePaused = -1;
        std::thread releaser([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            ranWhilePaused = observer.iterationCount;
            control.pause = false;
        });
        const auto outcome =
            train(test::tinyConfig(1), test::toPath(m_dir.path()) / "paused", observer, control);
        releaser.join();
        QCOMPARE(ranWhilePaused, 0);
        QCOMPARE(outcome.status, core::TrainStatus::Finished);
    }

    void resumeContinuesTheRunAndItsCurves() {
        core::TrainControl control;
        test::RecordingObserver first;
        const fs::path run = test::toPath(m_dir.path()) / "resumed";
        train(test::tinyConfig(2), run, first, control);
        test::RecordingObserver second;
        const auto outcome =
            train(test::tinyConfig(4), run, second, control, run / "checkpoints" / "last.pt");
        QCOMPARE(outcome.status, core::TrainStatus::Finished);
        QCOMPARE(second.begins.at(0).startEpoch, 2);
        QCOMPARE(second.epochs.front().epoch, 3);
        QCOMPARE(second.iterations.front().iteration, first.iterations.back().iteration + 1);
        QCOMPARE(outcome.epochsCompleted, 4);
        QCOMPARE(epochRows(run), 4);
    }

    void resumeRejectsOtherModelsAndClasses() {
        core::TrainControl control;
        test::RecordingObserver observer;
        const fs::path run = test::toPath(m_dir.path()) / "source";
        train(test::tinyConfig(1), run, observer, control);
        const fs::path checkpoint = run / "checkpoints" / "last.pt";

        auto other = test::tinyConfig(2);
        other.model.width = 16;
        auto outcome =
            train(other, test::toPath(m_dir.path()) / "other", observer, control, checkpoint);
        QCOMPARE(outcome.status, core::TrainStatus::Failed);
        QVERIFY2(outcome.message.find("other options") != std::string::npos,
                 outcome.message.c_str());

        core::Dataset renamed = m_data;
        renamed.classes = core::ClassMap({"bg", "a", "b", "c", "d"});
        outcome = core::runTraining(
            {test::tinyConfig(2), renamed, test::toPath(m_dir.path()) / "renamed", checkpoint},
            observer, control);
        QCOMPARE(outcome.status, core::TrainStatus::Failed);
        QVERIFY2(outcome.message.find("other classes") != std::string::npos,
                 outcome.message.c_str());

        test::writeTruncatedCopy(checkpoint, test::toPath(m_dir.path()) / "cut.pt", 200);
        outcome = train(test::tinyConfig(2), test::toPath(m_dir.path()) / "cut", observer, control,
                        test::toPath(m_dir.path()) / "cut.pt");
        QCOMPARE(outcome.status, core::TrainStatus::Failed);
        QVERIFY2(outcome.message.find("cut.pt") != std::string::npos, outcome.message.c_str());
    }

    // Class weights of zero make the weighted cross-entropy 0/0: the resumed run must stop at
    // once with a message, and the checkpoint it resumed from must stay as it was.
    void nanLossStopsAndKeepsTheLastGoodCheckpoint() {
        core::TrainControl control;
        test::RecordingObserver first;
        const fs::path run = test::toPath(m_dir.path()) / "nan";
        train(test::tinyConfig(1), run, first, control);
        const fs::path last = run / "checkpoints" / "last.pt";
        const std::string before = test::readBytes(last);

        auto config = test::tinyConfig(3);
        config.loss.classWeights = {0, 0, 0, 0, 0};
        test::RecordingObserver second;
        const auto outcome = train(config, run, second, control, last);
        QCOMPARE(outcome.status, core::TrainStatus::Failed);
        QVERIFY2(outcome.message.find("NaN") != std::string::npos, outcome.message.c_str());
        QVERIFY(second.iterations.empty());
        QVERIFY(test::readBytes(last) == before);
        QCOMPARE(second.ends.size(), size_t{1});
    }

    void partialLabelsTrain() {
        // Masks that are unlabelled (255) but for a few pixels train with finite losses.
        QTemporaryDir dir;
        core::Dataset sparse = test::tinyShapesDataset(test::toPath(dir.path()), 12, 32);
        for (const auto& s : sparse.samples) {
            cv::Mat mask = core::readMask(s.mask);
            cv::Mat sparseMask(mask.size(), CV_8UC1, cv::Scalar(255));
            mask.rowRange(14, 18).copyTo(sparseMask.rowRange(14, 18));
            core::writeMask(s.mask, sparseMask, sparse.classes);
        }
        sparse = core::openDataset(test::toPath(dir.path()));
        core::TrainControl control;
        test::RecordingObserver observer;
        const auto outcome = core::runTraining(
            {test::tinyConfig(2), sparse, test::toPath(dir.path()) / "run", {}}, observer, control);
        QCOMPARE(outcome.status, core::TrainStatus::Finished);
        for (const auto& i : observer.iterations) QVERIFY(std::isfinite(i.loss));
    }

    void mismatchedClassCountFailsClearly() {
        auto config = test::tinyConfig(1);
        config.model.numClasses = 3;
        core::TrainControl control;
        test::RecordingObserver observer;
        const auto outcome =
            train(config, test::toPath(m_dir.path()) / "mismatch", observer, control);
        QCOMPARE(outcome.status, core::TrainStatus::Failed);
        QVERIFY(outcome.message.find("3 classes") != std::string::npos);
        QCOMPARE(observer.ends.size(), size_t{1});
    }
};

QTEST_GUILESS_MAIN(TestTrainer)
#include "tst_trainer.moc"
