#include "core/models/blocks.h"

namespace seg::core {

namespace F = torch::nn::functional;

ConvBnReluImpl::ConvBnReluImpl(int in, int out, int kernel, int stride, int dilation, bool relu)
    : m_relu(relu) {
    conv = register_module("conv", torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, kernel)
                                                         .stride(stride)
                                                         .padding(dilation * (kernel / 2))
                                                         .dilation(dilation)
                                                         .bias(false)));
    bn = register_module("bn", torch::nn::BatchNorm2d(out));
}

torch::Tensor ConvBnReluImpl::forward(const torch::Tensor& x) {
    auto y = bn(conv(x));
    return m_relu ? torch::relu_(y) : y;
}

DoubleConvImpl::DoubleConvImpl(int in, int out) {
    first = register_module("first", ConvBnRelu(in, out));
    second = register_module("second", ConvBnRelu(out, out));
}

torch::Tensor DoubleConvImpl::forward(const torch::Tensor& x) {
    return second(first(x));
}

Upsample2xImpl::Upsample2xImpl(int in, int out, bool bilinear) : m_bilinear(bilinear) {
    conv = register_module(
        "conv", torch::nn::Conv2d(torch::nn::Conv2dOptions(in, bilinear ? out : 4 * out, 1)));
}

torch::Tensor Upsample2xImpl::forward(const torch::Tensor& x) {
    if (m_bilinear) {
        const auto up = F::interpolate(x, F::InterpolateFuncOptions()
                                              .scale_factor(std::vector<double>{2.0, 2.0})
                                              .mode(torch::kBilinear)
                                              .align_corners(false));
        return conv(up);
    }
    return F::pixel_shuffle(conv(x), F::PixelShuffleFuncOptions(2));
}

torch::Tensor resizeLike(const torch::Tensor& x, const torch::Tensor& reference) {
    if (x.size(2) == reference.size(2) && x.size(3) == reference.size(3)) return x;
    return F::interpolate(x, F::InterpolateFuncOptions()
                                 .size(std::vector<int64_t>{reference.size(2), reference.size(3)})
                                 .mode(torch::kBilinear)
                                 .align_corners(false));
}

}  // namespace seg::core
