#include "core/train/image_tensor.h"

#include <opencv2/core.hpp>

namespace seg::core {

torch::Tensor imagesToInput(const std::vector<cv::Mat>& bgrImages,
                            const std::array<double, 3>& mean, const std::array<double, 3>& std) {
    const int64_t n = static_cast<int64_t>(bgrImages.size());
    const cv::Mat& first = bgrImages.front();
    const int h = first.rows, w = first.cols, channels = first.channels();
    auto pixels = torch::empty({n, h, w, channels}, torch::kUInt8);
    // Each stacked BGR image (one, or two for a pair) becomes RGB in its own three channels.
    std::vector<int> fromTo;
    for (int c = 0; c < channels; ++c) fromTo.insert(fromTo.end(), {c, c - c % 3 + 2 - c % 3});
    for (int64_t i = 0; i < n; ++i) {
        cv::Mat rgb(h, w, CV_8UC(channels), pixels[i].data_ptr<uint8_t>());
        cv::mixChannels(&bgrImages[static_cast<size_t>(i)], 1, &rgb, 1, fromTo.data(),
                        static_cast<size_t>(channels));
    }
    const auto meanTensor = torch::tensor({mean[0], mean[1], mean[2]}, torch::kFloat32)
                                .repeat({channels / 3})
                                .view({1, channels, 1, 1});
    const auto stdTensor = torch::tensor({std[0], std[1], std[2]}, torch::kFloat32)
                               .repeat({channels / 3})
                               .view({1, channels, 1, 1});
    return ((pixels.permute({0, 3, 1, 2}).to(torch::kFloat32) / 255.0 - meanTensor) / stdTensor)
        .contiguous();
}

}  // namespace seg::core
