#pragma once
// How unsure a model is about an image: the mean over pixels of the entropy of its class
// probabilities, divided by log(number of classes) so that 0 is certain and 1 is a uniform
// guess. Ranks the images most worth labelling next. Toolkit-free; any thread.

#include <functional>
#include <string>
#include <vector>

#include <opencv2/core/mat.hpp>

namespace seg::core {

class Predictor;
struct Dataset;

// `probabilities`: one CV_32FC1 per class, same size, summing to 1 per pixel.
double meanNormalisedEntropy(const std::vector<cv::Mat>& probabilities);

// Per pixel, from the same probabilities: the most likely class (CV_8UC1, the first on
// ties, as Predictor::predictMask), its probability (CV_32FC1, the model's confidence) and
// the normalised entropy (CV_32FC1, 0 certain to 1 a uniform guess).
struct ConfidenceMaps {
    cv::Mat mask;
    cv::Mat confidence;
    cv::Mat entropy;
};
ConfidenceMaps confidenceMaps(const std::vector<cv::Mat>& probabilities);

struct UncertaintyScore {
    size_t sample;  // index into the dataset's samples
    double entropy;
};

// Scores the unlabelled samples of `dataset`, most uncertain first. Unreadable images are
// skipped. `onProgress(done, total)` may return false to stop early (the scores so far are
// returned).
std::vector<UncertaintyScore> rankUnlabelledByUncertainty(
    Predictor& predictor, const Dataset& dataset,
    const std::function<bool(int, int)>& onProgress = {});

}  // namespace seg::core
