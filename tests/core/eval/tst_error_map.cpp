#include <QTest>

#include <opencv2/core.hpp>

#include "core/common/error.h"
#include "core/eval/error_map.h"
#include "support/test_files.h"

using namespace seg;

// The kinds of error a reviewer reads off the error map, on masks made by hand.
class TestErrorMap : public QObject {
    Q_OBJECT

    static int kindAt(const core::ErrorMap& map, int x) { return map.kinds.at<uint8_t>(0, x); }
    static int kind(core::ErrorKind k) { return static_cast<int>(k); }
    static uint64_t count(const core::ErrorMap& map, core::ErrorKind k) {
        return map.counts[static_cast<size_t>(k)];
    }

private Q_SLOTS:
    void eachPixelGetsItsKind() {
        //                      correct  wrong  missed  false alarm  ignored  correct bg
        const cv::Mat truth = test::mask({{1, 2, 1, 0, 255, 0}});
        const cv::Mat pred = test::mask({{1, 1, 0, 2, 3, 0}});
        const core::ErrorMap map = core::computeErrorMap(pred, truth);
        QCOMPARE(kindAt(map, 0), kind(core::ErrorKind::Correct));
        QCOMPARE(kindAt(map, 1), kind(core::ErrorKind::WrongClass));
        QCOMPARE(kindAt(map, 2), kind(core::ErrorKind::Missed));
        QCOMPARE(kindAt(map, 3), kind(core::ErrorKind::FalseAlarm));
        QCOMPARE(kindAt(map, 4), kind(core::ErrorKind::Ignored));
        QCOMPARE(kindAt(map, 5), kind(core::ErrorKind::Correct));
        QCOMPARE(count(map, core::ErrorKind::Correct), uint64_t{2});
        for (auto k : {core::ErrorKind::WrongClass, core::ErrorKind::Missed,
                       core::ErrorKind::FalseAlarm, core::ErrorKind::Ignored})
            QCOMPARE(count(map, k), uint64_t{1});
    }

    // A prediction of the ignore index on a labelled pixel misses it, background or not;
    // another ignore index is honoured.
    void ignoreIndexCases() {
        const core::ErrorMap map =
            core::computeErrorMap(test::mask({{7, 7, 255, 7}}), test::mask({{0, 2, 1, 7}}), 7);
        QCOMPARE(kindAt(map, 0), kind(core::ErrorKind::Missed));
        QCOMPARE(kindAt(map, 1), kind(core::ErrorKind::Missed));
        QCOMPARE(kindAt(map, 2), kind(core::ErrorKind::WrongClass));
        QCOMPARE(kindAt(map, 3), kind(core::ErrorKind::Ignored));
    }

    void masksOfDifferentSizesAreRefused() {
        QVERIFY_THROWS_EXCEPTION(core::Error,
                                 core::computeErrorMap(test::mask({{0, 1}}), test::mask({{0}})));
    }
};

QTEST_GUILESS_MAIN(TestErrorMap)
#include "tst_error_map.moc"
