#pragma once
// The residual blocks of ResNet (He et al. 2016), shared by the ResNet encoder and HRNet's
// branches. Modules live on the thread that trains or predicts.

#include "core/models/blocks.h"

namespace seg::core {

// Two 3x3 convolutions with an identity shortcut (ResNet-18/34), or a 1x1 projection when
// the stride or the channels change.
class BasicBlockImpl : public torch::nn::Module {
public:
    static constexpr int kExpansion = 1;
    BasicBlockImpl(int in, int planes, int stride = 1, int dilation = 1);
    torch::Tensor forward(const torch::Tensor& x);

private:
    ConvBnRelu first{nullptr}, second{nullptr};
    ConvBnRelu shortcut{nullptr};
};
TORCH_MODULE(BasicBlock);

// 1x1 reduce, 3x3, 1x1 expand by four (ResNet-50); stride on the 3x3 as torchvision does.
class BottleneckImpl : public torch::nn::Module {
public:
    static constexpr int kExpansion = 4;
    BottleneckImpl(int in, int planes, int stride = 1, int dilation = 1);
    torch::Tensor forward(const torch::Tensor& x);

private:
    ConvBnRelu reduce{nullptr}, spatial{nullptr}, expand{nullptr};
    ConvBnRelu shortcut{nullptr};
};
TORCH_MODULE(Bottleneck);

}  // namespace seg::core
