#include "core/train/image_tensor.h"

#include <opencv2/imgproc.hpp>

namespace seg::core {

torch::Tensor imagesToInput(const std::vector<cv::Mat>& bgrImages,
                            const std::array<double, 3>& mean, const std::array<double, 3>& std) {
    const int64_t n = static_cast<int64_t>(bgrImages.size());
    const int h = bgrImages.front().rows, w = bgrImages.front().cols;
    auto pixels = torch::empty({n, h, w, 3}, torch::kUInt8);
    for (int64_t i = 0; i < n; ++i) {
        cv::Mat rgb(h, w, CV_8UC3, pixels[i].data_ptr<uint8_t>());
        cv::cvtColor(bgrImages[static_cast<size_t>(i)], rgb, cv::COLOR_BGR2RGB);
    }
    const auto meanTensor =
        torch::tensor({mean[0], mean[1], mean[2]}, torch::kFloat32).view({1, 3, 1, 1});
    const auto stdTensor =
        torch::tensor({std[0], std[1], std[2]}, torch::kFloat32).view({1, 3, 1, 1});
    return ((pixels.permute({0, 3, 1, 2}).to(torch::kFloat32) / 255.0 - meanTensor) / stdTensor)
        .contiguous();
}

}  // namespace seg::core
