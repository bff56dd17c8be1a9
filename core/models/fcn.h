#pragma once
// FCN-32s/16s/8s (Long et al. 2015) on any encoder: class scores from the stride-32
// features, refined by adding scores from the stride-16 (16s) and stride-8 (8s) features.

#include "core/models/encoder.h"
#include "core/models/segmentation_model.h"

namespace seg::core {

class FcnImpl : public SegmentationModelImpl {
public:
    // spec.architecture: "fcn32s", "fcn16s" or "fcn8s".
    explicit FcnImpl(const ModelSpec& spec);
    int sizeMultiple() const override { return 32; }

protected:
    torch::Tensor forwardAligned(const torch::Tensor& x) override;

private:
    int m_finestStride;  // 32, 16 or 8
    Encoder backbone;
    size_t m_map32 = 0, m_map16 = 0, m_map8 = 0;  // indices into the feature maps
    torch::nn::Conv2d score32{nullptr}, score16{nullptr}, score8{nullptr};
};

}  // namespace seg::core
