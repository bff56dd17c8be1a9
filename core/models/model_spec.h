#pragma once
// What a model is, as plain values: architecture and options. Stored in checkpoints and run
// configs so that a model can be rebuilt from them alone. Torch-free; any thread.

#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace seg::core {

struct ModelSpec {
    // "unet", "deeplabv3plus", "deeplabv3", "fcn32s", "fcn16s", "fcn8s".
    std::string architecture = "unet";
    int inChannels = 3;
    int numClasses = 2;
    // U-Net: channels of the first stage (8 to 64). ResNet backbones: channels of the stem
    // (64 as in the paper; smaller for quick experiments).
    int width = 16;
    int depth = 4;                      // U-Net stages, 3 to 5
    bool bilinear = false;              // U-Net upsampling: false = learned 2x2 (transposed)
    std::string backbone = "resnet18";  // DeepLab and FCN: resnet18, resnet34, resnet50
    int outputStride = 16;              // DeepLab: 16 or 8

    bool operator==(const ModelSpec& o) const;
};

// Throws Error(InvalidArgument) naming the option and the allowed values.
void validateModelSpec(const ModelSpec& spec);

// Architecture names in the registry, in display order.
const std::vector<std::string>& modelArchitectures();

// The architecture and its size, short enough for a folder name: "unet-w16",
// "deeplabv3plus-resnet18-os16", "fcn8s-resnet34".
std::string describeModel(const ModelSpec& spec);

nlohmann::json modelSpecToJson(const ModelSpec& spec);
// Throws Error(InvalidContent) naming `source` for unknown keys or bad values.
ModelSpec modelSpecFromJson(const nlohmann::json& json, const std::string& source);

}  // namespace seg::core
