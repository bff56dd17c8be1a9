#include <cmath>

#include <QTest>

#include <nlohmann/json.hpp>

#include "core/data/class_map.h"
#include "core/eval/metrics.h"
#include "core/eval/metrics_json.h"
#include "support/test_files.h"

using namespace seg;

namespace {

void compareClose(double actual, double expected) {
    if (std::isnan(expected)) {
        QVERIFY2(std::isnan(actual),
                 qPrintable(QStringLiteral("expected NaN, got %1").arg(actual)));
        return;
    }
    QVERIFY2(std::abs(actual - expected) < 1e-12,
             qPrintable(QStringLiteral("%1 != %2").arg(actual).arg(expected)));
}

const double kNaN = std::nan("");

}  // namespace

class TestMetrics : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // gt   = 0 0 1 1 2 255     counted: the first five pixels
    // pred = 0 1 1 1 0 2
    // TP = {1, 2, 0}, GT = {2, 2, 1}, PRED = {2, 3, 0}
    // IoU = {1/3, 2/3, 0}, Dice = {1/2, 4/5, 0}, Acc = {1/2, 1, 0}, Prec = {1/2, 2/3, NaN}
    // PA = 3/5, mPA = 1/2, mIoU = 1/3, FWIoU = (2/3 + 4/3 + 0) / 5 = 2/5, mDice = 1.3/3
    void handComputedCase() {
        core::ConfusionMatrix m(3);
        m.add(test::mask({{0, 1, 1, 1, 0, 2}}), test::mask({{0, 0, 1, 1, 2, 255}}));
        const auto r = core::computeMetrics(m);
        QCOMPARE(r.pixels, uint64_t{5});
        compareClose(r.classes[0].iou, 1.0 / 3);
        compareClose(r.classes[1].iou, 2.0 / 3);
        compareClose(r.classes[2].iou, 0.0);
        compareClose(r.classes[0].dice, 0.5);
        compareClose(r.classes[1].dice, 0.8);
        compareClose(r.classes[2].dice, 0.0);
        compareClose(r.classes[1].accuracy, 1.0);
        compareClose(r.classes[1].precision, 2.0 / 3);
        compareClose(r.classes[2].precision, kNaN);
        compareClose(r.pixelAccuracy, 0.6);
        compareClose(r.meanClassAccuracy, 0.5);
        compareClose(r.meanIoU, 1.0 / 3);
        compareClose(r.frequencyWeightedIoU, 0.4);
        compareClose(r.meanDice, 1.3 / 3);
    }

    // Classes 2 and 3 are in neither mask: NaN, and the means skip them.
    void absentClassesAreNaNAndSkipped() {
        core::ConfusionMatrix m(4);
        m.add(test::mask({{0, 1, 1}}), test::mask({{0, 1, 0}}));
        const auto r = core::computeMetrics(m);
        compareClose(r.classes[2].iou, kNaN);
        compareClose(r.classes[3].dice, kNaN);
        compareClose(r.classes[3].accuracy, kNaN);
        // IoU0 = 1/2, IoU1 = 1/2
        compareClose(r.meanIoU, 0.5);
        // Acc0 = 1/2, Acc1 = 1
        compareClose(r.meanClassAccuracy, 0.75);
    }

    // A class predicted but absent from the ground truth counts in mIoU with IoU 0.
    void falsePositiveOnlyClassCountsAsZero() {
        core::ConfusionMatrix m(3);
        m.add(test::mask({{0, 2}}), test::mask({{0, 0}}));
        const auto r = core::computeMetrics(m);
        compareClose(r.classes[2].iou, 0.0);
        compareClose(r.classes[2].accuracy, kNaN);
        compareClose(r.meanIoU, 0.25);  // (1/2 + 0) / 2
    }

    void allIgnoredImageGivesNaN() {
        core::ConfusionMatrix m(2);
        m.add(test::mask({{0, 1}}), test::mask({{255, 255}}));
        const auto r = core::computeMetrics(m);
        QCOMPARE(r.pixels, uint64_t{0});
        compareClose(r.pixelAccuracy, kNaN);
        compareClose(r.meanIoU, kNaN);
        compareClose(r.frequencyWeightedIoU, kNaN);
    }

    void perfectPredictionScoresOne() {
        core::ConfusionMatrix m(5);
        m.add(test::mask({{0, 1, 2, 3, 4, 255}}), test::mask({{0, 1, 2, 3, 4, 255}}));
        const auto r = core::computeMetrics(m);
        for (double v :
             {r.pixelAccuracy, r.meanClassAccuracy, r.meanIoU, r.frequencyWeightedIoU, r.meanDice})
            compareClose(v, 1.0);
    }

    // An abstained pixel (prediction 255) is a miss: it lowers recall, not precision.
    void abstentionLowersRecallOnly() {
        core::ConfusionMatrix m(2);
        m.add(test::mask({{255, 1}}), test::mask({{1, 1}}));
        const auto r = core::computeMetrics(m);
        compareClose(r.classes[1].accuracy, 0.5);
        compareClose(r.classes[1].precision, 1.0);
        compareClose(r.classes[1].iou, 0.5);
        compareClose(r.pixelAccuracy, 0.5);
    }

    void jsonUsesNullForNaN() {
        core::ConfusionMatrix m(3);
        m.add(test::mask({{0, 1}}), test::mask({{0, 1}}));
        const auto json = nlohmann::json::parse(
            core::metricsToJson(core::computeMetrics(m), core::ClassMap({"a", "b", "c"})));
        QCOMPARE(json.at("mean_iou").get<double>(), 1.0);
        QVERIFY(json.at("classes").at(2).at("iou").is_null());
        QCOMPARE(json.at("classes").at(1).at("name").get<std::string>(), std::string("b"));
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
