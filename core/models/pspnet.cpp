#include "core/models/pspnet.h"

#include "core/models/model_factories.h"

namespace seg::core {

PyramidPoolingImpl::PyramidPoolingImpl(int in, std::vector<int> bins) : m_bins(std::move(bins)) {
    const int reduced = std::max(1, in / static_cast<int>(m_bins.size()));
    for (size_t i = 0; i < m_bins.size(); ++i) {
        torch::nn::Sequential stage;
        if (m_bins[i] == 1) {
            // No BatchNorm on the 1x1 map: at batch size 1 its statistics are one value.
            stage->push_back(torch::nn::Conv2d(torch::nn::Conv2dOptions(in, reduced, 1)));
            stage->push_back(torch::nn::ReLU(torch::nn::ReLUOptions(true)));
        } else {
            stage->push_back(ConvBnRelu(in, reduced, 1));
        }
        m_reduce.push_back(register_module("stage" + std::to_string(i + 1), stage));
    }
    m_outChannels = in + reduced * static_cast<int>(m_bins.size());
}

torch::Tensor PyramidPoolingImpl::forward(const torch::Tensor& x) {
    std::vector<torch::Tensor> parts{x};
    for (size_t i = 0; i < m_bins.size(); ++i) {
        const auto pooled = torch::adaptive_avg_pool2d(x, {m_bins[i], m_bins[i]});
        parts.push_back(resizeLike(m_reduce[i]->forward(pooled), x));
    }
    return torch::cat(parts, 1);
}

PspNetImpl::PspNetImpl(const ModelSpec& spec) : SegmentationModelImpl(spec) {
    const int width = spec.integer("width");
    backbone = register_module("backbone", createEncoder(spec.choice("backbone"), spec.inChannels,
                                                         width, spec.integer("output_stride")));
    pyramid = register_module("pyramid", PyramidPooling(backbone->featureMaps().back().channels,
                                                        std::vector<int>{1, 2, 3, 6}));
    const int channels = width * 8;  // 512 at the paper's width of 64
    fuse = register_module("fuse", ConvBnRelu(pyramid->outChannels(), channels));
    dropout = register_module("dropout", torch::nn::Dropout2d(0.1));
    classifier = register_module(
        "classifier", torch::nn::Conv2d(torch::nn::Conv2dOptions(channels, spec.numClasses, 1)));
}

torch::Tensor PspNetImpl::forwardAligned(const torch::Tensor& x) {
    const torch::Tensor features = backbone->forward(x).back();
    return resizeLike(classifier(dropout(fuse(pyramid(features)))), x);
}

SegmentationModel createPspNet(const ModelSpec& spec) {
    return std::make_shared<PspNetImpl>(spec);
}

}  // namespace seg::core
