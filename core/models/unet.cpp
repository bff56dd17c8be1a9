#include "core/models/unet.h"

#include "core/models/model_factories.h"

namespace seg::core {

UNetImpl::UNetImpl(const ModelSpec& spec) : SegmentationModelImpl(spec) {
    const int depth = spec.integer("depth");
    const int width = spec.integer("width");
    auto channels = [&](int stage) { return width << stage; };
    const Normalisation norm =
        spec.choice("norm") == "instance" ? Normalisation::Instance : Normalisation::Batch;
    for (int i = 0; i < depth; ++i)
        m_encoders.push_back(
            register_module("encoder" + std::to_string(i),
                            DoubleConv(i == 0 ? spec.inChannels : channels(i - 1), channels(i), norm)));
    for (int i = 0; i + 1 < depth; ++i) {
        m_ups.push_back(
            register_module("up" + std::to_string(i),
                            Upsample2x(channels(i + 1), channels(i), spec.flag("bilinear"))));
        m_decoders.push_back(register_module("decoder" + std::to_string(i),
                                             DoubleConv(2 * channels(i), channels(i), norm)));
    }
    head = register_module(
        "head", torch::nn::Conv2d(torch::nn::Conv2dOptions(channels(0), spec.numClasses, 1)));
}

torch::Tensor UNetImpl::forwardAligned(const torch::Tensor& x) {
    std::vector<torch::Tensor> skips;
    torch::Tensor y = x;
    for (size_t i = 0; i < m_encoders.size(); ++i) {
        if (i > 0) y = torch::max_pool2d(y, 2);
        y = m_encoders[i](y);
        skips.push_back(y);
    }
    for (int i = static_cast<int>(m_decoders.size()) - 1; i >= 0; --i) {
        y = m_ups[static_cast<size_t>(i)](y);
        y = m_decoders[static_cast<size_t>(i)](torch::cat({skips[static_cast<size_t>(i)], y}, 1));
    }
    return head(y);
}

SegmentationModel createUNet(const ModelSpec& spec) {
    return std::make_shared<UNetImpl>(spec);
}

}  // namespace seg::core
