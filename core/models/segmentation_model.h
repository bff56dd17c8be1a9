#pragma once
// The contract every architecture meets: float NCHW images in, NCHW logits of the same
// height and width out, for any input size. Lives on the thread that trains or predicts.

#include <torch/torch.h>

#include "core/models/model_spec.h"

namespace seg::core {

class SegmentationModelImpl : public torch::nn::Module {
public:
    explicit SegmentationModelImpl(ModelSpec spec) : m_spec(std::move(spec)) {}

    // x: [N, inChannels, H, W] float32 -> logits [N, numClasses, H, W]. Inputs whose sides
    // are not multiples of sizeMultiple() are padded (replicated border), then cropped back.
    torch::Tensor forward(const torch::Tensor& x);

    const ModelSpec& spec() const { return m_spec; }

    // Stores 4-D weights channels-last (NHWC) and converts inputs to it: oneDNN's CPU
    // convolutions then skip a layout reorder around every layer (measured here: +23%
    // U-Net training throughput, a quarter less memory). Call before creating an optimiser.
    void useChannelsLast();
    // The network's total downsampling: sides are padded to a multiple of it.
    virtual int sizeMultiple() const = 0;

    // forward without the padding: sides must be multiples of sizeMultiple(). Exporters
    // trace this part, whose operations do not depend on the input size.
    virtual torch::Tensor forwardAligned(const torch::Tensor& x) = 0;

private:
    ModelSpec m_spec;
    bool m_channelsLast = false;
};

using SegmentationModel = std::shared_ptr<SegmentationModelImpl>;

}  // namespace seg::core
