#pragma once
// HRNet (Wang et al. 2020), in the style of its W18-small configuration: a stride-4 stem,
// then branches at strides 4, 8, 16 and 32 (W, 2W, 4W and 8W channels) that run side by
// side, a new, coarser branch added at each stage, and after every stage each branch takes
// in every other (downsampled by strided convolutions, or upsampled after a 1x1
// convolution). The encoder's feature maps are the four branches; the segmentation model
// concatenates them at stride 4.

#include "core/models/blocks.h"
#include "core/models/encoder.h"
#include "core/models/segmentation_model.h"

namespace seg::core {

// The exchange between `channels.size()` branches (widest resolution first).
class BranchFusionImpl : public torch::nn::Module {
public:
    explicit BranchFusionImpl(const std::vector<int>& channels);
    std::vector<torch::Tensor> forward(const std::vector<torch::Tensor>& branches);

private:
    // m_paths[i][j] carries branch j to branch i (null for i == j).
    std::vector<std::vector<torch::nn::Sequential>> m_paths;
};
TORCH_MODULE(BranchFusion);

class HrNetImpl : public EncoderImpl {
public:
    HrNetImpl(int inChannels, int width);
    std::vector<torch::Tensor> forward(const torch::Tensor& x) override;

private:
    torch::nn::Sequential stem{nullptr}, layer1{nullptr};
    // Stage s (2 to 4): a transition from the last stage's branches to s branches, residual
    // blocks on each branch, then the fusion.
    std::vector<std::vector<torch::nn::Sequential>> m_transitions;  // null: branch kept
    std::vector<std::vector<torch::nn::Sequential>> m_branchBlocks;
    std::vector<BranchFusion> m_fusions;
};

class HrNetSegmenterImpl : public SegmentationModelImpl {
public:
    explicit HrNetSegmenterImpl(const ModelSpec& spec);
    int sizeMultiple() const override { return backbone->outputStride(); }

protected:
    torch::Tensor forwardAligned(const torch::Tensor& x) override;

private:
    Encoder backbone;
    ConvBnRelu mix{nullptr};
    torch::nn::Conv2d classifier{nullptr};
};

}  // namespace seg::core
