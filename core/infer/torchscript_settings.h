#pragma once
// What a TorchScript model needs besides its code and weights before SegStudio can use it:
// the class names, the input normalisation and, for modules traced at one size, that size.
// Kept in a small JSON file next to the model ("model.pt.segstudio.json") so that the model
// opens directly next time; modules SegStudio exports carry the same JSON inside (the extra
// file "segstudio.json"). Torch-free; any thread.

#include <array>
#include <filesystem>
#include <optional>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "core/data/class_map.h"

namespace seg::core {

struct TorchScriptSettings {
    ClassMap classes;
    std::array<double, 3> mean{0.485, 0.456, 0.406};  // ImageNet, as torchvision's models
    std::array<double, 3> std{0.229, 0.224, 0.225};
    // A module traced at one size takes only that size: images are resized to it and the
    // prediction resized back. 0 x 0: any size.
    int inputWidth = 0;
    int inputHeight = 0;
    // 2: the module compares image pairs, stacked as 6 channels (before, then after).
    int inputImages = 1;

    bool operator==(const TorchScriptSettings& o) const;
};

// The name of the embedded copy inside exported modules (torch.jit.load's _extra_files).
inline constexpr const char* kTorchScriptSettingsEntry = "segstudio.json";

// "<model>.segstudio.json", next to the model.
std::filesystem::path torchScriptSettingsFile(const std::filesystem::path& model);

// Throws Error(InvalidArgument) on no classes, a non-positive std or half a fixed size.
void validateTorchScriptSettings(const TorchScriptSettings& settings);

nlohmann::json torchScriptSettingsToJson(const TorchScriptSettings& settings);
// Throws Error(InvalidContent) naming `source` on missing or mistyped fields.
TorchScriptSettings torchScriptSettingsFromJson(const nlohmann::json& json,
                                                const std::filesystem::path& source);

// The settings stored next to `model`; nullopt when there are none. Throws Error naming the
// settings file when it exists but cannot be read or makes no sense.
std::optional<TorchScriptSettings> readTorchScriptSettings(const std::filesystem::path& model);
// Writes them next to `model` (temp file and rename).
void writeTorchScriptSettings(const std::filesystem::path& model,
                              const TorchScriptSettings& settings);

// Whether `model` is a TorchScript module that cannot open without settings given: it is no
// SegStudio checkpoint, has no settings stored next to it and none embedded. Reads the file
// (not LibTorch): cheap enough for the GUI thread. Throws Error naming the file when it
// cannot be read.
bool torchScriptSettingsMissing(const std::filesystem::path& model);

// "0.485,0.456,0.406" -> the three numbers; nullopt unless exactly three finite numbers.
std::optional<std::array<double, 3>> parseChannelTriple(const std::string& text);

}  // namespace seg::core
