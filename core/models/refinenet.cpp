#include "core/models/refinenet.h"

#include "core/models/model_factories.h"

namespace seg::core {

namespace {

constexpr int kPoolingStages = 4;  // the light-weight variant's chain length

}  // namespace

ResidualConvUnitImpl::ResidualConvUnitImpl(int channels) {
    first = register_module("first", ConvBnRelu(channels, channels));
    second = register_module("second", ConvBnRelu(channels, channels, 3, 1, 1, false));
}

torch::Tensor ResidualConvUnitImpl::forward(const torch::Tensor& x) {
    return x + second(first(torch::relu(x)));
}

ChainedResidualPoolingImpl::ChainedResidualPoolingImpl(int channels, int stages) {
    for (int s = 1; s <= stages; ++s)
        m_convs.push_back(register_module("stage" + std::to_string(s),
                                          ConvBnRelu(channels, channels, 1, 1, 1, false)));
}

torch::Tensor ChainedResidualPoolingImpl::forward(const torch::Tensor& x) {
    torch::Tensor sum = torch::relu(x);
    torch::Tensor path = sum;
    for (auto& conv : m_convs) {
        path = conv(torch::max_pool2d(path, 5, 1, 2));
        sum = sum + path;
    }
    return sum;
}

RefineBlockImpl::RefineBlockImpl(int in, int channels, bool fromDeeper) {
    adapt = register_module("adapt", ConvBnRelu(in, channels, 1, 1, 1, false));
    unit = register_module("unit", ResidualConvUnit(channels));
    if (fromDeeper) {
        fuseHere = register_module("fuseHere", ConvBnRelu(channels, channels, 1, 1, 1, false));
        fuseDeeper = register_module("fuseDeeper", ConvBnRelu(channels, channels, 1, 1, 1, false));
    }
    pooling = register_module("pooling", ChainedResidualPooling(channels, kPoolingStages));
    output = register_module("output", ResidualConvUnit(channels));
}

torch::Tensor RefineBlockImpl::forward(const torch::Tensor& x, const torch::Tensor& deeper) {
    torch::Tensor y = unit(adapt(x));
    if (fuseDeeper) y = fuseHere(y) + resizeLike(fuseDeeper(deeper), y);
    return output(pooling(y));
}

RefineNetImpl::RefineNetImpl(const ModelSpec& spec) : SegmentationModelImpl(spec) {
    const int width = spec.integer("width");
    backbone = register_module("backbone",
                               createEncoder(spec.choice("backbone"), spec.inChannels, width, 32));
    // 128 at width 64, half the paper's 256: at stride 4 the refinement would otherwise cost
    // several times the encoder.
    const int channels = width * 2;
    // One block per stride from 32 up to 4, each on the deepest map at that stride.
    for (int stride = 32; stride >= 4; stride /= 2) {
        const size_t map = backbone->deepestMapAt(stride);
        m_maps.push_back(map);
        m_blocks.push_back(register_module(
            "refine" + std::to_string(m_blocks.size() + 1),
            RefineBlock(backbone->featureMaps()[map].channels, channels, stride < 32)));
    }
    classifier = register_module(
        "classifier",
        torch::nn::Conv2d(torch::nn::Conv2dOptions(channels, spec.numClasses, 3).padding(1)));
}

torch::Tensor RefineNetImpl::forwardAligned(const torch::Tensor& x) {
    const std::vector<torch::Tensor> maps = backbone->forward(x);
    torch::Tensor y;
    for (size_t b = 0; b < m_blocks.size(); ++b) y = m_blocks[b]->forward(maps[m_maps[b]], y);
    return resizeLike(classifier(y), x);
}

SegmentationModel createRefineNet(const ModelSpec& spec) {
    return std::make_shared<RefineNetImpl>(spec);
}

}  // namespace seg::core
