#pragma once
// Light-weight RefineNet (Lin et al. 2017; the light-weight variant of Nekrasov et al.
// 2018): the encoder's four maps are refined from the deepest up. Each step adapts a map to
// a common width, passes it through a residual convolution unit (RCU), fuses it with the
// refined deeper map (multi-resolution fusion: 1x1 convolutions, upsampling, a sum), and
// gathers context with chained residual pooling (CRP: repeated 5x5 max pooling and 1x1
// convolutions, each result added back).

#include "core/models/blocks.h"
#include "core/models/encoder.h"
#include "core/models/segmentation_model.h"

namespace seg::core {

// x + conv3x3(relu(conv3x3(relu(x)))), the residual convolution unit.
class ResidualConvUnitImpl : public torch::nn::Module {
public:
    explicit ResidualConvUnitImpl(int channels);
    torch::Tensor forward(const torch::Tensor& x);

private:
    ConvBnRelu first{nullptr}, second{nullptr};
};
TORCH_MODULE(ResidualConvUnit);

// relu(x), then `stages` times: path = conv1x1(maxpool5x5(path)); x += path.
class ChainedResidualPoolingImpl : public torch::nn::Module {
public:
    ChainedResidualPoolingImpl(int channels, int stages);
    torch::Tensor forward(const torch::Tensor& x);

private:
    std::vector<ConvBnRelu> m_convs;  // stage1 ...
};
TORCH_MODULE(ChainedResidualPooling);

// One refinement step: this level's map, and the refined deeper one (absent at the deepest).
class RefineBlockImpl : public torch::nn::Module {
public:
    RefineBlockImpl(int in, int channels, bool fromDeeper);
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& deeper);

private:
    ConvBnRelu adapt{nullptr};
    ResidualConvUnit unit{nullptr};
    ConvBnRelu fuseHere{nullptr}, fuseDeeper{nullptr};  // multi-resolution fusion
    ChainedResidualPooling pooling{nullptr};
    ResidualConvUnit output{nullptr};
};
TORCH_MODULE(RefineBlock);

class RefineNetImpl : public SegmentationModelImpl {
public:
    explicit RefineNetImpl(const ModelSpec& spec);
    int sizeMultiple() const override { return backbone->outputStride(); }

protected:
    torch::Tensor forwardAligned(const torch::Tensor& x) override;

private:
    Encoder backbone;
    std::vector<RefineBlock> m_blocks;  // refine4 (deepest) ... refine1
    std::vector<size_t> m_maps;         // the encoder map each block refines
    torch::nn::Conv2d classifier{nullptr};
};

}  // namespace seg::core
