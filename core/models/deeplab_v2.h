#pragma once
// DeepLab v2 (Chen et al. 2017, TPAMI): atrous spatial pyramid pooling as four classifier
// branches at rates r, 2r, 3r and 4r (6, 12, 18, 24 in the paper) whose logits are summed,
// on a dilated ResNet or VGG network.

#include "core/models/deeplab_largefov.h"

namespace seg::core {

class DeepLabV2Impl : public SegmentationModelImpl {
public:
    explicit DeepLabV2Impl(const ModelSpec& spec);
    int sizeMultiple() const override { return backbone->outputStride(); }

protected:
    torch::Tensor forwardAligned(const torch::Tensor& x) override;

private:
    Encoder backbone;
    std::vector<AtrousClassifier> m_branches;  // branch1 ... branch4
};

}  // namespace seg::core
