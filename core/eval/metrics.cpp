#include "core/eval/metrics.h"

#include <cmath>
#include <limits>

namespace seg::core {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double ratio(double numerator, double denominator) {
    return denominator > 0 ? numerator / denominator : kNaN;
}

double nanMean(const std::vector<double>& values) {
    double sum = 0;
    int n = 0;
    for (double v : values)
        if (!std::isnan(v)) sum += v, ++n;
    return n ? sum / n : kNaN;
}

}  // namespace

SegmentationMetrics computeMetrics(const ConfusionMatrix& matrix) {
    const int k = matrix.numClasses();
    SegmentationMetrics out{};
    out.pixels = matrix.totalPixels();
    std::vector<double> iou, dice, accuracy;
    uint64_t correct = 0;
    double weightedIoU = 0;
    for (int c = 0; c < k; ++c) {
        const uint64_t tp = matrix.count(c, c);
        const uint64_t gt = matrix.groundTruthPixels(c);
        const uint64_t pred = matrix.predictedPixels(c);
        const uint64_t unionPixels = gt + pred - tp;
        ClassScores s;
        s.iou = ratio(double(tp), double(unionPixels));
        s.dice = ratio(2.0 * double(tp), double(gt + pred));
        s.accuracy = ratio(double(tp), double(gt));
        s.precision = ratio(double(tp), double(pred));
        s.groundTruthPixels = gt;
        s.predictedPixels = pred;
        out.classes.push_back(s);
        iou.push_back(s.iou);
        dice.push_back(s.dice);
        accuracy.push_back(s.accuracy);
        correct += tp;
        if (gt > 0) weightedIoU += double(gt) * s.iou;
    }
    out.pixelAccuracy = ratio(double(correct), double(out.pixels));
    out.meanClassAccuracy = nanMean(accuracy);
    out.meanIoU = nanMean(iou);
    out.meanDice = nanMean(dice);
    out.frequencyWeightedIoU = ratio(weightedIoU, double(out.pixels));
    return out;
}

ChangeScores changeScores(const SegmentationMetrics& metrics, int changeClass) {
    const ClassScores& c = metrics.classes.at(static_cast<size_t>(changeClass));
    return {c.precision, c.accuracy, c.dice, c.iou};
}

}  // namespace seg::core
