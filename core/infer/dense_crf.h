#pragma once
// Fully connected CRF post-processing (Krähenbühl and Koltun 2011, as DeepLab v1 and v2 use
// it): the model's per-pixel probabilities are the unary term; every pair of pixels is
// linked by an appearance kernel (nearby pixels of similar colour prefer the same class) and
// a smoothness kernel (nearby pixels prefer the same class), with the Potts compatibility.
// Mean-field iterations; the appearance kernel is filtered on a permutohedral lattice, the
// smoothness kernel by a Gaussian blur. Torch-free; any thread.

#include <vector>

#include <opencv2/core/mat.hpp>

namespace seg::core {

struct DenseCrfSettings {
    int iterations = 5;
    double appearanceWeight = 5.0;    // w1
    double appearanceSpatial = 30.0;  // theta_alpha, pixels
    double appearanceColour = 13.0;   // theta_beta, 8-bit intensity levels
    double smoothnessWeight = 3.0;    // w2
    double smoothnessSpatial = 3.0;   // theta_gamma, pixels

    bool operator==(const DenseCrfSettings& o) const;
};

// Throws Error(InvalidArgument) naming the setting out of range.
void validateDenseCrfSettings(const DenseCrfSettings& settings);

// bgr: CV_8UC3; probabilities: one CV_32FC1 per class, the image's size, summing to 1 at
// every pixel -> the refined probabilities, in the same form.
std::vector<cv::Mat> refineWithDenseCrf(const cv::Mat& bgr,
                                        const std::vector<cv::Mat>& probabilities,
                                        const DenseCrfSettings& settings);

}  // namespace seg::core
