#include "core/models/deeplab_largefov.h"

#include <cmath>

#include "core/models/model_factories.h"

namespace seg::core {

namespace {

constexpr int kPaperCrop = 321;  // DeepLab v1 and v2 trained on 321 x 321 crops
constexpr int kLargeFovRate = 12;

}  // namespace

AtrousClassifierImpl::AtrousClassifierImpl(int in, int channels, int classes, int rate) {
    fc6 = register_module("fc6", ConvBnRelu(in, channels, 3, 1, rate));
    fc7 = register_module("fc7", ConvBnRelu(channels, channels, 1));
    dropout = register_module("dropout", torch::nn::Dropout(0.5));
    fc8 = register_module("fc8", torch::nn::Conv2d(torch::nn::Conv2dOptions(channels, classes, 1)));
}

torch::Tensor AtrousClassifierImpl::forward(const torch::Tensor& x) {
    return fc8(dropout(fc7(dropout(fc6(x)))));
}

int atrousRateForInput(int paperRate, int side) {
    return std::max(1, static_cast<int>(std::lround(double(paperRate) * side / kPaperCrop)));
}

DeepLabLargeFovImpl::DeepLabLargeFovImpl(const ModelSpec& spec) : SegmentationModelImpl(spec) {
    const int width = spec.integer("width");
    backbone = register_module("backbone",
                               createEncoder(spec.choice("backbone"), spec.inChannels, width, 8));
    const int rate = spec.integer("atrous_rate");
    head = register_module("head",
                           AtrousClassifier(backbone->featureMaps().back().channels, width * 16,
                                            spec.numClasses, rate > 0 ? rate : kLargeFovRate));
}

torch::Tensor DeepLabLargeFovImpl::forwardAligned(const torch::Tensor& x) {
    return resizeLike(head(backbone->forward(x).back()), x);
}

SegmentationModel createDeepLabLargeFov(const ModelSpec& spec) {
    return std::make_shared<DeepLabLargeFovImpl>(spec);
}

void fitDeepLabLargeFovToInput(ModelSpec& spec, int side) {
    if (spec.integer("atrous_rate") == 0)
        spec.set("atrous_rate", atrousRateForInput(kLargeFovRate, side));
}

}  // namespace seg::core
