#include "core/models/change_nets.h"

#include "core/models/model_factories.h"

namespace seg::core {

namespace {

// Convolutions per stage, as in the paper.
constexpr int kConvolutions[] = {2, 2, 3, 3};

torch::nn::Sequential convolutions(int in, const std::vector<int>& outs) {
    torch::nn::Sequential layers;
    for (int out : outs) {
        layers->push_back(ConvBnRelu(in, out));
        in = out;
    }
    return layers;
}

}  // namespace

ChangeNetImpl::ChangeNetImpl(const ModelSpec& spec, ChangeFusion fusion)
    : SegmentationModelImpl(spec), m_fusion(fusion) {
    const int width = spec.integer("width");
    auto channels = [&](int stage) { return width << stage; };
    // Early fusion sees the whole stack; a Siamese encoder sees one image at a time.
    const int encoderInput = fusion == ChangeFusion::Early ? spec.inChannels : spec.inChannels / 2;
    for (int stage = 0; stage < 4; ++stage)
        m_stages.push_back(register_module(
            "stage" + std::to_string(stage),
            convolutions(stage == 0 ? encoderInput : channels(stage - 1),
                         std::vector<int>(size_t(kConvolutions[stage]), channels(stage)))));
    const int skipFactor = fusion == ChangeFusion::Concatenate ? 2 : 1;
    for (int stage = 3; stage >= 0; --stage) {
        // From below: the pooled deepest stage, or the decoder one stage deeper.
        const int below = stage == 3 ? channels(3) : channels(stage + 1) / 2;
        m_ups.insert(m_ups.begin(), register_module("up" + std::to_string(stage),
                                                    Upsample2x(below, below, false)));
        std::vector<int> outs(size_t(kConvolutions[stage]) - 1, channels(stage));
        outs.push_back(stage == 0 ? channels(0) : channels(stage) / 2);
        m_decoders.insert(
            m_decoders.begin(),
            register_module("decoder" + std::to_string(stage),
                            convolutions(below + skipFactor * channels(stage), outs)));
    }
    m_head = register_module(
        "head", torch::nn::Conv2d(torch::nn::Conv2dOptions(channels(0), spec.numClasses, 1)));
}

std::vector<torch::Tensor> ChangeNetImpl::encode(const torch::Tensor& x) {
    std::vector<torch::Tensor> skips;
    torch::Tensor y = x;
    for (size_t stage = 0; stage < m_stages.size(); ++stage) {
        if (stage > 0) y = torch::max_pool2d(y, 2);
        y = m_stages[stage]->forward(y);
        skips.push_back(y);
    }
    return skips;
}

torch::Tensor ChangeNetImpl::forwardAligned(const torch::Tensor& x) {
    std::vector<torch::Tensor> skips;
    torch::Tensor deepest;
    if (m_fusion == ChangeFusion::Early) {
        skips = encode(x);
        deepest = skips.back();
    } else {
        const auto halves = x.chunk(2, 1);
        const auto before = encode(halves[0]), after = encode(halves[1]);
        for (size_t i = 0; i < before.size(); ++i)
            skips.push_back(m_fusion == ChangeFusion::Concatenate
                                ? torch::cat({before[i], after[i]}, 1)
                                : (before[i] - after[i]).abs());
        deepest = after.back();  // the paper's decoders start from the second branch
    }
    torch::Tensor y = torch::max_pool2d(deepest, 2);
    for (int stage = 3; stage >= 0; --stage) {
        y = m_ups[size_t(stage)](y);
        y = m_decoders[size_t(stage)]->forward(torch::cat({y, skips[size_t(stage)]}, 1));
    }
    return m_head(y);
}

SegmentationModel createFcEf(const ModelSpec& spec) {
    return std::make_shared<ChangeNetImpl>(spec, ChangeFusion::Early);
}

SegmentationModel createFcSiamConc(const ModelSpec& spec) {
    return std::make_shared<ChangeNetImpl>(spec, ChangeFusion::Concatenate);
}

SegmentationModel createFcSiamDiff(const ModelSpec& spec) {
    return std::make_shared<ChangeNetImpl>(spec, ChangeFusion::Difference);
}

}  // namespace seg::core
