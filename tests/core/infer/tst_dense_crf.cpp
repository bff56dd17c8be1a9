// Dense CRF post-processing: the permutohedral lattice against the exact Gaussian sum, the
// CRF cleaning noisy probabilities along an image's edges, and predictors applying it.
#include <random>

#include <QTest>

#include <opencv2/imgproc.hpp>

#include "core/common/error.h"
#include "core/infer/dense_crf.h"
#include "core/infer/permutohedral_lattice.h"

using namespace seg;

namespace {

// Two classes: the left half dark, the right half bright; the model is right at 65% of
// pixels and confidently wrong (0.6) at the rest.
struct NoisyScene {
    cv::Mat bgr;
    cv::Mat truth;  // CV_8U class per pixel
    std::vector<cv::Mat> probabilities;
};

NoisyScene noisyScene(int size, double wrongShare) {
    NoisyScene s;
    s.bgr = cv::Mat(size, size, CV_8UC3, cv::Scalar(40, 40, 40));
    s.bgr(cv::Rect(size / 2, 0, size - size / 2, size)).setTo(cv::Scalar(200, 210, 190));
    s.truth = cv::Mat::zeros(size, size, CV_8U);
    s.truth(cv::Rect(size / 2, 0, size - size / 2, size)).setTo(1);
    cv::Mat p1(size, size, CV_32FC1);
    std::mt19937 random(5);
    std::uniform_real_distribution<double> uniform(0, 1);
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x) {
            const bool wrong = uniform(random) < wrongShare;
            const bool one = (s.truth.at<uint8_t>(y, x) == 1) != wrong;
            p1.at<float>(y, x) = one ? (wrong ? 0.6f : 0.7f) : (wrong ? 0.4f : 0.3f);
        }
    s.probabilities = {1.0f - p1, p1};
    return s;
}

double errorShare(const std::vector<cv::Mat>& probabilities, const cv::Mat& truth) {
    cv::Mat mask = probabilities[1] > probabilities[0];  // 255 where class 1
    cv::Mat wrong = (mask / 255) != truth;
    return double(cv::countNonZero(wrong)) / double(truth.total());
}

}  // namespace

class TestDenseCrf : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Normalised filtering (weighted mean of the neighbours' values) against the exact
    // Gaussian: the lattice's approximation stays close.
    void latticeApproximatesTheGaussian_data() {
        QTest::addColumn<int>("dimensions");
        QTest::newRow("2-D") << 2;
        QTest::newRow("5-D (the bilateral kernel)") << 5;
    }
    void latticeApproximatesTheGaussian() {
        QFETCH(int, dimensions);
        const int points = 400;
        std::mt19937 random(11);
        std::uniform_real_distribution<float> position(0.0f, 4.0f);
        const size_t n = static_cast<size_t>(points);
        std::vector<float> features(n * static_cast<size_t>(dimensions)), values(n);
        for (float& f : features) f = position(random);
        for (int p = 0; p < points; ++p) values[size_t(p)] = features[size_t(p * dimensions)];
        const core::PermutohedralLattice lattice(features, dimensions);
        std::vector<float> filtered(n), weights(n), ones(n, 1.0f);
        lattice.filter(values.data(), filtered.data(), 1);
        lattice.filter(ones.data(), weights.data(), 1);
        double worst = 0.0, spread = 0.0, total = 0.0;
        for (int i = 0; i < points; ++i) {
            double sum = 0.0, weight = 0.0;
            for (int j = 0; j < points; ++j) {
                double distance = 0.0;
                for (int k = 0; k < dimensions; ++k) {
                    const double d =
                        features[size_t(i * dimensions + k)] - features[size_t(j * dimensions + k)];
                    distance += d * d;
                }
                const double w = std::exp(-distance / 2.0);
                sum += w * values[size_t(j)];
                weight += w;
            }
            const double exact = sum / weight;
            const double approximate = filtered[size_t(i)] / weights[size_t(i)];
            worst = std::max(worst, std::abs(exact - approximate));
            total += std::abs(exact - approximate);
            spread = std::max(spread, std::abs(exact - values[size_t(i)]));
        }
        // Values span 0 to 4; the filter moves them by `spread` at most. The lattice is an
        // approximation (coarser in 5-D, where 400 points are sparse): bounded on average and
        // at worst.
        const double mean = total / points;
        QVERIFY2(mean < 0.08 && worst < 0.3,
                 qPrintable(QStringLiteral("mean %1, worst %2; the filter moves values by up to %3")
                                .arg(mean)
                                .arg(worst)
                                .arg(spread)));
        QVERIFY(spread > 0.5);  // the filter does something
    }

    void crfCleansNoiseWithinRegionsOfOneColour() {
        const NoisyScene scene = noisyScene(64, 0.3);
        const double before = errorShare(scene.probabilities, scene.truth);
        QVERIFY(before > 0.25);
        const auto refined = core::refineWithDenseCrf(scene.bgr, scene.probabilities, {});
        const double after = errorShare(refined, scene.truth);
        QVERIFY2(after < 0.02, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
        for (int y = 0; y < 64; y += 9)
            for (int x = 0; x < 64; x += 7)
                QCOMPARE(refined[0].at<float>(y, x) + refined[1].at<float>(y, x), 1.0f);
    }

    // Without pairwise weights the CRF is the identity (softmax of log p is p).
    void zeroWeightsChangeNothing() {
        const NoisyScene scene = noisyScene(32, 0.3);
        core::DenseCrfSettings none;
        none.appearanceWeight = none.smoothnessWeight = 0.0;
        const auto refined = core::refineWithDenseCrf(scene.bgr, scene.probabilities, none);
        for (size_t c = 0; c < 2; ++c)
            QVERIFY(cv::norm(refined[c], scene.probabilities[c], cv::NORM_INF) < 1e-5);
    }

    void badSettingsAndInputsAreRefused() {
        const NoisyScene scene = noisyScene(16, 0.0);
        core::DenseCrfSettings bad;
        bad.iterations = 0;
        QVERIFY_THROWS_EXCEPTION(core::Error,
                                 core::refineWithDenseCrf(scene.bgr, scene.probabilities, bad));
        cv::Mat grey;
        cv::cvtColor(scene.bgr, grey, cv::COLOR_BGR2GRAY);
        QVERIFY_THROWS_EXCEPTION(core::Error,
                                 core::refineWithDenseCrf(grey, scene.probabilities, {}));
        QVERIFY_THROWS_EXCEPTION(core::Error,
                                 core::refineWithDenseCrf(scene.bgr, {scene.probabilities[0]}, {}));
    }
};

QTEST_GUILESS_MAIN(TestDenseCrf)
#include "tst_dense_crf.moc"
