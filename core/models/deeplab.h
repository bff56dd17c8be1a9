#pragma once
// DeepLabv3 (Chen et al. 2017) and DeepLabv3+ (Chen et al. 2018) on a dilated encoder:
// atrous spatial pyramid pooling, and for v3+ a decoder that fuses stride-4 features.

#include "core/models/blocks.h"
#include "core/models/encoder.h"
#include "core/models/segmentation_model.h"

namespace seg::core {

// 1x1, three atrous 3x3 (rates 6/12/18 at output stride 16, doubled at 8) and image
// pooling, concatenated and projected to `out` channels.
class AsppImpl : public torch::nn::Module {
public:
    AsppImpl(int in, int out, int outputStride);
    torch::Tensor forward(const torch::Tensor& x);

private:
    ConvBnRelu branch1x1{nullptr}, atrous1{nullptr}, atrous2{nullptr}, atrous3{nullptr},
        project{nullptr};
    // No BatchNorm after pooling: its 1x1 map would break training at batch size 1.
    torch::nn::Conv2d pooled{nullptr};
};
TORCH_MODULE(Aspp);

class DeepLabImpl : public SegmentationModelImpl {
public:
    // spec.architecture: "deeplabv3plus" (with decoder) or "deeplabv3".
    explicit DeepLabImpl(const ModelSpec& spec);
    int sizeMultiple() const override { return backbone->outputStride(); }

protected:
    torch::Tensor forwardAligned(const torch::Tensor& x) override;

private:
    bool m_decoder;
    Encoder backbone;
    size_t m_deepest = 0, m_lowLevel = 0;  // indices into the encoder's feature maps
    Aspp aspp{nullptr};
    ConvBnRelu lowLevel{nullptr}, fuse1{nullptr}, fuse2{nullptr};  // v3+ decoder
    ConvBnRelu refine{nullptr};                                    // v3 head
    torch::nn::Conv2d classifier{nullptr};
};

}  // namespace seg::core
