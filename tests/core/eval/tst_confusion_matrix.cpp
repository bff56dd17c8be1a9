#include <QTest>

#include <opencv2/core.hpp>

#include "core/common/error.h"
#include "core/eval/confusion_matrix.h"
#include "support/test_files.h"

using namespace seg;

class TestConfusionMatrix : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void countsCellsAndSkipsIgnoredTruth() {
        core::ConfusionMatrix m(3);
        m.add(test::mask({{0, 1, 1, 1, 0, 2}}), test::mask({{0, 0, 1, 1, 2, 255}}));
        QCOMPARE(m.count(0, 0), uint64_t{1});
        QCOMPARE(m.count(0, 1), uint64_t{1});
        QCOMPARE(m.count(1, 1), uint64_t{2});
        QCOMPARE(m.count(2, 0), uint64_t{1});
        QCOMPARE(m.count(2, 2), uint64_t{0});
        QCOMPARE(m.totalPixels(), uint64_t{5});
        QCOMPARE(m.groundTruthPixels(0), uint64_t{2});
        QCOMPARE(m.predictedPixels(1), uint64_t{3});
    }

    void ignoredPredictionIsAMiss() {
        core::ConfusionMatrix m(2);
        m.add(test::mask({{255, 1}}), test::mask({{1, 1}}));
        QCOMPARE(m.abstained(1), uint64_t{1});
        QCOMPARE(m.groundTruthPixels(1), uint64_t{2});
        QCOMPARE(m.predictedPixels(1), uint64_t{1});
    }

    void outOfRangeValuesThrowAndCountNothing() {
        core::ConfusionMatrix m(3);
        m.add(test::mask({{0}}), test::mask({{0}}));
        try {
            m.add(test::mask({{0, 1}}), test::mask({{0, 3}}));
            QFAIL("expected an error");
        } catch (const core::Error& e) {
            QCOMPARE(e.code(), core::ErrorCode::ValueOutOfRange);
            QVERIFY(e.detail().find("ground truth") != std::string::npos);
        }
        QVERIFY_THROWS_EXCEPTION(core::Error, m.add(test::mask({{9}}), test::mask({{0}})));
        QCOMPARE(m.totalPixels(), uint64_t{1});
        // A bad prediction on an ignored pixel does not matter.
        m.add(test::mask({{9}}), test::mask({{255}}));
        QCOMPARE(m.totalPixels(), uint64_t{1});
    }

    void sizeMismatchThrows() {
        core::ConfusionMatrix m(2);
        try {
            m.add(test::mask({{0, 1}}), test::mask({{0}, {1}}));
            QFAIL("expected an error");
        } catch (const core::Error& e) {
            QCOMPARE(e.code(), core::ErrorCode::SizeMismatch);
        }
    }

    void agreesWithANaiveCountOnRandomMasksAndViews() {
        cv::RNG rng(12345);
        cv::Mat truth(203, 157, CV_8UC1), prediction(203, 157, CV_8UC1);
        rng.fill(truth, cv::RNG::UNIFORM, 0, 7);
        rng.fill(prediction, cv::RNG::UNIFORM, 0, 7);
        truth.setTo(255, truth == 6);  // some ignored pixels
        prediction.setTo(255, prediction == 6);
        const cv::Rect roi(3, 5, 101, 77);  // non-continuous views go row by row
        core::ConfusionMatrix fast(6);
        fast.add(prediction(roi), truth(roi));
        uint64_t naive[6][7] = {};
        for (int y = roi.y; y < roi.y + roi.height; ++y)
            for (int x = roi.x; x < roi.x + roi.width; ++x) {
                const int t = truth.at<uint8_t>(y, x), p = prediction.at<uint8_t>(y, x);
                if (t == 255) continue;
                ++naive[t][p == 255 ? 6 : p];
            }
        for (int t = 0; t < 6; ++t) {
            for (int p = 0; p < 6; ++p) QCOMPARE(fast.count(t, p), naive[t][p]);
            QCOMPARE(fast.abstained(t), naive[t][6]);
        }
    }

    void mergeAddsAndResetClears() {
        core::ConfusionMatrix a(2), b(2);
        a.add(test::mask({{0, 1}}), test::mask({{0, 0}}));
        b.add(test::mask({{1, 1}}), test::mask({{1, 0}}));
        a.merge(b);
        QCOMPARE(a.count(0, 1), uint64_t{2});
        QCOMPARE(a.count(1, 1), uint64_t{1});
        QVERIFY_THROWS_EXCEPTION(core::Error, a.merge(core::ConfusionMatrix(3)));
        a.reset();
        QCOMPARE(a.totalPixels(), uint64_t{0});
    }

    // Counts read back from a run folder rebuild the matrix they were taken from.
    void countsRoundTrip() {
        core::ConfusionMatrix original(2);
        original.add(test::mask({{0, 1, 1, 0}}), test::mask({{0, 0, 1, 1}}));
        std::vector<uint64_t> counts;
        for (int t = 0; t < 2; ++t)
            for (int p = 0; p < 2; ++p) counts.push_back(original.count(t, p));
        core::ConfusionMatrix rebuilt(2);
        rebuilt.addCounts(counts);
        for (int t = 0; t < 2; ++t)
            for (int p = 0; p < 2; ++p) QCOMPARE(rebuilt.count(t, p), original.count(t, p));
        QCOMPARE(rebuilt.totalPixels(), original.totalPixels());
        QVERIFY_THROWS_EXCEPTION(core::Error, rebuilt.addCounts({1, 2, 3}));
    }

    void invalidConfigurationsThrow() {
        QVERIFY_THROWS_EXCEPTION(core::Error, core::ConfusionMatrix(0));
        QVERIFY_THROWS_EXCEPTION(core::Error, core::ConfusionMatrix(5, 3));
        core::ConfusionMatrix ok(255, 255);
        QCOMPARE(ok.numClasses(), 255);
    }
};

QTEST_GUILESS_MAIN(TestConfusionMatrix)
#include "tst_confusion_matrix.moc"
