#pragma once
// VGG-11 and VGG-16 (Simonyan and Zisserman 2015) with BatchNorm, as an encoder: five blocks
// of 3x3 convolutions, each followed by 2x2 max pooling; the feature maps are the pooled
// outputs, at strides 2 to 32. Past the output stride (16 or 8), a block's pooling keeps
// the resolution (3x3, stride 1, as DeepLab v1 does) and later convolutions dilate instead.

#include <array>

#include <torch/torch.h>

#include "core/models/encoder.h"

namespace seg::core {

// Convolutions per block of vgg11 or vgg16 (throws Error(InvalidArgument) for other names),
// and the channels of each block for a first block of `width` channels.
std::array<int, 5> vggConvolutionsPerBlock(const std::string& name);
std::array<int, 5> vggChannelsPerBlock(int width);

class VggImpl : public EncoderImpl {
public:
    // name: vgg11 or vgg16; width: channels of the first block (64 in the paper).
    VggImpl(const std::string& name, int inChannels, int width, int outputStride);
    std::vector<torch::Tensor> forward(const torch::Tensor& x) override;

private:
    std::vector<torch::nn::Sequential> m_blocks;  // registered as block1 ... block5
};

}  // namespace seg::core
