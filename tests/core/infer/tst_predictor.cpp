#include <algorithm>
#include <cmath>
#include <functional>

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

namespace {

// A predictor whose answer is known in advance: class 1 has probability grey/255 at every
// pixel of a grey image, class 0 the rest.
class GreyPredictor : public core::Predictor {
public:
    const core::PredictorInfo& info() const override { return m_info; }
    cv::Mat predictMask(const cv::Mat& image) override {
        return cv::Mat::zeros(image.size(), CV_8UC1);
    }
    std::vector<cv::Mat> predictProbabilities(const cv::Mat& image) override {
        cv::Mat grey, one;
        cv::cvtColor(image, grey, cv::COLOR_BGR2GRAY);
        grey.convertTo(one, CV_32F, 1.0 / 255);
        const cv::Mat zero = 1.0 - one;
        return {zero, one};
    }

private:
    core::PredictorInfo m_info;
};

}  // namespace

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

    // The mask is the argmax of the probabilities, computed here pixel by pixel (first class
    // on ties), for whole and tiled images of odd sizes.
    void maskIsTheArgmaxOfTheProbabilities() {
        auto whole = core::Predictor::fromCheckpoint(m_checkpoint);
        auto tiled = core::Predictor::fromCheckpoint(m_checkpoint, {40, 8, 0});
        cv::Mat shapes;
        cv::resize(core::readImage(m_data.samples[1].image), shapes, cv::Size(90, 70), 0, 0,
                   cv::INTER_NEAREST);
        const std::vector<std::pair<core::Predictor*, cv::Mat>> cases = {
            {whole.get(), test::image(48, 48)},
            {whole.get(), test::image(37, 61)},
            {whole.get(), shapes},
            {tiled.get(), shapes}};
        for (const auto& [predictor, image] : cases) {
            const cv::Mat mask = predictor->predictMask(image);
            QCOMPARE(mask.size(), image.size());
            QCOMPARE(mask.type(), CV_8UC1);
            const auto probabilities = predictor->predictProbabilities(image);
            QCOMPARE(probabilities.size(), size_t{5});
            cv::Mat expected(image.size(), CV_8UC1);
            for (int y = 0; y < image.rows; ++y)
                for (int x = 0; x < image.cols; ++x) {
                    int best = 0;
                    for (int c = 1; c < int(probabilities.size()); ++c)
                        if (probabilities[c].at<float>(y, x) > probabilities[best].at<float>(y, x))
                            best = c;
                    expected.at<uint8_t>(y, x) = static_cast<uint8_t>(best);
                }
            QCOMPARE(cv::countNonZero(mask != expected), 0);
            // The confidence maps' mask is the same argmax, and its confidence that class's
            // probability.
            const core::ConfidenceMaps maps = core::confidenceMaps(probabilities);
            QCOMPARE(cv::countNonZero(maps.mask != expected), 0);
            const int y = image.rows / 2, x = image.cols / 3;
            QCOMPARE(maps.confidence.at<float>(y, x),
                     probabilities[expected.at<uint8_t>(y, x)].at<float>(y, x));
        }
        // Not one class everywhere: the comparison above has something to compare.
        double lo = 0, hi = 0;
        cv::minMaxLoc(whole->predictMask(shapes), &lo, &hi);
        QVERIFY(hi > lo);
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
        // Per pixel: a sure left half, a guessing right half.
        cv::Mat a(1, 2, CV_32FC1), b(1, 2, CV_32FC1);
        a.at<float>(0, 0) = 0.f, b.at<float>(0, 0) = 1.f;
        a.at<float>(0, 1) = 0.5f, b.at<float>(0, 1) = 0.5f;
        const core::ConfidenceMaps maps = core::confidenceMaps({a, b});
        QCOMPARE(int(maps.mask.at<uint8_t>(0, 0)), 1);
        QCOMPARE(int(maps.mask.at<uint8_t>(0, 1)), 0);  // the first class on ties
        QCOMPARE(maps.confidence.at<float>(0, 0), 1.f);
        QCOMPARE(maps.entropy.at<float>(0, 0), 0.f);
        QVERIFY(std::abs(maps.entropy.at<float>(0, 1) - 1.f) < 1e-6);
    }

    // Images whose entropy is known in advance (GreyPredictor): the ranking holds the
    // unlabelled ones only, most uncertain first, in the order computed here.
    void unlabelledImagesAreRankedMostUncertainFirst() {
        const fs::path folder = test::toPath(m_dir.path()) / "greys";
        const std::vector<int> greys = {20, 250, 127, 128, 60, 200, 230};  // no two equally sure
        const std::vector<bool> labelled = {false, false, true, false, false, false, false};
        core::Dataset data;
        for (size_t i = 0; i < greys.size(); ++i) {
            core::Sample sample;
            sample.id = "grey" + std::to_string(i);
            sample.image = folder / (sample.id + ".png");
            test::writeWithOpenCv(sample.image, cv::Mat(6, 8, CV_8UC3, cv::Scalar::all(greys[i])));
            if (labelled[i]) sample.mask = folder / (sample.id + "_mask.png");
            data.samples.push_back(sample);
        }
        GreyPredictor predictor;
        const auto ranking = core::rankUnlabelledByUncertainty(predictor, data);

        // Expected: binary entropy of grey/255, in bits, highest first; 127 is labelled.
        std::vector<std::pair<double, size_t>> expected;
        for (size_t i = 0; i < greys.size(); ++i) {
            if (labelled[i]) continue;
            const double p = greys[i] / 255.0;
            expected.push_back({-(p * std::log2(p) + (1 - p) * std::log2(1 - p)), i});
        }
        std::sort(expected.begin(), expected.end(), std::greater<>());
        QCOMPARE(ranking.size(), expected.size());
        QCOMPARE(ranking.front().sample, size_t{3});  // grey 128: the most uncertain
        for (size_t n = 0; n < ranking.size(); ++n) {
            QCOMPARE(ranking[n].sample, expected[n].second);
            QVERIFY2(
                std::abs(ranking[n].entropy - expected[n].first) < 1e-4,
                qPrintable(
                    QStringLiteral("%1 vs %2").arg(ranking[n].entropy).arg(expected[n].first)));
        }
    }

    // With the trained model: scores in [0, 1], unlabelled images only, sorted.
    void rankingWithATrainedModel() {
        core::Dataset data = m_data;
        for (size_t i = 0; i < data.samples.size(); i += 2) data.samples[i].mask.clear();
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
