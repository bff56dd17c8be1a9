#pragma once
// Fully connected CRF post-processing (Krähenbühl and Koltun 2011, as DeepLab v1 and v2 use
// it): the model's per-pixel probabilities are the unary term; every pair of pixels is
// linked by an appearance kernel (nearby pixels of similar colour prefer the same class) and
// a smoothness kernel (nearby pixels prefer the same class), with the Potts compatibility.
// Mean-field iterations; the appearance kernel is filtered on a permutohedral lattice, the
// smoothness kernel by a Gaussian blur. Torch-free; any thread.

#include <string>
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

// What each setting may be: validateDenseCrfSettings checks these, editors offer them.
struct DenseCrfRange {
    double min, max;
};
struct DenseCrfRanges {
    DenseCrfRange iterations{1, 50};
    DenseCrfRange appearanceWeight{0, 100};
    DenseCrfRange appearanceSpatial{1, 1000};
    DenseCrfRange appearanceColour{1, 255};
    DenseCrfRange smoothnessWeight{0, 100};
    DenseCrfRange smoothnessSpatial{0.5, 100};
};
inline constexpr DenseCrfRanges kDenseCrfRanges{};

// Throws Error(InvalidArgument) naming the setting out of range.
void validateDenseCrfSettings(const DenseCrfSettings& settings);

// "dense CRF: 5 iterations, appearance 5/30/13, smoothness 3/3": the settings in one line,
// the same for the same settings (it keys cached evaluations too).
std::string describeDenseCrf(const DenseCrfSettings& settings);

// bgr: CV_8UC3; probabilities: one CV_32FC1 per class, the image's size, summing to 1 at
// every pixel -> the refined probabilities, in the same form.
std::vector<cv::Mat> refineWithDenseCrf(const cv::Mat& bgr,
                                        const std::vector<cv::Mat>& probabilities,
                                        const DenseCrfSettings& settings);

}  // namespace seg::core
