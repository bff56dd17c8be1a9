#include "core/models/fcn.h"

#include "core/models/blocks.h"
#include "core/models/model_factories.h"

namespace seg::core {

namespace {

torch::nn::Conv2d scoreLayer(int in, int classes) {
    return torch::nn::Conv2d(torch::nn::Conv2dOptions(in, classes, 1));
}

}  // namespace

FcnImpl::FcnImpl(const ModelSpec& spec)
    : SegmentationModelImpl(spec), m_finestStride(std::stoi(spec.architecture.substr(3))) {
    backbone = register_module("backbone", createEncoder(spec.choice("backbone"), spec.inChannels,
                                                         spec.integer("width"), 32));
    const auto& maps = backbone->featureMaps();
    m_map32 = backbone->deepestMapAt(32);
    score32 = register_module("score32", scoreLayer(maps[m_map32].channels, spec.numClasses));
    if (m_finestStride <= 16) {
        m_map16 = backbone->deepestMapAt(16);
        score16 = register_module("score16", scoreLayer(maps[m_map16].channels, spec.numClasses));
    }
    if (m_finestStride <= 8) {
        m_map8 = backbone->deepestMapAt(8);
        score8 = register_module("score8", scoreLayer(maps[m_map8].channels, spec.numClasses));
    }
}

torch::Tensor FcnImpl::forwardAligned(const torch::Tensor& x) {
    const std::vector<torch::Tensor> maps = backbone->forward(x);
    torch::Tensor y = score32(maps[m_map32]);
    if (score16) y = resizeLike(y, maps[m_map16]) + score16(maps[m_map16]);
    if (score8) y = resizeLike(y, maps[m_map8]) + score8(maps[m_map8]);
    return resizeLike(y, x);
}

SegmentationModel createFcn(const ModelSpec& spec) {
    return std::make_shared<FcnImpl>(spec);
}

}  // namespace seg::core
