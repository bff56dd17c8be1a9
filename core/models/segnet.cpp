#include "core/models/segnet.h"

#include "core/models/model_factories.h"
#include "core/models/vgg.h"

namespace seg::core {

SegNetImpl::SegNetImpl(const ModelSpec& spec) : SegmentationModelImpl(spec) {
    const std::array<int, 5> convs = vggConvolutionsPerBlock(spec.choice("backbone"));
    const std::array<int, 5> channels = vggChannelsPerBlock(spec.integer("width"));
    int in = spec.inChannels;
    for (size_t b = 0; b < convs.size(); ++b) {
        torch::nn::Sequential block;
        for (int c = 0; c < convs[b]; ++c) {
            block->push_back(ConvBnRelu(in, channels[b]));
            in = channels[b];
        }
        m_encoders.push_back(register_module("encoder" + std::to_string(b + 1), block));
    }
    // Each decoder block mirrors its encoder block; its last convolution hands the
    // shallower block's channel count on (the first block's own, at the end).
    for (size_t b = convs.size(); b-- > 0;) {
        torch::nn::Sequential block;
        const int out = b > 0 ? channels[b - 1] : channels[0];
        for (int c = 0; c < convs[b]; ++c)
            block->push_back(ConvBnRelu(channels[b], c + 1 == convs[b] ? out : channels[b]));
        m_decoders.push_back(register_module("decoder" + std::to_string(b + 1), block));
    }
    classifier = register_module(
        "classifier",
        torch::nn::Conv2d(torch::nn::Conv2dOptions(channels[0], spec.numClasses, 3).padding(1)));
}

torch::Tensor SegNetImpl::forwardAligned(const torch::Tensor& x) {
    std::vector<torch::Tensor> indices, beforePooling;
    torch::Tensor y = x;
    for (auto& encoder : m_encoders) {
        y = encoder->forward(y);
        beforePooling.push_back(y);
        auto [pooled, where] = torch::max_pool2d_with_indices(y, 2, 2);
        indices.push_back(where);
        y = pooled;
    }
    for (size_t i = 0; i < m_decoders.size(); ++i) {
        const size_t level = m_encoders.size() - 1 - i;
        y = unpoolLike(y, indices[level], beforePooling[level]);
        y = m_decoders[i]->forward(y);
    }
    return classifier(y);
}

SegmentationModel createSegNet(const ModelSpec& spec) {
    return std::make_shared<SegNetImpl>(spec);
}

}  // namespace seg::core
