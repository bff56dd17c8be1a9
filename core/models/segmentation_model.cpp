#include "core/models/segmentation_model.h"

#include "core/common/error.h"

namespace seg::core {

namespace F = torch::nn::functional;

torch::Tensor SegmentationModelImpl::forward(const torch::Tensor& x) {
    if (x.dim() != 4 || x.size(1) != m_spec.inChannels)
        throw Error(ErrorCode::InvalidArgument, {},
                    "model expects [N, " + std::to_string(m_spec.inChannels) +
                        ", H, W] input, got " + std::to_string(x.dim()) + " dimensions" +
                        (x.dim() == 4 ? " with " + std::to_string(x.size(1)) + " channels"
                                      : std::string()));
    const torch::Tensor input =
        m_channelsLast ? x.contiguous(torch::MemoryFormat::ChannelsLast) : x;
    const int64_t h = x.size(2), w = x.size(3);
    const int64_t m = sizeMultiple();
    const int64_t padH = (m - h % m) % m, padW = (m - w % m) % m;
    if (padH == 0 && padW == 0) return forwardAligned(input);
    // Replicated borders keep padded pixels looking like the image edge, not like black.
    auto padded = F::pad(input, F::PadFuncOptions({0, padW, 0, padH}).mode(torch::kReplicate));
    if (m_channelsLast) padded = padded.contiguous(torch::MemoryFormat::ChannelsLast);
    return forwardAligned(padded).narrow(2, 0, h).narrow(3, 0, w);
}

void SegmentationModelImpl::useChannelsLast() {
    torch::NoGradGuard noGrad;
    for (auto& p : parameters())
        if (p.dim() == 4) p.set_data(p.contiguous(torch::MemoryFormat::ChannelsLast));
    m_channelsLast = true;
}

}  // namespace seg::core
