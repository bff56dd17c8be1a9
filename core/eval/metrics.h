#pragma once
// Segmentation metrics reduced once from a confusion matrix. A class absent from both
// ground truth and prediction has NaN scores, and means skip NaN (as MMSegmentation does).

#include <cstdint>
#include <vector>

#include "core/eval/confusion_matrix.h"

namespace seg::core {

struct ClassScores {
    double iou;        // TP / (TP + FP + FN); NaN when the class is in neither mask
    double dice;       // 2 TP / (2 TP + FP + FN); NaN likewise
    double accuracy;   // TP / ground-truth pixels (recall); NaN when absent from ground truth
    double precision;  // TP / predicted pixels; NaN when never predicted
    uint64_t groundTruthPixels;
    uint64_t predictedPixels;
};

struct SegmentationMetrics {
    double pixelAccuracy;         // correct / counted pixels
    double meanClassAccuracy;     // mean of class accuracies over classes in the ground truth
    double meanIoU;               // mean IoU over classes present in prediction or ground truth
    double frequencyWeightedIoU;  // IoU weighted by each class's share of ground-truth pixels
    double meanDice;              // mean Dice over classes present in prediction or ground truth
    uint64_t pixels;              // pixels counted (ground truth not ignored)
    std::vector<ClassScores> classes;
};

SegmentationMetrics computeMetrics(const ConfusionMatrix& matrix);

// The change class's scores as change-detection papers report them: precision, recall,
// F1 (which is its Dice) and IoU of class `changeClass` (1 in a change dataset).
struct ChangeScores {
    double precision;
    double recall;
    double f1;
    double iou;
};
ChangeScores changeScores(const SegmentationMetrics& metrics, int changeClass = 1);

}  // namespace seg::core
