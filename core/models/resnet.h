#pragma once
// ResNet-18/34/50 (He et al. 2016) as an encoder: the outputs of its four stages, at strides
// 4, 8, 16 and 32. Later stages trade stride for dilation to reach an output stride of 16 or
// 8 (DeepLab's atrous convolution).

#include <torch/torch.h>

#include "core/models/encoder.h"

namespace seg::core {

class ResNetImpl : public EncoderImpl {
public:
    // name: resnet18, resnet34 or resnet50; width: stem channels (64 in the paper).
    ResNetImpl(const std::string& name, int inChannels, int width, int outputStride);
    std::vector<torch::Tensor> forward(const torch::Tensor& x) override;

private:
    torch::nn::Sequential makeStage(int& inChannels, int planes, int blocks, int stride,
                                    int dilation, int previousDilation, bool bottleneck);

    torch::nn::Sequential stem{nullptr};
    torch::nn::Sequential stage1{nullptr}, stage2{nullptr}, stage3{nullptr}, stage4{nullptr};
};

}  // namespace seg::core
