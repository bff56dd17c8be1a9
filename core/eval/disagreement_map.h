#pragma once
// Where two models disagree, and which of them the ground truth sides with there: the
// comparison a person makes between two candidate models, pixel by pixel. Any thread.

#include <array>
#include <cstdint>

#include <opencv2/core/mat.hpp>

namespace seg::core {

enum class Disagreement : uint8_t {
    Agree,        // both predict the same class (right or wrong)
    FirstRight,   // they differ and the first matches the ground truth
    SecondRight,  // they differ and the second matches the ground truth
    BothWrong,    // they differ and neither matches
    Unlabelled,   // they differ where the ground truth is missing or ignored
};
constexpr int kDisagreementKinds = 5;

struct DisagreementMap {
    cv::Mat kinds;  // CV_8UC1 of Disagreement values
    std::array<uint64_t, kDisagreementKinds> counts{};
};

// `first`, `second`: CV_8UC1 predictions of one size; `groundTruth`: the same size, or
// empty for an unlabelled image (every disagreement is then Unlabelled). Throws
// Error(SizeMismatch) (without a file) for masks of different sizes or types.
DisagreementMap computeDisagreement(const cv::Mat& first, const cv::Mat& second,
                                    const cv::Mat& groundTruth, uint8_t ignoreIndex = 255);

}  // namespace seg::core
