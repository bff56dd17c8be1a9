#include "core/models/model_spec.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/common/error.h"

namespace seg::core {

namespace {

[[noreturn]] void invalid(const std::string& detail) {
    throw Error(ErrorCode::InvalidArgument, {}, detail);
}

bool isResNetBased(const std::string& architecture) {
    return architecture != "unet";
}

}  // namespace

bool ModelSpec::operator==(const ModelSpec& o) const {
    return architecture == o.architecture && inChannels == o.inChannels &&
           numClasses == o.numClasses && width == o.width && depth == o.depth &&
           bilinear == o.bilinear && backbone == o.backbone && outputStride == o.outputStride;
}

const std::vector<std::string>& modelArchitectures() {
    static const std::vector<std::string> names{"unet",  "deeplabv3plus", "deeplabv3",
                                                "fcn8s", "fcn16s",        "fcn32s"};
    return names;
}

void validateModelSpec(const ModelSpec& s) {
    const auto& names = modelArchitectures();
    if (std::find(names.begin(), names.end(), s.architecture) == names.end()) {
        std::string list;
        for (const auto& n : names) list += (list.empty() ? "" : ", ") + n;
        invalid("unknown model '" + s.architecture + "' (expected one of: " + list + ")");
    }
    if (s.inChannels < 1 || s.inChannels > 16) invalid("input channels must be 1 to 16");
    if (s.numClasses < 2 || s.numClasses > 255) invalid("number of classes must be 2 to 255");
    if (isResNetBased(s.architecture)) {
        if (s.backbone != "resnet18" && s.backbone != "resnet34" && s.backbone != "resnet50")
            invalid("unknown backbone '" + s.backbone +
                    "' (expected resnet18, resnet34 or resnet50)");
        if (s.width < 8 || s.width > 128 || s.width % 8 != 0)
            invalid("backbone width must be 8 to 128, a multiple of 8");
        if (s.architecture.rfind("deeplab", 0) == 0 && s.outputStride != 16 && s.outputStride != 8)
            invalid("output stride must be 16 or 8");
    } else {
        if (s.width < 4 || s.width > 128) invalid("U-Net width must be 4 to 128");
        if (s.depth < 3 || s.depth > 5) invalid("U-Net depth must be 3 to 5");
    }
}

nlohmann::json modelSpecToJson(const ModelSpec& s) {
    return {{"architecture", s.architecture},
            {"in_channels", s.inChannels},
            {"num_classes", s.numClasses},
            {"width", s.width},
            {"depth", s.depth},
            {"bilinear", s.bilinear},
            {"backbone", s.backbone},
            {"output_stride", s.outputStride}};
}

ModelSpec modelSpecFromJson(const nlohmann::json& json, const std::string& source) {
    auto fail = [&](const std::string& d) {
        throw Error(ErrorCode::InvalidContent, source, "model: " + d);
    };
    if (!json.is_object()) fail("expected a JSON object");
    ModelSpec s;
    try {
        for (const auto& [key, value] : json.items()) {
            if (key == "architecture")
                s.architecture = value.get<std::string>();
            else if (key == "in_channels")
                s.inChannels = value.get<int>();
            else if (key == "num_classes")
                s.numClasses = value.get<int>();
            else if (key == "width")
                s.width = value.get<int>();
            else if (key == "depth")
                s.depth = value.get<int>();
            else if (key == "bilinear")
                s.bilinear = value.get<bool>();
            else if (key == "backbone")
                s.backbone = value.get<std::string>();
            else if (key == "output_stride")
                s.outputStride = value.get<int>();
            else
                fail("unknown key '" + key + "'");
        }
    } catch (const nlohmann::json::exception& e) {
        fail(std::string("wrong type: ") + e.what());
    }
    try {
        validateModelSpec(s);
    } catch (const Error& e) {
        fail(e.detail());
    }
    return s;
}

std::string describeModel(const ModelSpec& spec) {
    std::string text = spec.architecture;
    if (spec.architecture == "unet")
        text += "-w" + std::to_string(spec.width);
    else
        text += "-" + spec.backbone;
    if (spec.architecture.rfind("deeplab", 0) == 0)
        text += "-os" + std::to_string(spec.outputStride);
    return text;
}

}  // namespace seg::core
