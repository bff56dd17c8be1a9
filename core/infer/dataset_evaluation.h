#pragma once
// Scores a model on a dataset split: predicts every labelled image of the split and
// reduces one confusion matrix. Torch-free header; runs on the calling thread.

#include <atomic>
#include <filesystem>
#include <functional>
#include <vector>

#include "core/data/dataset.h"
#include "core/eval/confusion_matrix.h"
#include "core/eval/image_score.h"
#include "core/eval/metrics.h"
#include "core/infer/predictor.h"

namespace seg::core {

struct DatasetEvaluation {
    SegmentationMetrics metrics;
    ConfusionMatrix confusion{1};  // the split's, from which metrics were computed
    int images = 0;
    std::vector<ImageScore> perImage;  // in the dataset's order
    std::vector<Problem> problems;     // unreadable samples (skipped)
};

// `splits`: the splits to score (e.g. {Split::Val}). Throws Error when the checkpoint's
// classes do not match the dataset's or no labelled image is in the splits.
DatasetEvaluation evaluateOnDataset(Predictor& predictor, const Dataset& dataset,
                                    const std::vector<Split>& splits,
                                    const std::function<bool(int, int)>& onProgress = {});

// The image with its mask's classes blended in at `alpha` (background and ignore left as
// they are): what `predict --overlay` writes.
cv::Mat overlayMask(const cv::Mat& image, const cv::Mat& mask, const ClassMap& classes,
                    double alpha = 0.5);

}  // namespace seg::core
