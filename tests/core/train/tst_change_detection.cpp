// Change detection end to end in core: the three networks train on synthetic pairs (with
// every augmentation), their checkpoints predict and score pairs, and a model and a dataset
// that do not fit together are refused with a message that says why.
#include <cmath>

#include <QTemporaryDir>
#include <QTest>

#include <torch/torch.h>
#include <opencv2/core.hpp>

#include "core/data/image_pair.h"
#include "core/data/synthetic_changes.h"
#include "core/eval/metrics.h"
#include "core/infer/dataset_evaluation.h"
#include "core/infer/predictor.h"
#include "core/train/image_tensor.h"
#include "support/test_files.h"
#include "support/tiny_training.h"

using namespace seg;
namespace fs = std::filesystem;

class TestChangeDetection : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    core::Dataset m_pairs;

    core::TrainConfig configFor(const std::string& architecture, int epochs) const {
        core::TrainConfig config = test::tinyConfig(epochs);
        config.model = core::defaultModelSpec(architecture);
        if (config.model.has("width")) config.model.set("width", 8);
        core::fitModelToDataset(config.model, m_pairs);
        return config;
    }

private Q_SLOTS:
    void initTestCase() {
        torch::set_num_threads(1);
        core::SyntheticChangesOptions options;
        options.count = 24;
        options.width = options.height = 32;
        options.seed = 11;
        QVERIFY(core::writeChangePairsDataset(test::toPath(m_dir.path()) / "pairs", options));
        m_pairs = core::openDataset(test::toPath(m_dir.path()) / "pairs");
    }

    // A pair becomes 6 input channels: the before image's RGB, then the after image's.
    void pairsBecomeSixChannels() {
        cv::Mat before(2, 2, CV_8UC3, cv::Scalar(10, 20, 30));  // B, G, R
        cv::Mat after(2, 2, CV_8UC3, cv::Scalar(40, 50, 60));
        const auto input =
            core::imagesToInput({core::stackPair(before, after)}, {0, 0, 0}, {1, 1, 1});
        QCOMPARE(input.sizes().vec(), (std::vector<int64_t>{1, 6, 2, 2}));
        const double expected[] = {30, 20, 10, 60, 50, 40};
        for (int c = 0; c < 6; ++c)
            QCOMPARE(input[0][c][1][1].item<float>() * 255.0f, float(expected[c]));
    }

    void eachNetworkLearnsTheChange_data() {
        QTest::addColumn<QString>("architecture");
        for (const char* name : {"fc_ef", "fc_siam_conc", "fc_siam_diff"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void eachNetworkLearnsTheChange() {
        QFETCH(QString, architecture);
        core::TrainConfig config = configFor(architecture.toStdString(), 8);
        QCOMPARE(config.model.inChannels, 6);
        config.augment.rotationDegrees = 10;
        config.augment.scaleMin = 0.9;
        config.augment.scaleMax = 1.2;
        config.augment.brightness = config.augment.contrast = config.augment.saturation = 0.1;
        config.cropSize = 32;
        const fs::path run = test::toPath(m_dir.path()) / architecture.toStdString();
        test::RecordingObserver observer;
        core::TrainControl control;
        const auto outcome =
            core::runTraining({config, m_pairs, run, std::nullopt}, observer, control);
        QVERIFY2(outcome.status == core::TrainStatus::Finished, outcome.message.c_str());
        QVERIFY2(observer.epochs.back().trainLoss < 0.8 * observer.epochs.front().trainLoss,
                 qPrintable(QStringLiteral("%1 -> %2")
                                .arg(observer.epochs.front().trainLoss)
                                .arg(observer.epochs.back().trainLoss)));

        auto predictor = core::Predictor::fromCheckpoint(outcome.bestCheckpoint);
        QCOMPARE(predictor->info().inputImages, 2);
        const core::LoadedSample sample = core::loadSample(m_pairs, m_pairs.samples[0]);
        const cv::Mat mask = predictor->predictMask(sample.image);
        QCOMPARE(mask.size(), sample.image.size());
        try {
            predictor->predictMask(core::splitPair(sample.image).first);
            QFAIL("a single image was taken for a pair");
        } catch (const core::Error& e) {
            QVERIFY2(e.detail().find("image pairs") != std::string::npos, e.what());
        }
        const auto evaluation = core::evaluateOnDataset(*predictor, m_pairs, {core::Split::Val});
        const core::ChangeScores change = core::changeScores(evaluation.metrics);
        QVERIFY(std::isfinite(change.iou) && change.iou > 0.0);
        QCOMPARE(change.f1, evaluation.metrics.classes[1].dice);
        QCOMPARE(change.recall, evaluation.metrics.classes[1].accuracy);
    }

    // A pair network cannot train on single images; a single-image network on pairs fuses
    // them early, through its first convolution.
    void modelsAndDatasetsMustFit() {
        const core::Dataset shapes = test::tinyShapesDataset(test::toPath(m_dir.path()) / "shapes");
        core::ModelSpec siamese = core::defaultModelSpec("fc_siam_diff");
        try {
            core::fitModelToDataset(siamese, shapes);
            QFAIL("a pair network was fitted to single images");
        } catch (const core::Error& e) {
            QVERIFY2(e.detail().find("change-detection dataset") != std::string::npos, e.what());
        }
        core::ModelSpec unet = test::tinyConfig().model;
        core::fitModelToDataset(unet, m_pairs);
        QCOMPARE(unet.inChannels, 6);
        QCOMPARE(unet.numClasses, 2);
        core::TrainConfig config = test::tinyConfig(1);
        config.model = unet;
        test::RecordingObserver observer;
        core::TrainControl control;
        const auto outcome = core::runTraining(
            {config, m_pairs, test::toPath(m_dir.path()) / "unet_pairs", std::nullopt}, observer,
            control);
        QVERIFY2(outcome.status == core::TrainStatus::Finished, outcome.message.c_str());
        // And a run whose model does not take what the dataset holds says so.
        config.model.inChannels = 3;
        const auto refused = core::runTraining(
            {config, m_pairs, test::toPath(m_dir.path()) / "refused", std::nullopt}, observer,
            control);
        QCOMPARE(refused.status, core::TrainStatus::Failed);
        QVERIFY2(refused.message.find("image pairs") != std::string::npos, refused.message.c_str());
    }
};

QTEST_GUILESS_MAIN(TestChangeDetection)
#include "tst_change_detection.moc"
