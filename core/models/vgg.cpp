#include "core/models/vgg.h"

#include "core/common/error.h"
#include "core/models/blocks.h"

namespace seg::core {

std::array<int, 5> vggConvolutionsPerBlock(const std::string& name) {
    if (name == "vgg11") return {1, 1, 2, 2, 2};
    if (name == "vgg16") return {2, 2, 3, 3, 3};
    throw Error(ErrorCode::InvalidArgument, {}, "unknown VGG network '" + name + "'");
}

std::array<int, 5> vggChannelsPerBlock(int width) {
    return {width, width * 2, width * 4, width * 8, width * 8};
}

VggImpl::VggImpl(const std::string& name, int inChannels, int width, int outputStride) {
    const std::array<int, 5> convs = vggConvolutionsPerBlock(name);
    if (outputStride != 32 && outputStride != 16 && outputStride != 8)
        throw Error(ErrorCode::InvalidArgument, {}, "a VGG network's output stride is 32, 16 or 8");
    const std::array<int, 5> channels = vggChannelsPerBlock(width);
    int in = inChannels, stride = 1, dilation = 1;
    for (size_t b = 0; b < convs.size(); ++b) {
        torch::nn::Sequential block;
        for (int c = 0; c < convs[b]; ++c) {
            block->push_back(ConvBnRelu(in, channels[b], 3, 1, dilation));
            in = channels[b];
        }
        if (stride * 2 <= outputStride) {
            block->push_back(torch::nn::MaxPool2d(torch::nn::MaxPool2dOptions(2).stride(2)));
            stride *= 2;
        } else {
            block->push_back(
                torch::nn::MaxPool2d(torch::nn::MaxPool2dOptions(3).stride(1).padding(1)));
            dilation *= 2;
        }
        m_blocks.push_back(register_module("block" + std::to_string(b + 1), block));
        addFeatureMap(in, stride);
    }
}

std::vector<torch::Tensor> VggImpl::forward(const torch::Tensor& x) {
    std::vector<torch::Tensor> maps;
    maps.reserve(m_blocks.size());
    torch::Tensor y = x;
    for (auto& block : m_blocks) {
        y = block->forward(y);
        maps.push_back(y);
    }
    return maps;
}

}  // namespace seg::core
