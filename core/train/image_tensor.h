#pragma once
// The one conversion from decoded images to network input, shared by training and
// prediction so that both always see identically prepared pixels. Any thread.

#include <array>
#include <vector>

#include <torch/torch.h>
#include <opencv2/core/mat.hpp>

namespace seg::core {

// CV_8UC3 BGR images (or image pairs, CV_8UC(6): see image_pair.h), all the same size ->
// [N, 3, H, W] (or [N, 6, H, W]) float32 RGB, scaled to [0, 1], then normalised per colour
// channel: (x - mean) / std, the same for both images of a pair.
torch::Tensor imagesToInput(const std::vector<cv::Mat>& bgrImages,
                            const std::array<double, 3>& mean, const std::array<double, 3>& std);

}  // namespace seg::core
