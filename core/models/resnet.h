#pragma once
// ResNet-18/34/50 feature extractor (He et al. 2016) for segmentation heads: returns the
// outputs of its four stages. Later stages trade stride for dilation to reach an output
// stride of 32, 16 or 8 (DeepLab's atrous convolution).

#include <array>

#include <torch/torch.h>

namespace seg::core {

struct ResNetFeatures {
    torch::Tensor stage1;  // stride 4
    torch::Tensor stage2;  // stride 8
    torch::Tensor stage3;  // stride 16 (8 at output stride 8)
    torch::Tensor stage4;  // stride 32, 16 or 8
};

class ResNetImpl : public torch::nn::Module {
public:
    // name: resnet18, resnet34 or resnet50; width: stem channels (64 in the paper).
    ResNetImpl(const std::string& name, int inChannels, int width, int outputStride);
    ResNetFeatures forward(const torch::Tensor& x);

    // Output channels of stage 1..4.
    int channels(int stage) const { return m_channels[static_cast<size_t>(stage - 1)]; }

private:
    torch::nn::Sequential makeStage(int& inChannels, int planes, int blocks, int stride,
                                    int dilation, int previousDilation, bool bottleneck);

    torch::nn::Sequential stem{nullptr};
    torch::nn::Sequential stage1{nullptr}, stage2{nullptr}, stage3{nullptr}, stage4{nullptr};
    std::array<int, 4> m_channels{};
};
TORCH_MODULE(ResNet);

}  // namespace seg::core
