#pragma once
// DeepLab v1, LargeFOV (Chen et al. 2015): a VGG network kept at output stride 8 (its last
// two poolings keep the resolution and later convolutions dilate), then the fully connected
// layers as convolutions: fc6 a 3x3 atrous convolution with a large rate (a wide field of
// view at little cost), fc7 a 1x1, fc8 the classifier; logits upsampled bilinearly.

#include "core/models/blocks.h"
#include "core/models/encoder.h"
#include "core/models/segmentation_model.h"

namespace seg::core {

// fc6 (3x3, dilation `rate`) -> dropout -> fc7 (1x1) -> dropout -> fc8 (1x1 to classes).
// Also one branch of DeepLab v2's ASPP.
class AtrousClassifierImpl : public torch::nn::Module {
public:
    AtrousClassifierImpl(int in, int channels, int classes, int rate);
    torch::Tensor forward(const torch::Tensor& x);

private:
    ConvBnRelu fc6{nullptr}, fc7{nullptr};
    torch::nn::Dropout dropout{nullptr};
    torch::nn::Conv2d fc8{nullptr};
};
TORCH_MODULE(AtrousClassifier);

// An atrous rate the paper chose for 321-pixel training crops, scaled to inputs of `side`
// pixels: at 128 px a rate of 24 on the stride-8 map would sample mostly padding.
int atrousRateForInput(int paperRate, int side);

class DeepLabLargeFovImpl : public SegmentationModelImpl {
public:
    explicit DeepLabLargeFovImpl(const ModelSpec& spec);
    int sizeMultiple() const override { return backbone->outputStride(); }

protected:
    torch::Tensor forwardAligned(const torch::Tensor& x) override;

private:
    Encoder backbone;
    AtrousClassifier head{nullptr};
};

}  // namespace seg::core
