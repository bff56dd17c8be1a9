#pragma once
// SegNet (Badrinarayanan et al. 2017): a VGG encoder whose max-pooling remembers where each
// maximum came from, and a mirrored decoder that unpools to exactly those positions before
// its convolutions fill in the rest, so boundaries come back sharp without skip features.

#include "core/models/blocks.h"
#include "core/models/segmentation_model.h"

namespace seg::core {

class SegNetImpl : public SegmentationModelImpl {
public:
    explicit SegNetImpl(const ModelSpec& spec);
    int sizeMultiple() const override { return 32; }

protected:
    torch::Tensor forwardAligned(const torch::Tensor& x) override;

private:
    std::vector<torch::nn::Sequential> m_encoders;  // encoder1 ... encoder5
    std::vector<torch::nn::Sequential> m_decoders;  // decoder5 ... decoder1, deepest first
    torch::nn::Conv2d classifier{nullptr};
};

}  // namespace seg::core
