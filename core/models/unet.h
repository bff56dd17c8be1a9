#pragma once
// U-Net (Ronneberger et al. 2015) with BatchNorm: `depth` stages of double 3x3 convolution,
// 2x2 max-pool down, learned (or bilinear) 2x up, skip concatenation, 1x1 head.

#include "core/models/blocks.h"
#include "core/models/segmentation_model.h"

namespace seg::core {

class UNetImpl : public SegmentationModelImpl {
public:
    explicit UNetImpl(const ModelSpec& spec);
    int sizeMultiple() const override { return 1 << static_cast<int>(m_encoders.size() - 1); }

protected:
    torch::Tensor forwardAligned(const torch::Tensor& x) override;

private:
    std::vector<DoubleConv> m_encoders;  // registered as encoder0, encoder1, ...
    std::vector<Upsample2x> m_ups;       // up0 ... (index = the stage it returns to)
    std::vector<DoubleConv> m_decoders;  // decoder0 ...
    torch::nn::Conv2d head{nullptr};
};

}  // namespace seg::core
