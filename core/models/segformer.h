#pragma once
// An attention model in the manner of SegFormer (Xie et al. 2021), sized like its MiT-B0: a
// hierarchical transformer encoder (four stages at strides 4 to 32, each an overlapping
// patch embedding by strided convolution, then blocks of efficient self-attention, whose
// keys and values come from a map shrunk by a factor R, and a Mix-FFN, whose depthwise 3x3
// convolution stands in for position encodings), and an all-MLP decoder that brings every
// stage to one width at stride 4, concatenates and classifies.
//
// Everything is kept as [N, C, H, W] maps: a per-pixel linear layer is a 1x1 convolution and
// tokens are a flattened map, so the exported module takes any input size.

#include "core/models/blocks.h"
#include "core/models/encoder.h"
#include "core/models/segmentation_model.h"

namespace seg::core {

// LayerNorm over the channels of every pixel.
class ChannelNormImpl : public torch::nn::Module {
public:
    explicit ChannelNormImpl(int channels);
    torch::Tensor forward(const torch::Tensor& x);

private:
    torch::nn::LayerNorm norm{nullptr};
};
TORCH_MODULE(ChannelNorm);

// Multi-head self-attention whose keys and values come from the map reduced `reduction`
// times on each side (a strided convolution), which cuts the cost by reduction^2.
class EfficientAttentionImpl : public torch::nn::Module {
public:
    EfficientAttentionImpl(int channels, int heads, int reduction);
    torch::Tensor forward(const torch::Tensor& x);

private:
    int m_heads;
    double m_scale;
    torch::nn::Conv2d query{nullptr}, keyValue{nullptr}, project{nullptr}, reduce{nullptr};
    ChannelNorm reducedNorm{nullptr};
};
TORCH_MODULE(EfficientAttention);

// x + attention(norm(x)), then x + MixFFN(norm(x)).
class TransformerBlockImpl : public torch::nn::Module {
public:
    TransformerBlockImpl(int channels, int heads, int reduction);
    torch::Tensor forward(const torch::Tensor& x);

private:
    ChannelNorm norm1{nullptr}, norm2{nullptr};
    EfficientAttention attention{nullptr};
    torch::nn::Conv2d expand{nullptr}, depthwise{nullptr}, contract{nullptr};  // Mix-FFN
};
TORCH_MODULE(TransformerBlock);

class MixTransformerImpl : public EncoderImpl {
public:
    // width: channels of stage 1 and of every attention head; depth: blocks per stage.
    MixTransformerImpl(int inChannels, int width, int depth);
    std::vector<torch::Tensor> forward(const torch::Tensor& x) override;

private:
    std::vector<torch::nn::Sequential> m_stages;  // stage1 ...: embedding, blocks, norm
};

class SegFormerImpl : public SegmentationModelImpl {
public:
    explicit SegFormerImpl(const ModelSpec& spec);
    int sizeMultiple() const override { return backbone->outputStride(); }

protected:
    torch::Tensor forwardAligned(const torch::Tensor& x) override;

private:
    Encoder backbone;
    std::vector<torch::nn::Conv2d> m_projections;  // project1 ...: each stage to one width
    ConvBnRelu fuse{nullptr};
    torch::nn::Dropout2d dropout{nullptr};
    torch::nn::Conv2d classifier{nullptr};
};

}  // namespace seg::core
