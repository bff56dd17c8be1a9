#include "core/models/deeplab.h"

#include "core/models/model_factories.h"

namespace seg::core {

AsppImpl::AsppImpl(int in, int out, int outputStride) {
    const int scale = 16 / outputStride;  // rates double at output stride 8
    branch1x1 = register_module("branch1x1", ConvBnRelu(in, out, 1));
    atrous1 = register_module("atrous1", ConvBnRelu(in, out, 3, 1, 6 * scale));
    atrous2 = register_module("atrous2", ConvBnRelu(in, out, 3, 1, 12 * scale));
    atrous3 = register_module("atrous3", ConvBnRelu(in, out, 3, 1, 18 * scale));
    pooled = register_module("pooled", torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, 1)));
    project = register_module("project", ConvBnRelu(5 * out, out, 1));
}

torch::Tensor AsppImpl::forward(const torch::Tensor& x) {
    auto image = torch::relu(pooled(torch::adaptive_avg_pool2d(x, {1, 1})));
    image = expandSpatiallyLike(image, x);
    return project(torch::cat({branch1x1(x), atrous1(x), atrous2(x), atrous3(x), image}, 1));
}

DeepLabImpl::DeepLabImpl(const ModelSpec& spec)
    : SegmentationModelImpl(spec), m_decoder(spec.architecture == "deeplabv3plus") {
    const int width = spec.integer("width"), outputStride = spec.integer("output_stride");
    backbone = register_module(
        "backbone", createEncoder(spec.choice("backbone"), spec.inChannels, width, outputStride));
    const auto& maps = backbone->featureMaps();
    m_deepest = maps.size() - 1;
    const int asppChannels = width * 4;  // 256 for the paper's width of 64
    aspp = register_module("aspp", Aspp(maps[m_deepest].channels, asppChannels, outputStride));
    if (m_decoder) {
        m_lowLevel = backbone->deepestMapAt(4);
        const int lowChannels = std::max(8, width * 3 / 4);  // 48 for width 64
        lowLevel =
            register_module("lowLevel", ConvBnRelu(maps[m_lowLevel].channels, lowChannels, 1));
        fuse1 = register_module("fuse1", ConvBnRelu(asppChannels + lowChannels, asppChannels));
        fuse2 = register_module("fuse2", ConvBnRelu(asppChannels, asppChannels));
    } else {
        refine = register_module("refine", ConvBnRelu(asppChannels, asppChannels));
    }
    classifier = register_module("classifier", torch::nn::Conv2d(torch::nn::Conv2dOptions(
                                                   asppChannels, spec.numClasses, 1)));
}

torch::Tensor DeepLabImpl::forwardAligned(const torch::Tensor& x) {
    const std::vector<torch::Tensor> maps = backbone->forward(x);
    torch::Tensor y = aspp(maps[m_deepest]);
    if (m_decoder) {
        const auto low = lowLevel(maps[m_lowLevel]);
        y = fuse2(fuse1(torch::cat({resizeLike(y, low), low}, 1)));
    } else {
        y = refine(y);
    }
    return resizeLike(classifier(y), x);
}

SegmentationModel createDeepLabV3(const ModelSpec& spec) {
    return std::make_shared<DeepLabImpl>(spec);
}

}  // namespace seg::core
