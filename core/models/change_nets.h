#pragma once
// The fully convolutional change-detection networks of Daudt, Le Saux and Boulch (2018),
// on an image pair stacked as 6 channels (before, then after): FC-EF fuses the pair at the
// input; FC-Siam-conc and FC-Siam-diff run one encoder with shared weights on each image
// and give the decoder, at every skip, both encodings side by side or their absolute
// difference. Four stages of 2, 2, 3 and 3 convolutions with BatchNorm, `width` channels
// at the first, doubling at each.

#include "core/models/blocks.h"
#include "core/models/segmentation_model.h"

namespace seg::core {

enum class ChangeFusion { Early, Concatenate, Difference };

class ChangeNetImpl : public SegmentationModelImpl {
public:
    ChangeNetImpl(const ModelSpec& spec, ChangeFusion fusion);
    int sizeMultiple() const override { return 16; }

protected:
    torch::Tensor forwardAligned(const torch::Tensor& x) override;

private:
    // The four stages' outputs (before pooling) of one encoder pass.
    std::vector<torch::Tensor> encode(const torch::Tensor& x);

    ChangeFusion m_fusion;
    std::vector<torch::nn::Sequential> m_stages;    // stage0 ... stage3
    std::vector<Upsample2x> m_ups;                  // up0 ... (index = the stage it returns to)
    std::vector<torch::nn::Sequential> m_decoders;  // decoder0 ...
    torch::nn::Conv2d m_head{nullptr};
};

}  // namespace seg::core
