#pragma once
// A co-registered image pair (before and after) travels through loading, augmentation,
// batching and prediction as one 6-channel image: channels 0-2 are the before image's BGR,
// 3-5 the after image's. Torch-free; any thread.

#include <utility>

#include <opencv2/core/mat.hpp>

namespace seg::core {

// before, after: CV_8UC3 of one size -> CV_8UC(6).
cv::Mat stackPair(const cv::Mat& before, const cv::Mat& after);
// CV_8UC(6) -> (before, after), each CV_8UC3.
std::pair<cv::Mat, cv::Mat> splitPair(const cv::Mat& pair);
// How many BGR images `image` stacks: 1 for CV_8UC3, 2 for a pair.
int stackedImages(const cv::Mat& image);
// The BGR image to show, or to take colours from, for `image`: a pair's after image (the
// scene its change mask marks), else `image` itself.
cv::Mat sceneImage(const cv::Mat& image);

}  // namespace seg::core
