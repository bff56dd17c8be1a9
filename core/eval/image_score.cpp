#include "core/eval/image_score.h"

#include <algorithm>
#include <cmath>

#include "core/eval/metrics.h"

namespace seg::core {

ImageScore scoreImage(const std::string& sampleId, const ConfusionMatrix& matrix) {
    const SegmentationMetrics metrics = computeMetrics(matrix);
    ImageScore score;
    score.sampleId = sampleId;
    score.pixelAccuracy = metrics.pixelAccuracy;
    score.meanIoU = metrics.meanIoU;
    for (size_t c = 0; c < metrics.classes.size(); ++c) {
        const double iou = metrics.classes[c].iou;
        if (std::isnan(iou)) continue;  // in neither mask
        if (score.worstClass < 0 || iou < score.worstClassIoU) {
            score.worstClass = static_cast<int>(c);
            score.worstClassIoU = iou;
        }
    }
    for (int c = 0; c < matrix.numClasses(); ++c)
        if (matrix.groundTruthPixels(c) > 0) score.classesInTruth.push_back(c);
    return score;
}

void sortWorstFirst(std::vector<ImageScore>& scores) {
    std::stable_sort(scores.begin(), scores.end(), [](const ImageScore& a, const ImageScore& b) {
        const bool aScored = !std::isnan(a.meanIoU), bScored = !std::isnan(b.meanIoU);
        if (aScored != bScored) return aScored;
        if (!aScored) return false;
        if (a.meanIoU != b.meanIoU) return a.meanIoU < b.meanIoU;
        return a.pixelAccuracy < b.pixelAccuracy;
    });
}

}  // namespace seg::core
