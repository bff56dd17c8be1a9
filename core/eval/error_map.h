#pragma once
// Where a prediction is wrong, pixel by pixel, in the kinds a person reviewing a model asks
// about: correct, another object class, an object missed (ground truth says object, the
// model says background), a false alarm (ground truth says background, the model says an
// object), and pixels the ground truth leaves unlabelled, which no metric counts. Class 0
// is the background; a prediction of the ignore index on a labelled pixel is a miss (as the
// confusion matrix counts it). Any thread.

#include <array>
#include <cstdint>

#include <opencv2/core/mat.hpp>

namespace seg::core {

enum class ErrorKind : uint8_t { Correct, WrongClass, Missed, FalseAlarm, Ignored };
constexpr int kErrorKinds = 5;

struct ErrorMap {
    cv::Mat kinds;  // CV_8UC1 of ErrorKind values, the size of the masks
    std::array<uint64_t, kErrorKinds> counts{};  // pixels of each kind
};

// `prediction` and `groundTruth`: CV_8UC1 of one size. Throws Error(SizeMismatch) (without a
// file: callers add it) for masks of different sizes or types.
ErrorMap computeErrorMap(const cv::Mat& prediction, const cv::Mat& groundTruth,
                         uint8_t ignoreIndex = 255);

}  // namespace seg::core
