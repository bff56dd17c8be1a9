#include <set>

#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgproc.hpp>

#include <nlohmann/json.hpp>

#include "core/common/error.h"
#include "core/data/image_header.h"
#include "core/train/augment.h"
#include "core/train/distributed_setup.h"
#include "core/train/epoch_plan.h"
#include "core/train/lr_schedule.h"
#include "core/train/train_config.h"
#include "support/test_files.h"

using namespace seg;

// Training settings without LibTorch: config round trip, schedules, augmentation.
class TestTrainSettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // torchrun's variables make a process's place in data-parallel training; a missing or
    // bad one is named; without WORLD_SIZE training is not distributed.
    void distributedSetupFromTorchrunVariables() {
        QVERIFY(!core::distributedSetupFrom({{"RANK", "1"}}).has_value());
        const auto setup = core::distributedSetupFrom({{"WORLD_SIZE", "4"},
                                                       {"RANK", "3"},
                                                       {"LOCAL_RANK", "1"},
                                                       {"LOCAL_WORLD_SIZE", "2"},
                                                       {"MASTER_ADDR", "node7"},
                                                       {"MASTER_PORT", "29400"}});
        QVERIFY(setup.has_value());
        QCOMPARE(setup->worldSize, 4);
        QCOMPARE(setup->rank, 3);
        QCOMPARE(setup->localRank, 1);
        QCOMPARE(setup->localWorldSize, 2);
        QCOMPARE(setup->masterAddress, std::string("node7"));
        QCOMPARE(setup->masterPort, 29400);
        QVERIFY(!setup->isMain());
        const auto back = core::distributedSetupFrom(core::distributedEnvironment(*setup, 2));
        QCOMPARE(back->rank, 2);
        QCOMPARE(back->masterAddress, std::string("node7"));
        QCOMPARE(back->localWorldSize, 2);
        auto refused = [](std::map<std::string, std::string> environment, const char* named) {
            try {
                core::distributedSetupFrom(environment);
            } catch (const core::Error& e) {
                return e.detail().find(named) != std::string::npos;
            }
            return false;
        };
        QVERIFY(refused({{"WORLD_SIZE", "2"}}, "RANK"));                 // missing
        QVERIFY(refused({{"WORLD_SIZE", "2"}, {"RANK", "2"}}, "RANK"));  // beyond the world
        QVERIFY(refused({{"WORLD_SIZE", "two"}, {"RANK", "0"}}, "WORLD_SIZE"));
        QVERIFY(refused({{"WORLD_SIZE", "2"}, {"RANK", "0"}, {"MASTER_PORT", "0"}}, "MASTER_PORT"));
    }

    // Each process's share of an epoch: every worldSize-th sample, padded with the order's
    // head so that all shares are as long; together they hold every sample.
    void epochsAreShardedEvenly() {
        const std::vector<size_t> order{7, 3, 9, 1, 4};
        QCOMPARE(core::shardOfOrder(order, 0, 1), order);
        QCOMPARE(core::shardOfOrder(order, 0, 2), (std::vector<size_t>{7, 9, 4}));
        QCOMPARE(core::shardOfOrder(order, 1, 2), (std::vector<size_t>{3, 1, 7}));
        std::set<size_t> seen;
        for (int rank = 0; rank < 3; ++rank) {
            const auto shard = core::shardOfOrder(order, rank, 3);
            QCOMPARE(shard.size(), size_t(2));
            seen.insert(shard.begin(), shard.end());
        }
        QCOMPARE(seen.size(), order.size());
        // Planned iterations count a process's share (a short last batch is dropped): of 5
        // images in batches of 2, one process takes 2 steps, each of two processes 1.
        std::map<size_t, cv::Size> sizes;
        for (size_t i : order) sizes[i] = {32, 32};
        QCOMPARE(core::planEpochIterations(order, sizes, 2, 1, 1, 0, 2).at(0), int64_t(1));
        QCOMPARE(core::planEpochIterations(order, sizes, 2, 1, 1).at(0), int64_t(2));
    }

    void configRoundTrip() {
        core::TrainConfig c;
        c.model.architecture = "deeplabv3plus";
        c.model.set("width", 32);
        c.model.numClasses = 4;
        c.loss.type = "ce_dice";
        c.loss.classWeights = {1, 2, 3, 4};
        c.schedule.type = "cosine";
        c.augment.scaleMin = 0.5;
        c.augment.scaleMax = 2.0;
        c.cropSize = 96;
        c.seed = 99;
        const auto back = core::trainConfigFromJson(core::trainConfigToJson(c), "config.json");
        QCOMPARE(core::trainConfigToJson(back).dump(), core::trainConfigToJson(c).dump());
    }

    void badConfigsAreNamed_data() {
        QTest::addColumn<QString>("patch");
        QTest::newRow("unknown key") << QStringLiteral(R"({"epochz": 3})");
        QTest::newRow("unknown nested key") << QStringLiteral(R"({"optimizer": {"betas": 1}})");
        QTest::newRow("bad loss") << QStringLiteral(R"({"loss": {"type": "hinge"}})");
        QTest::newRow("bad type") << QStringLiteral(R"({"epochs": "many"})");
        QTest::newRow("negative lr") << QStringLiteral(R"({"optimizer": {"learning_rate": -1}})");
        QTest::newRow("weights count")
            << QStringLiteral(R"({"loss": {"class_weights": [1, 2, 3]}})");  // 2 classes
        QTest::newRow("scale order")
            << QStringLiteral(R"({"augment": {"scale_min": 2, "scale_max": 1}})");
        QTest::newRow("newer") << QStringLiteral(R"({"version": 3})");
    }
    void badConfigsAreNamed() {
        QFETCH(QString, patch);
        auto json = core::trainConfigToJson(core::TrainConfig{});
        json.merge_patch(nlohmann::json::parse(patch.toStdString()));
        try {
            core::trainConfigFromJson(json, "runs/x/config.json");
            QFAIL("expected an error");
        } catch (const core::Error& e) {
            QCOMPARE(e.file(), std::filesystem::path("runs/x/config.json"));
        }
    }

    // Every name-valued option rejects a name it does not know, and says which it knows.
    void unknownNamesAreRejected_data() {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("valid");
        QTest::newRow("optimizer") << "optimizer"
                                   << "adam, adamw, sgd";
        QTest::newRow("loss") << "loss"
                              << "ce, dice, ce_dice, focal, lovasz";
        QTest::newRow("schedule") << "schedule"
                                  << "poly, cosine, step, constant";
        QTest::newRow("device") << "device"
                                << "auto, cpu, cuda";
    }
    void unknownNamesAreRejected() {
        QFETCH(QString, option);
        QFETCH(QString, valid);
        core::TrainConfig c;
        if (option == "optimizer") c.optimizer.type = "adamw2";
        if (option == "loss") c.loss.type = "adamw2";
        if (option == "schedule") c.schedule.type = "adamw2";
        if (option == "device") c.device = "adamw2";
        try {
            core::validateTrainConfig(c);
            QFAIL("accepted");
        } catch (const core::Error& e) {
            QCOMPARE(e.code(), core::ErrorCode::InvalidArgument);
            const std::string expected =
                option.toStdString() + " 'adamw2' is not one of: " + valid.toStdString();
            QCOMPARE(e.detail(), expected);
        }
    }

    void unknownScheduleIsRejected() {
        core::ScheduleConfig s;
        s.type = "exponential";
        try {
            core::LearningRateSchedule schedule(s, 1.0, 100, 10);
            QFAIL("accepted");
        } catch (const core::Error& e) {
            QVERIFY2(e.detail().find("poly, cosine, step, constant") != std::string::npos,
                     e.what());
        }
    }

    // The trainer plans its batches from sizes read in file headers: they must be the
    // decoded sizes, and a header that cannot tell must say so.
    void imageSizesFromHeaders() {
        QTemporaryDir dir;
        const auto folder = test::toPath(dir.path());
        for (const char* name : {"a.png", "b.jpg", "c.bmp", "d.tif"}) {
            test::writeWithOpenCv(folder / name, test::image(37, 21));
            const auto size = core::readImageSize(folder / name);
            if (std::string(name) == "d.tif") {
                QVERIFY(!size);  // not read from headers: decoded instead
                continue;
            }
            QVERIFY2(size.has_value(), name);
            QCOMPARE(size->width, 37);
            QCOMPARE(size->height, 21);
        }
        test::writeBytes(folder / "cut.png", test::readBytes(folder / "a.png").substr(0, 12));
        QVERIFY(!core::readImageSize(folder / "cut.png"));
        QVERIFY(!core::readImageSize(folder / "missing.png"));
    }

    void schedules() {
        core::ScheduleConfig s;
        s.type = "poly";
        s.power = 1.0;
        core::LearningRateSchedule poly(s, 1.0, 100, 10);
        QCOMPARE(poly.at(0), 1.0);
        QCOMPARE(poly.at(50), 0.5);
        s.type = "cosine";
        core::LearningRateSchedule cosine(s, 1.0, 100, 10);
        QVERIFY(std::abs(cosine.at(50) - 0.5) < 1e-12);
        QVERIFY(std::abs(cosine.at(100)) < 1e-12);
        s.type = "step";
        s.stepEpochs = 2;
        s.stepGamma = 0.1;
        core::LearningRateSchedule step(s, 1.0, 100, 10);
        QCOMPARE(step.at(19), 1.0);
        QVERIFY(std::abs(step.at(20) - 0.1) < 1e-12);
        s.type = "constant";
        s.warmupIterations = 4;
        core::LearningRateSchedule warm(s, 2.0, 100, 10);
        QCOMPARE(warm.at(0), 0.5);
        QCOMPARE(warm.at(3), 2.0);
        QCOMPARE(warm.at(50), 2.0);
    }

    // Without interpolation (no scale, no rotation), every image pixel still shows the
    // value of its mask pixel after flips and crops, and padding is ignored in the mask.
    void augmentationMovesImageAndMaskTogether() {
        core::Rng rng(5);
        core::AugmentConfig c;
        c.horizontalFlip = c.verticalFlip = true;
        for (int round = 0; round < 20; ++round) {
            cv::Mat mask(20, 30, CV_8UC1);
            cv::randu(mask, 0, 5);
            cv::Mat image;
            cv::cvtColor(mask * 40, image, cv::COLOR_GRAY2BGR);
            core::augmentPair(image, mask, c, 24, 255, rng);
            QCOMPARE(mask.size(), cv::Size(24, 24));
            for (int y = 0; y < 24; ++y)
                for (int x = 0; x < 24; ++x) {
                    const int m = mask.at<uint8_t>(y, x);
                    const int v = image.at<cv::Vec3b>(y, x)[0];
                    QVERIFY(m == 255 ? v == 0 : v == m * 40);
                }
        }
    }

    void rotationAndScaleKeepMaskValuesExact() {
        core::Rng rng(9);
        core::AugmentConfig c;
        c.rotationDegrees = 30;
        c.scaleMin = 0.6;
        c.scaleMax = 1.7;
        for (int round = 0; round < 10; ++round) {
            cv::Mat mask(40, 40, CV_8UC1, cv::Scalar(0));
            cv::rectangle(mask, cv::Rect(10, 10, 15, 12), cv::Scalar(3), cv::FILLED);
            cv::Mat image(40, 40, CV_8UC3, cv::Scalar(100, 100, 100));
            core::augmentPair(image, mask, c, 32, 255, rng);
            std::set<int> values;
            for (int y = 0; y < mask.rows; ++y)
                for (int x = 0; x < mask.cols; ++x) values.insert(mask.at<uint8_t>(y, x));
            for (int v : values)
                QVERIFY2(v == 0 || v == 3 || v == 255,
                         qPrintable(QString::number(v)));  // nearest only
        }
    }

    void wholeImageTrainingKeepsTheImageSize() {
        // Without a crop, scaled images come back at their own size: a batch of same-size
        // images must stay one batch.
        core::Rng rng(4);
        core::AugmentConfig c;
        c.scaleMin = 0.75;
        c.scaleMax = 1.5;
        c.rotationDegrees = 20;
        std::set<int> labels;
        for (int round = 0; round < 20; ++round) {
            cv::Mat mask(30, 44, CV_8UC1, cv::Scalar(1));
            cv::Mat image(30, 44, CV_8UC3, cv::Scalar(50, 60, 70));
            core::augmentPair(image, mask, c, 0, 255, rng);
            QCOMPARE(image.size(), cv::Size(44, 30));
            QCOMPARE(mask.size(), cv::Size(44, 30));
            for (int y = 0; y < mask.rows; ++y)
                for (int x = 0; x < mask.cols; ++x) labels.insert(mask.at<uint8_t>(y, x));
        }
        // Shrunk or rotated images are padded with the ignore index, never with a class.
        QCOMPARE(labels, (std::set<int>{1, 255}));
    }

    void colourJitterLeavesTheMaskAlone() {
        core::Rng rng(2);
        core::AugmentConfig c;
        c.horizontalFlip = false;
        c.brightness = c.contrast = c.saturation = 0.5;
        cv::Mat mask = test::mask({{0, 1}, {2, 3}});
        const cv::Mat before = mask.clone();
        cv::Mat image = test::image(2, 2);
        const cv::Mat original = image.clone();
        core::augmentPair(image, mask, c, 0, 255, rng);
        QVERIFY(test::sameMat(mask, before));
        QVERIFY(!test::sameMat(image, original));
    }
};

QTEST_GUILESS_MAIN(TestTrainSettings)
#include "tst_train_settings.moc"
