#include <chrono>
#include <cmath>
#include <map>
#include <thread>

#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgproc.hpp>

#include "core/common/paths.h"
#include "core/data/image_io.h"
#include "core/data/mask_io.h"
#include "core/project/run_store.h"
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

    // A stop mid-epoch saves how far into the epoch the weights have trained; resuming
    // continues that epoch with the rest of its order, as if the run had never stopped.
    void stopIsHonouredWithinOneIteration() {
        core::TrainControl control;
        test::RecordingObserver observer(&control, 3);
        const fs::path run = test::toPath(m_dir.path()) / "stopped";
        const auto outcome = train(test::tinyConfig(5), run, observer, control);
        QCOMPARE(outcome.status, core::TrainStatus::Stopped);
        QCOMPARE(observer.iterations.size(), size_t{3});
        QCOMPARE(observer.ends.size(), size_t{1});
        QVERIFY(fs::exists(outcome.lastCheckpoint));
        const auto info = core::readCheckpointInfo(outcome.lastCheckpoint);
        QCOMPARE(info.iteration, int64_t{3});
        QCOMPARE(info.epochsCompleted, 0);
        QCOMPARE(info.epochSamplesDone, int64_t{12});  // 3 batches of 4
        QCOMPARE(info.epochBatches, int64_t{3});

        core::TrainControl again;
        test::RecordingObserver resumed;
        const auto finished =
            train(test::tinyConfig(5), run, resumed, again, outcome.lastCheckpoint);
        QCOMPARE(finished.status, core::TrainStatus::Finished);
        QCOMPARE(resumed.begins.at(0).startEpoch, 0);
        QCOMPARE(resumed.iterations.front().iteration, int64_t{4});
        QCOMPARE(resumed.iterations.front().epoch, 1);
        QCOMPARE(resumed.iterations.front().iterationInEpoch, int64_t{4});
        QCOMPARE(resumed.epochs.front().epoch, 1);
        QCOMPARE(finished.epochsCompleted, 5);
        QCOMPARE(resumed.iterations.back().iteration, int64_t{25});
        std::map<int, int> perEpoch;
        for (const auto& r : observer.iterations) ++perEpoch[r.epoch];
        for (const auto& r : resumed.iterations) ++perEpoch[r.epoch];
        QCOMPARE(perEpoch.size(), size_t{5});
        for (const auto& [epoch, count] : perEpoch) QCOMPARE(count, 5);
        QCOMPARE(epochRows(run), 5);

        // The very batches an uninterrupted run trains on, from the very weights.
        core::TrainControl plain;
        test::RecordingObserver whole;
        train(test::tinyConfig(5), test::toPath(m_dir.path()) / "unstopped", whole, plain);
        QCOMPARE(whole.iterations.size(), size_t{25});
        for (size_t i = 0; i < resumed.iterations.size(); ++i) {
            const double a = resumed.iterations[i].loss, b = whole.iterations[i + 3].loss;
            QVERIFY2(
                std::abs(a - b) <= 1e-4 * std::max(1.0, std::abs(b)),
                qPrintable(
                    QStringLiteral("iteration %1: %2 resumed, %3 whole").arg(i + 4).arg(a).arg(b)));
        }
        QVERIFY(std::abs(resumed.epochs.front().trainLoss - whole.epochs.front().trainLoss) < 1e-4);
    }

    // Paused from the start: once training has begun, hold the pause for far longer than the
    // whole tiny run takes, and no iteration may run.
    void pauseHoldsUntilResumed() {
        core::TrainControl control;
        control.pause = true;
        test::RecordingObserver observer;
        int ranWhilePaused = -1;
        std::thread releaser([&] {
            for (int waited = 0; !observer.begun && waited < 60000; waited += 5)
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            std::this_thread::sleep_for(std::chrono::milliseconds(600));
            ranWhilePaused = observer.iterationCount;
            control.pause = false;
        });
        const auto outcome =
            train(test::tinyConfig(3), test::toPath(m_dir.path()) / "paused", observer, control);
        releaser.join();
        QVERIFY(observer.begun);
        QCOMPARE(ranWhilePaused, 0);
        QCOMPARE(outcome.status, core::TrainStatus::Finished);
        QCOMPARE(observer.iterations.size(), size_t{15});
    }

    // A pause is no training time: not in the epoch's seconds (report and metrics.csv) and
    // not in the speed the remaining time is estimated from.
    void pausedTimeIsLeftOut() {
        core::TrainControl control;
        test::RecordingObserver observer(&control, -1, 2);  // pauses after iteration 2
        const double pauseSeconds = 1.5;
        std::thread releaser([&] {
            for (int waited = 0; !control.pause && waited < 60000; waited += 5)
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            std::this_thread::sleep_for(std::chrono::duration<double>(pauseSeconds));
            control.pause = false;
        });
        const fs::path run = test::toPath(m_dir.path()) / "paused_time";
        const auto outcome = train(test::tinyConfig(2), run, observer, control);
        releaser.join();
        QCOMPARE(outcome.status, core::TrainStatus::Finished);
        const double seconds = observer.epochs.at(0).seconds;
        QVERIFY2(seconds < 1.0, qPrintable(QStringLiteral("epoch 1 took %1 s").arg(seconds)));
        const auto record = core::readRun(run);
        QVERIFY2(record.epochs.at(0).seconds < 1.0,
                 qPrintable(QString::number(record.epochs.at(0).seconds)));
        // Counting the pause, 12 images in at least 1.5 s would be at most 8 images/s.
        const double speed = observer.iterations.at(2).imagesPerSecond;
        QVERIFY2(speed > 2 * 12 / pauseSeconds, qPrintable(QString::number(speed)));
    }

    // Images of two sizes: the loader starts a new batch whenever the size changes, so the
    // plan must count batches over the real sizes in each epoch's order.
    void iterationsFollowTheBatchingOfMixedSizes() {
        QTemporaryDir dir;
        const fs::path root = test::toPath(dir.path());
        core::Dataset data = test::tinyShapesDataset(root, 24, 32);
        for (size_t i = 1; i < data.samples.size(); i += 2) {
            cv::Mat image = core::readImage(data.samples[i].image), bigImage;
            cv::Mat mask = core::readMask(data.samples[i].mask), bigMask;
            cv::resize(image, bigImage, {48, 48}, 0, 0, cv::INTER_LINEAR);
            cv::resize(mask, bigMask, {48, 48}, 0, 0, cv::INTER_NEAREST);
            core::writeImagePng(data.samples[i].image, bigImage);
            core::writeMask(data.samples[i].mask, bigMask, data.classes);
        }
        for (int epochs : {1, 3}) {
            core::TrainControl control;
            test::RecordingObserver observer;
            const auto outcome = core::runTraining(
                {test::tinyConfig(epochs), data, root / ("run" + std::to_string(epochs)), {}},
                observer, control);
            QCOMPARE(outcome.status, core::TrainStatus::Finished);
            std::map<int, int64_t> perEpoch;
            for (const auto& r : observer.iterations) ++perEpoch[r.epoch];
            const auto& begin = observer.begins.at(0);
            QCOMPARE(begin.totalIterations, int64_t(observer.iterations.size()));
            for (const auto& r : observer.iterations)
                QCOMPARE(r.iterationsInEpoch, perEpoch[r.epoch]);
            if (epochs == 1) {
                QCOMPARE(begin.iterationsPerEpoch, perEpoch[1]);
                QVERIFY(perEpoch[1] > 5);  // more than 19 images of one size would make
            }
        }
    }

    // A truncated training image and a truncated validation image are left out with a
    // warning naming them, once; the run finishes and counts them.
    void unreadableSamplesAreSkipped() {
        QTemporaryDir dir;
        const fs::path root = test::toPath(dir.path());
        const core::Dataset data = test::tinyShapesDataset(root / "shapes");
        std::vector<fs::path> cut;
        for (core::Split split : {core::Split::Train, core::Split::Val})
            for (const auto& s : data.samples)
                if (s.split == split) {
                    cut.push_back(s.image);
                    break;
                }
        for (const auto& file : cut) {
            const std::string bytes = test::readBytes(file);
            test::writeBytes(file, bytes.substr(0, bytes.size() / 2));
        }
        core::TrainControl control;
        test::RecordingObserver observer;
        const fs::path run = root / "run";
        const auto outcome =
            core::runTraining({test::tinyConfig(2), data, run, {}}, observer, control);
        QVERIFY2(outcome.status == core::TrainStatus::Finished, outcome.message.c_str());
        QCOMPARE(outcome.skippedSamples, 2);
        QCOMPARE(observer.epochs.back().skippedSamples, 2);
        QCOMPARE(observer.epochs.front().skippedSamples, 2);
        const std::string log = test::readBytes(run / "log.txt");
        for (const auto& file : cut) {
            const std::string name = core::pathToUtf8(file);
            QCOMPARE(observer.logLinesWith(name), 1);  // two epochs, one warning
            QVERIFY2(log.find(name + ": image file is truncated") != std::string::npos,
                     log.c_str());
        }
    }

    // With fewer than two readable training images the run fails clearly, and the run
    // folder it made (no checkpoint in it) is removed so the runs list does not show it.
    void tooFewReadableImagesFailAndLeaveNoRunFolder() {
        QTemporaryDir dir;
        const fs::path root = test::toPath(dir.path());
        const core::Dataset data = test::tinyShapesDataset(root / "shapes", 12);
        bool keptOne = false;
        for (const auto& s : data.samples) {
            if (s.split != core::Split::Train) continue;
            if (!keptOne) {
                keptOne = true;
                continue;
            }
            test::writeBytes(s.image, test::readBytes(s.image).substr(0, 40));
        }
        core::TrainControl control;
        test::RecordingObserver observer;
        const fs::path run = root / "runs" / "new";
        const auto outcome =
            core::runTraining({test::tinyConfig(2), data, run, {}}, observer, control);
        QCOMPARE(outcome.status, core::TrainStatus::Failed);
        QVERIFY2(
            outcome.message.find("fewer than two readable training images") != std::string::npos,
            outcome.message.c_str());
        QCOMPARE(observer.ends.size(), size_t{1});
        QVERIFY(!fs::exists(run));
        QVERIFY(core::listRuns(root / "runs").empty());
    }

    // A folder the run did not create is not the run's to remove.
    void failedRunKeepsAFolderItDidNotCreate() {
        const fs::path run = test::toPath(m_dir.path()) / "existing";
        fs::create_directories(run);
        test::writeBytes(run / "notes.txt", "mine");
        auto config = test::tinyConfig(1);
        config.model.numClasses = 3;
        core::TrainControl control;
        test::RecordingObserver observer;
        QCOMPARE(train(config, run, observer, control).status, core::TrainStatus::Failed);
        QCOMPARE(test::readBytes(run / "notes.txt"), std::string("mine"));
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
        other.model.set("width", 16);
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
        QVERIFY(fs::exists(run / "metrics.csv"));  // a resumed run's folder stays
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
        QVERIFY(!fs::exists(test::toPath(m_dir.path()) / "mismatch"));  // no empty run left
    }
};

QTEST_GUILESS_MAIN(TestTrainer)
#include "tst_trainer.moc"
