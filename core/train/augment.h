#pragma once
// Training augmentation with OpenCV. Each call draws its parameters once and applies them
// to image and mask together: linear interpolation for the image, nearest neighbour for the
// mask, and the ignore index wherever the mask gets padding. Any thread (one Rng each).

#include <opencv2/core/mat.hpp>

#include "core/common/rng.h"
#include "core/train/train_config.h"

namespace seg::core {

// image: CV_8UC3, mask: CV_8UC1 of the same size. With cropSize > 0 both come out
// cropSize x cropSize (padded when smaller); otherwise they keep their size.
void augmentPair(cv::Mat& image, cv::Mat& mask, const AugmentConfig& config, int cropSize,
                 uint8_t ignoreIndex, Rng& rng);

// Centre crop or pad to cropSize (validation with a crop size): no randomness.
void centerCropPair(cv::Mat& image, cv::Mat& mask, int cropSize, uint8_t ignoreIndex);

}  // namespace seg::core
