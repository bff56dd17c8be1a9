#include "core/models/resnet.h"

#include "core/common/error.h"
#include "core/models/blocks.h"
#include "core/models/residual_blocks.h"

namespace seg::core {

torch::nn::Sequential ResNetImpl::makeStage(int& inChannels, int planes, int blocks, int stride,
                                            int dilation, int previousDilation, bool bottleneck) {
    torch::nn::Sequential stage;
    const int expansion = bottleneck ? BottleneckImpl::kExpansion : BasicBlockImpl::kExpansion;
    for (int b = 0; b < blocks; ++b) {
        // The first block of a dilated stage keeps the previous dilation (as torchvision).
        const int blockStride = b == 0 ? stride : 1;
        const int blockDilation = b == 0 ? previousDilation : dilation;
        if (bottleneck)
            stage->push_back(Bottleneck(inChannels, planes, blockStride, blockDilation));
        else
            stage->push_back(BasicBlock(inChannels, planes, blockStride, blockDilation));
        inChannels = planes * expansion;
    }
    return stage;
}

ResNetImpl::ResNetImpl(const std::string& name, int inChannels, int width, int outputStride) {
    if (name != "resnet18" && name != "resnet34" && name != "resnet50")
        throw Error(ErrorCode::InvalidArgument, {}, "unknown ResNet '" + name + "'");
    if (outputStride != 32 && outputStride != 16 && outputStride != 8)
        throw Error(ErrorCode::InvalidArgument, {}, "a ResNet's output stride is 32, 16 or 8");
    const bool bottleneck = name == "resnet50";
    const std::array<int, 4> blocks =
        name == "resnet18" ? std::array<int, 4>{2, 2, 2, 2} : std::array<int, 4>{3, 4, 6, 3};
    stem = register_module(
        "stem", torch::nn::Sequential(
                    ConvBnRelu(inChannels, width, 7, 2),
                    torch::nn::MaxPool2d(torch::nn::MaxPool2dOptions(3).stride(2).padding(1))));
    // Stage strides and dilations for output stride 32, 16 or 8.
    const bool dilate3 = outputStride == 8, dilate4 = outputStride <= 16;
    const int d3 = dilate3 ? 2 : 1, d4 = dilate4 ? d3 * 2 : 1;
    int channels = width;
    stage1 = register_module("stage1", makeStage(channels, width, blocks[0], 1, 1, 1, bottleneck));
    addFeatureMap(channels, 4);
    stage2 =
        register_module("stage2", makeStage(channels, width * 2, blocks[1], 2, 1, 1, bottleneck));
    addFeatureMap(channels, 8);
    stage3 = register_module(
        "stage3", makeStage(channels, width * 4, blocks[2], dilate3 ? 1 : 2, d3, 1, bottleneck));
    addFeatureMap(channels, dilate3 ? 8 : 16);
    stage4 = register_module(
        "stage4", makeStage(channels, width * 8, blocks[3], dilate4 ? 1 : 2, d4, d3, bottleneck));
    addFeatureMap(channels, outputStride);
}

std::vector<torch::Tensor> ResNetImpl::forward(const torch::Tensor& x) {
    std::vector<torch::Tensor> maps;
    maps.reserve(4);
    maps.push_back(stage1->forward(stem->forward(x)));
    maps.push_back(stage2->forward(maps.back()));
    maps.push_back(stage3->forward(maps.back()));
    maps.push_back(stage4->forward(maps.back()));
    return maps;
}

}  // namespace seg::core
