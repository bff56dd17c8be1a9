#include <QTest>

#include <opencv2/core.hpp>

#include "core/common/error.h"
#include "core/eval/disagreement_map.h"
#include "support/test_files.h"

using namespace seg;

// Where two models disagree and which one the ground truth sides with, on hand-made masks.
class TestDisagreementMap : public QObject {
    Q_OBJECT

    static int kindAt(const core::DisagreementMap& map, int x) {
        return map.kinds.at<uint8_t>(0, x);
    }
    static int kind(core::Disagreement d) { return static_cast<int>(d); }

private Q_SLOTS:
    void eachPixelGetsItsKind() {
        //                       agree right  agree wrong  first  second  both wrong  ignored
        const cv::Mat truth = test::mask({{1, 1, 2, 2, 0, 255}});
        const cv::Mat first = test::mask({{1, 0, 2, 1, 1, 1}});
        const cv::Mat second = test::mask({{1, 0, 0, 2, 2, 2}});
        const auto map = core::computeDisagreement(first, second, truth);
        QCOMPARE(kindAt(map, 0), kind(core::Disagreement::Agree));
        QCOMPARE(kindAt(map, 1), kind(core::Disagreement::Agree));
        QCOMPARE(kindAt(map, 2), kind(core::Disagreement::FirstRight));
        QCOMPARE(kindAt(map, 3), kind(core::Disagreement::SecondRight));
        QCOMPARE(kindAt(map, 4), kind(core::Disagreement::BothWrong));
        QCOMPARE(kindAt(map, 5), kind(core::Disagreement::Unlabelled));
        QCOMPARE(map.counts[size_t(core::Disagreement::Agree)], uint64_t{2});
        QCOMPARE(map.counts[size_t(core::Disagreement::Unlabelled)], uint64_t{1});
    }

    // Without ground truth, every disagreement is unlabelled.
    void withoutGroundTruthDisagreementsAreUnlabelled() {
        const auto map =
            core::computeDisagreement(test::mask({{1, 2, 3}}), test::mask({{1, 0, 0}}), cv::Mat());
        QCOMPARE(kindAt(map, 0), kind(core::Disagreement::Agree));
        QCOMPARE(map.counts[size_t(core::Disagreement::Unlabelled)], uint64_t{2});
    }

    void masksOfDifferentSizesAreRefused() {
        QCOMPARE(
            test::errorCodeOf(
                [] {
                    core::computeDisagreement(test::mask({{1, 2}}), test::mask({{1}}), cv::Mat());
                },
                {}),
            core::ErrorCode::SizeMismatch);
    }
};

QTEST_GUILESS_MAIN(TestDisagreementMap)
#include "tst_disagreement_map.moc"
