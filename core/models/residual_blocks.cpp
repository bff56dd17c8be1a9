#include "core/models/residual_blocks.h"

namespace seg::core {

namespace {

// The projection shortcut: 1x1 convolution and BatchNorm, no ReLU.
ConvBnRelu projection(int in, int out, int stride) {
    return ConvBnRelu(in, out, 1, stride, 1, false);
}

}  // namespace

BasicBlockImpl::BasicBlockImpl(int in, int planes, int stride, int dilation) {
    first = register_module("first", ConvBnRelu(in, planes, 3, stride, dilation));
    second = register_module("second", ConvBnRelu(planes, planes, 3, 1, dilation, false));
    if (stride != 1 || in != planes)
        shortcut = register_module("shortcut", projection(in, planes, stride));
}

torch::Tensor BasicBlockImpl::forward(const torch::Tensor& x) {
    const auto identity = shortcut ? shortcut(x) : x;
    return torch::relu(second(first(x)) + identity);
}

BottleneckImpl::BottleneckImpl(int in, int planes, int stride, int dilation) {
    reduce = register_module("reduce", ConvBnRelu(in, planes, 1));
    spatial = register_module("spatial", ConvBnRelu(planes, planes, 3, stride, dilation));
    expand = register_module("expand", ConvBnRelu(planes, planes * kExpansion, 1, 1, 1, false));
    if (stride != 1 || in != planes * kExpansion)
        shortcut = register_module("shortcut", projection(in, planes * kExpansion, stride));
}

torch::Tensor BottleneckImpl::forward(const torch::Tensor& x) {
    const auto identity = shortcut ? shortcut(x) : x;
    return torch::relu(expand(spatial(reduce(x))) + identity);
}

}  // namespace seg::core
