#include "core/models/deeplab_v2.h"

#include "core/models/model_factories.h"

namespace seg::core {

namespace {

constexpr int kPaperSmallestRate = 6;

}  // namespace

DeepLabV2Impl::DeepLabV2Impl(const ModelSpec& spec) : SegmentationModelImpl(spec) {
    const int width = spec.integer("width");
    backbone = register_module("backbone", createEncoder(spec.choice("backbone"), spec.inChannels,
                                                         width, spec.integer("output_stride")));
    const int in = backbone->featureMaps().back().channels;
    const int given = spec.integer("atrous_rate");
    const int rate = given > 0 ? given : kPaperSmallestRate;
    // Narrower branches than the paper's 1024 channels: four of them run on every pixel.
    const int channels = width * 4;
    for (int b = 1; b <= 4; ++b)
        m_branches.push_back(
            register_module("branch" + std::to_string(b),
                            AtrousClassifier(in, channels, spec.numClasses, b * rate)));
}

torch::Tensor DeepLabV2Impl::forwardAligned(const torch::Tensor& x) {
    const torch::Tensor features = backbone->forward(x).back();
    torch::Tensor logits = m_branches.front()(features);
    for (size_t b = 1; b < m_branches.size(); ++b) logits = logits + m_branches[b](features);
    return resizeLike(logits, x);
}

SegmentationModel createDeepLabV2(const ModelSpec& spec) {
    return std::make_shared<DeepLabV2Impl>(spec);
}

void fitDeepLabV2ToInput(ModelSpec& spec, int side) {
    if (spec.integer("atrous_rate") == 0)
        spec.set("atrous_rate", atrousRateForInput(kPaperSmallestRate, side));
}

}  // namespace seg::core
