#include <cmath>

#include <QTemporaryDir>
#include <QTest>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include "core/common/error.h"
#include "core/data/image_io.h"
#include "core/infer/dataset_evaluation.h"
#include "core/infer/predictor.h"
#include "core/infer/uncertainty.h"
#include "support/test_files.h"
#include "support/tiny_training.h"

using namespace seg;
namespace fs = std::filesystem;

class TestPredictor : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    core::Dataset m_data;
    fs::path m_checkpoint;
    test::RecordingObserver m_observer;

private Q_SLOTS:
    void initTestCase() {
        m_data = test::tinyShapesDataset(test::toPath(m_dir.path()) / "shapes", 24, 48);
        core::TrainControl control;
        const auto outcome =
            core::runTraining({test::tinyConfig(3), m_data, test::toPath(m_dir.path()) / "run", {}},
                              m_observer, control);
        QCOMPARE(outcome.status, core::TrainStatus::Finished);
        m_checkpoint = outcome.bestCheckpoint;
    }

    void masksHaveTheImageSize() {
        auto predictor = core::Predictor::fromCheckpoint(m_checkpoint);
        for (auto [w, h] : {std::pair{48, 48}, std::pair{37, 61}}) {
            const cv::Mat mask = predictor->predictMask(test::image(w, h));
            QCOMPARE(mask.size(), cv::Size(w, h));
            QCOMPARE(mask.type(), CV_8UC1);
            double maxValue = 0;
            cv::minMaxLoc(mask, nullptr, &maxValue);
            QVERIFY(maxValue < 5);
        }
    }

    void tiledPredictionCoversLargeImagesAndAgreesWithWhole() {
        const cv::Mat big = core::readImage(m_data.samples[0].image);
        cv::Mat large;
        cv::resize(big, large, cv::Size(150, 130), 0, 0, cv::INTER_NEAREST);
        auto whole = core::Predictor::fromCheckpoint(m_checkpoint, {512, 64, 0});
        auto tiled = core::Predictor::fromCheckpoint(m_checkpoint, {64, 16, 0});
        const auto probabilities = tiled->predictProbabilities(large);
        QCOMPARE(probabilities.size(), size_t{5});
        cv::Mat sum = cv::Mat::zeros(large.size(), CV_32FC1);
        for (const auto& p : probabilities) sum += p;
        double lo = 0, hi = 0;
        cv::minMaxLoc(sum, &lo, &hi);
        QVERIFY(lo > 0.999 && hi < 1.001);  // blended tiles still give probabilities
        const cv::Mat a = whole->predictMask(large), b = tiled->predictMask(large);
        const double agreement = double(cv::countNonZero(a == b)) / double(a.total());
        QVERIFY2(agreement > 0.9, qPrintable(QString::number(agreement)));
    }

    void evaluationReproducesTheTrainingValidationScore() {
        auto predictor = core::Predictor::fromCheckpoint(m_checkpoint);
        const auto result = core::evaluateOnDataset(*predictor, m_data, {core::Split::Val});
        QCOMPARE(result.images, 5);
        double best = -1;
        for (const auto& e : m_observer.epochs)
            if (e.best) best = e.metrics.meanIoU;
        QVERIFY2(std::abs(result.metrics.meanIoU - best) < 1e-3,
                 qPrintable(QStringLiteral("%1 vs %2").arg(result.metrics.meanIoU).arg(best)));
    }

    void otherClassesAreRefused() {
        auto predictor = core::Predictor::fromCheckpoint(m_checkpoint);
        core::Dataset other = m_data;
        other.classes = core::ClassMap({"a", "b"});
        QVERIFY_THROWS_EXCEPTION(core::Error,
                                 core::evaluateOnDataset(*predictor, other, {core::Split::Val}));
    }

    void entropyIsZeroWhenSureAndOneWhenGuessing() {
        const cv::Mat half(4, 4, CV_32FC1, cv::Scalar(0.5f)), one(4, 4, CV_32FC1, cv::Scalar(1.f)),
            zero(4, 4, CV_32FC1, cv::Scalar(0.f));
        QCOMPARE(core::meanNormalisedEntropy({half, half}), 1.0);
        QCOMPARE(core::meanNormalisedEntropy({one, zero, zero}), 0.0);
        const cv::Mat third(4, 4, CV_32FC1, cv::Scalar(1.f / 3));
        QVERIFY(std::abs(core::meanNormalisedEntropy({third, third, third}) - 1.0) < 1e-6);
    }

    void unlabelledImagesAreRankedMostUncertainFirst() {
        core::Dataset data = m_data;
        for (size_t i = 0; i < data.samples.size(); i += 2) data.samples[i].mask.clear();
        // One of them is pure noise: the model has never seen anything like it.
        const fs::path noiseFile = test::toPath(m_dir.path()) / "noise.png";
        cv::Mat noise(48, 48, CV_8UC3);
        cv::randu(noise, 0, 256);
        test::writeWithOpenCv(noiseFile, noise);
        data.samples[0].image = noiseFile;
        auto predictor = core::Predictor::fromCheckpoint(m_checkpoint);
        const auto ranking = core::rankUnlabelledByUncertainty(*predictor, data);
        QCOMPARE(ranking.size(), (data.samples.size() + 1) / 2);
        for (size_t i = 1; i < ranking.size(); ++i)
            QVERIFY(ranking[i - 1].entropy >= ranking[i].entropy);
        for (const auto& r : ranking) {
            QVERIFY(!data.samples[r.sample].hasMask());
            QVERIFY(r.entropy >= 0.0 && r.entropy <= 1.0);
        }
    }

    void missingCheckpointIsNamed() {
        const fs::path missing = test::toPath(m_dir.path()) / "nope.pt";
        QCOMPARE(test::errorCodeOf([&] { core::Predictor::fromCheckpoint(missing); }, missing),
                 core::ErrorCode::FileNotFound);
    }
};

QTEST_GUILESS_MAIN(TestPredictor)
#include "tst_predictor.moc"
