#pragma once
// PSPNet (Zhao et al. 2017): a dilated ResNet, then a pyramid pooling module that averages
// the features over 1x1, 2x2, 3x3 and 6x6 grids, reduces each to a quarter of the channels,
// upsamples them and concatenates them with the features, so every pixel also sees the
// context of its region and of the whole image.

#include "core/models/blocks.h"
#include "core/models/encoder.h"
#include "core/models/segmentation_model.h"

namespace seg::core {

class PyramidPoolingImpl : public torch::nn::Module {
public:
    PyramidPoolingImpl(int in, std::vector<int> bins);
    // [N, in, H, W] -> [N, 2 * in, H, W]: the input and one quarter-width map per bin count
    // (four bin counts give in / 4 channels each).
    torch::Tensor forward(const torch::Tensor& x);
    int outChannels() const { return m_outChannels; }

private:
    std::vector<int> m_bins;
    std::vector<torch::nn::Sequential> m_reduce;  // stage1 ... stageN
    int m_outChannels;
};
TORCH_MODULE(PyramidPooling);

class PspNetImpl : public SegmentationModelImpl {
public:
    explicit PspNetImpl(const ModelSpec& spec);
    int sizeMultiple() const override { return backbone->outputStride(); }

protected:
    torch::Tensor forwardAligned(const torch::Tensor& x) override;

private:
    Encoder backbone;
    PyramidPooling pyramid{nullptr};
    ConvBnRelu fuse{nullptr};
    torch::nn::Dropout2d dropout{nullptr};
    torch::nn::Conv2d classifier{nullptr};
};

}  // namespace seg::core
