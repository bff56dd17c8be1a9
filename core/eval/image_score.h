#pragma once
// One image's scores, for finding the images a model gets most wrong: pixel accuracy, mIoU
// and its worst class (the lowest IoU among the classes in its ground truth or
// prediction). Any thread.

#include <string>
#include <vector>

#include "core/eval/confusion_matrix.h"

namespace seg::core {

struct ImageScore {
    std::string sampleId;
    double pixelAccuracy = 0.0;
    double meanIoU = 0.0;  // NaN when the image has no labelled pixel
    int worstClass = -1;   // -1 when no class is present
    double worstClassIoU = 0.0;
    std::vector<int> classesInTruth;  // classes with pixels in the ground truth, ascending
};

// The scores of one image from its own confusion matrix.
ImageScore scoreImage(const std::string& sampleId, const ConfusionMatrix& matrix);

// Worst first: ascending mIoU, then ascending pixel accuracy; images without a score last.
void sortWorstFirst(std::vector<ImageScore>& scores);

}  // namespace seg::core
