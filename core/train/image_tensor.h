#pragma once
// The one conversion from decoded images to network input, shared by training and
// prediction so that both always see identically prepared pixels. Any thread.

#include <array>
#include <vector>

#include <torch/torch.h>
#include <opencv2/core/mat.hpp>

namespace seg::core {

// CV_8UC3 BGR images, all the same size -> [N, 3, H, W] float32 RGB, scaled to [0, 1], then
// normalised per channel: (x - mean) / std.
torch::Tensor imagesToInput(const std::vector<cv::Mat>& bgrImages,
                            const std::array<double, 3>& mean, const std::array<double, 3>& std);

}  // namespace seg::core
