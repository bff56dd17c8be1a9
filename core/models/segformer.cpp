#include "core/models/segformer.h"

#include <array>
#include <cmath>

#include "core/models/model_factories.h"

namespace seg::core {

namespace {

namespace F = torch::nn::functional;

// MiT-B0's layout: stage widths as multiples of the first, heads and key/value reduction.
constexpr std::array<int, 4> kWidthMultiple{1, 2, 5, 8};
constexpr std::array<int, 4> kHeads{1, 2, 5, 8};
constexpr std::array<int, 4> kReduction{8, 4, 2, 1};
constexpr int kMlpRatio = 4;

torch::nn::Conv2d pointwise(int in, int out) {
    return torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, 1));
}

// The overlapping patch embedding: a strided convolution wider than its stride.
torch::nn::Sequential patchEmbedding(int in, int out, int kernel, int stride) {
    return torch::nn::Sequential(
        torch::nn::Conv2d(
            torch::nn::Conv2dOptions(in, out, kernel).stride(stride).padding(kernel / 2)),
        ChannelNorm(out));
}

// [N, heads * d, H, W] -> [N, heads, H * W, d]
torch::Tensor toHeads(const torch::Tensor& x, int heads) {
    return x.flatten(2).unflatten(1, {heads, x.size(1) / heads}).transpose(-1, -2);
}

}  // namespace

ChannelNormImpl::ChannelNormImpl(int channels) {
    norm = register_module("norm", torch::nn::LayerNorm(torch::nn::LayerNormOptions({channels})));
}

torch::Tensor ChannelNormImpl::forward(const torch::Tensor& x) {
    return norm(x.permute({0, 2, 3, 1})).permute({0, 3, 1, 2});
}

EfficientAttentionImpl::EfficientAttentionImpl(int channels, int heads, int reduction)
    : m_heads(heads), m_scale(1.0 / std::sqrt(double(channels / heads))) {
    query = register_module("query", pointwise(channels, channels));
    keyValue = register_module("keyValue", pointwise(channels, 2 * channels));
    project = register_module("project", pointwise(channels, channels));
    if (reduction > 1) {
        reduce = register_module(
            "reduce",
            torch::nn::Conv2d(
                torch::nn::Conv2dOptions(channels, channels, reduction).stride(reduction)));
        reducedNorm = register_module("reducedNorm", ChannelNorm(channels));
    }
}

torch::Tensor EfficientAttentionImpl::forward(const torch::Tensor& x) {
    const torch::Tensor source = reduce ? reducedNorm(reduce(x)) : x;
    const auto keyAndValue = keyValue(source).chunk(2, 1);
    const torch::Tensor q = toHeads(query(x), m_heads);        // [N, h, HW, d]
    const torch::Tensor k = toHeads(keyAndValue[0], m_heads);  // [N, h, hw, d]
    const torch::Tensor v = toHeads(keyAndValue[1], m_heads);
    const torch::Tensor weights =
        torch::softmax(torch::matmul(q, k.transpose(-1, -2)) * m_scale, -1);
    // [N, h, HW, d] -> [N, h * d, H, W], shaped like x whatever its size.
    const torch::Tensor out = torch::matmul(weights, v).transpose(-1, -2).flatten(1, 2).view_as(x);
    return project(out);
}

TransformerBlockImpl::TransformerBlockImpl(int channels, int heads, int reduction) {
    norm1 = register_module("norm1", ChannelNorm(channels));
    attention = register_module("attention", EfficientAttention(channels, heads, reduction));
    norm2 = register_module("norm2", ChannelNorm(channels));
    const int hidden = channels * kMlpRatio;
    expand = register_module("expand", pointwise(channels, hidden));
    depthwise = register_module(
        "depthwise",
        torch::nn::Conv2d(torch::nn::Conv2dOptions(hidden, hidden, 3).padding(1).groups(hidden)));
    contract = register_module("contract", pointwise(hidden, channels));
}

torch::Tensor TransformerBlockImpl::forward(const torch::Tensor& x) {
    const torch::Tensor y = x + attention(norm1(x));
    return y + contract(torch::gelu(depthwise(expand(norm2(y)))));
}

MixTransformerImpl::MixTransformerImpl(int inChannels, int width, int depth) {
    int in = inChannels, stride = 1;
    for (size_t s = 0; s < kHeads.size(); ++s) {
        const int channels = width * kWidthMultiple[s];
        const int kernel = s == 0 ? 7 : 3, step = s == 0 ? 4 : 2;
        torch::nn::Sequential stage(patchEmbedding(in, channels, kernel, step));
        for (int b = 0; b < depth; ++b)
            stage->push_back(TransformerBlock(channels, kHeads[s], kReduction[s]));
        stage->push_back(ChannelNorm(channels));
        m_stages.push_back(register_module("stage" + std::to_string(s + 1), stage));
        in = channels;
        stride *= step;
        addFeatureMap(channels, stride);
    }
}

std::vector<torch::Tensor> MixTransformerImpl::forward(const torch::Tensor& x) {
    std::vector<torch::Tensor> maps;
    torch::Tensor y = x;
    for (auto& stage : m_stages) {
        y = stage->forward(y);
        maps.push_back(y);
    }
    return maps;
}

SegFormerImpl::SegFormerImpl(const ModelSpec& spec) : SegmentationModelImpl(spec) {
    const int width = spec.integer("width");
    backbone = register_module("backbone", std::make_shared<MixTransformerImpl>(
                                               spec.inChannels, width, spec.integer("depth")));
    const int decoder = width * 8;  // 256 at MiT-B0's width of 32
    for (size_t s = 0; s < backbone->featureMaps().size(); ++s)
        m_projections.push_back(
            register_module("project" + std::to_string(s + 1),
                            pointwise(backbone->featureMaps()[s].channels, decoder)));
    fuse = register_module("fuse", ConvBnRelu(decoder * int(m_projections.size()), decoder, 1));
    dropout = register_module("dropout", torch::nn::Dropout2d(0.1));
    classifier = register_module("classifier", pointwise(decoder, spec.numClasses));
}

torch::Tensor SegFormerImpl::forwardAligned(const torch::Tensor& x) {
    const std::vector<torch::Tensor> maps = backbone->forward(x);
    std::vector<torch::Tensor> projected;
    for (size_t s = 0; s < maps.size(); ++s)
        projected.push_back(resizeLike(m_projections[s](maps[s]), maps[0]));
    return resizeLike(classifier(dropout(fuse(torch::cat(projected, 1)))), x);
}

SegmentationModel createSegFormer(const ModelSpec& spec) {
    return std::make_shared<SegFormerImpl>(spec);
}

}  // namespace seg::core
