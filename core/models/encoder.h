#pragma once
// The contract between an encoder and a decoder (as segmentation_models.pytorch draws it):
// an encoder turns an image into feature maps, finest first, and states each map's channels
// and stride. A decoder sees nothing else, so any encoder fits any decoder. Modules live on
// the thread that trains or predicts.

#include <string>
#include <vector>

#include <torch/torch.h>

namespace seg::core {

struct FeatureMapInfo {
    int channels = 0;
    int stride = 1;  // input side / map side
};

class EncoderImpl : public torch::nn::Module {
public:
    // x: [N, C, H, W] with H and W multiples of outputStride() -> one tensor per entry of
    // featureMaps(), in the same order.
    virtual std::vector<torch::Tensor> forward(const torch::Tensor& x) = 0;

    const std::vector<FeatureMapInfo>& featureMaps() const { return m_featureMaps; }
    // The stride of the deepest map: inputs must be a multiple of it.
    int outputStride() const { return m_featureMaps.back().stride; }
    // The index of the deepest map at `stride` (at output stride 8 several maps share it).
    // Throws Error(InvalidArgument) when no map has that stride.
    size_t deepestMapAt(int stride) const;

protected:
    void addFeatureMap(int channels, int stride);

private:
    std::vector<FeatureMapInfo> m_featureMaps;
};

using Encoder = std::shared_ptr<EncoderImpl>;

// The encoder named by a "backbone" option: resnet18, resnet34, resnet50, vgg11 or vgg16;
// `width` channels in its first stage; `outputStride` 32, 16 or 8 (deeper stages trade
// stride for dilation). Throws Error(InvalidArgument) for an unknown name.
Encoder createEncoder(const std::string& backbone, int inChannels, int width, int outputStride);

}  // namespace seg::core
