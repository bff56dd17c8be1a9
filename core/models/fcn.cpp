#include "core/models/fcn.h"

#include "core/models/blocks.h"

namespace seg::core {

namespace {

torch::nn::Conv2d scoreLayer(int in, int classes) {
    return torch::nn::Conv2d(torch::nn::Conv2dOptions(in, classes, 1));
}

}  // namespace

FcnImpl::FcnImpl(const ModelSpec& spec)
    : SegmentationModelImpl(spec), m_finestStride(std::stoi(spec.architecture.substr(3))) {
    backbone = register_module("backbone", ResNet(spec.backbone, spec.inChannels, spec.width, 32));
    score32 = register_module("score32", scoreLayer(backbone->channels(4), spec.numClasses));
    if (m_finestStride <= 16)
        score16 = register_module("score16", scoreLayer(backbone->channels(3), spec.numClasses));
    if (m_finestStride <= 8)
        score8 = register_module("score8", scoreLayer(backbone->channels(2), spec.numClasses));
}

torch::Tensor FcnImpl::forwardAligned(const torch::Tensor& x) {
    const ResNetFeatures f = backbone(x);
    torch::Tensor y = score32(f.stage4);
    if (score16) y = resizeLike(y, f.stage3) + score16(f.stage3);
    if (score8) y = resizeLike(y, f.stage2) + score8(f.stage2);
    return resizeLike(y, x);
}

}  // namespace seg::core
