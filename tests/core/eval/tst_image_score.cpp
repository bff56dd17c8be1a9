#include <QTest>

#include <cmath>

#include "core/eval/image_score.h"
#include "support/test_files.h"

using namespace seg;

// One image's scores and the worst-first order the validation browser and `eval
// --per-image` show.
class TestImageScore : public QObject {
    Q_OBJECT

    static core::ImageScore score(const cv::Mat& prediction, const cv::Mat& truth) {
        core::ConfusionMatrix matrix(3);
        matrix.add(prediction, truth);
        return core::scoreImage("img", matrix);
    }

private Q_SLOTS:
    void scoresAndWorstClass() {
        // Class 0: 2 of 2 right (IoU 2/3: one false alarm); class 1: 1 of 2 (IoU 1/2);
        // class 2 in neither mask: no IoU, never the worst.
        const core::ImageScore s =
            score(test::mask({{0, 0, 1, 0, 255}}), test::mask({{0, 0, 1, 1, 255}}));
        QCOMPARE(s.sampleId, std::string("img"));
        QCOMPARE(s.pixelAccuracy, 3.0 / 4.0);
        QCOMPARE(s.worstClass, 1);
        QCOMPARE(s.worstClassIoU, 0.5);
        QCOMPARE(s.meanIoU, (2.0 / 3.0 + 0.5) / 2);
        // The ground truth holds classes 0 and 1 (255 is ignored), whatever was predicted.
        QCOMPARE(s.classesInTruth, (std::vector<int>{0, 1}));
    }

    void worstFirst() {
        std::vector<core::ImageScore> scores(4);
        scores[0] = {"good", 0.9, 0.8, 1, 0.7};
        scores[1] = {"empty", 0.0, std::nan(""), -1, 0.0};
        scores[2] = {"bad", 0.5, 0.2, 2, 0.0};
        scores[3] = {"tie", 0.4, 0.8, 1, 0.6};
        core::sortWorstFirst(scores);
        QCOMPARE(scores[0].sampleId, std::string("bad"));
        QCOMPARE(scores[1].sampleId, std::string("tie"));  // same mIoU, lower accuracy
        QCOMPARE(scores[2].sampleId, std::string("good"));
        QCOMPARE(scores[3].sampleId, std::string("empty"));
    }
};

QTEST_GUILESS_MAIN(TestImageScore)
#include "tst_image_score.moc"
