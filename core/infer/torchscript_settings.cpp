#include "core/infer/torchscript_settings.h"

#include <cmath>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/common/atomic_file.h"
#include "core/common/error.h"
#include "core/common/json_value.h"
#include "core/common/paths.h"
#include "core/common/zip_check.h"
#include "core/data/class_map_json.h"
#include "core/train/checkpoint_digest.h"

namespace seg::core {

namespace fs = std::filesystem;

namespace {

constexpr int kSettingsVersion = 1;

}  // namespace

bool TorchScriptSettings::operator==(const TorchScriptSettings& o) const {
    return classes == o.classes && mean == o.mean && std == o.std && inputWidth == o.inputWidth &&
           inputHeight == o.inputHeight && inputImages == o.inputImages;
}

fs::path torchScriptSettingsFile(const fs::path& model) {
    fs::path file = model;
    file += ".segstudio.json";
    return file;
}

void validateTorchScriptSettings(const TorchScriptSettings& s) {
    if (s.classes.empty())
        throw Error(ErrorCode::InvalidArgument, {}, "the model needs its class names");
    for (double v : s.std)
        if (!(v > 0.0) || !std::isfinite(v))
            throw Error(ErrorCode::InvalidArgument, {}, "the standard deviations must be positive");
    for (double v : s.mean)
        if (!std::isfinite(v))
            throw Error(ErrorCode::InvalidArgument, {}, "the means must be numbers");
    if ((s.inputWidth == 0) != (s.inputHeight == 0) || s.inputWidth < 0 || s.inputHeight < 0 ||
        s.inputWidth > 16384 || s.inputHeight > 16384)
        throw Error(ErrorCode::InvalidArgument, {},
                    "a fixed input size needs a width and a height between 1 and 16384");
    if (s.inputImages != 1 && s.inputImages != 2)
        throw Error(ErrorCode::InvalidArgument, {},
                    "a model takes one image or an image pair (input_images 1 or 2)");
}

nlohmann::json torchScriptSettingsToJson(const TorchScriptSettings& s) {
    nlohmann::json j{{"version", kSettingsVersion},
                     {"classes", classMapToJson(s.classes)},
                     {"mean", s.mean},
                     {"std", s.std}};
    if (s.inputWidth > 0) j["input_size"] = {s.inputWidth, s.inputHeight};
    if (s.inputImages != 1) j["input_images"] = s.inputImages;
    return j;
}

TorchScriptSettings torchScriptSettingsFromJson(const nlohmann::json& j, const fs::path& source) {
    TorchScriptSettings s;
    try {
        if (jsonValue<int>(j.at("version")) > kSettingsVersion)
            throw Error(ErrorCode::UnsupportedVersion, source,
                        "model settings are from a newer SegStudio");
        s.classes = classMapFromJson(j.at("classes"), source);
        s.mean = jsonValue<std::array<double, 3>>(j.at("mean"));
        s.std = jsonValue<std::array<double, 3>>(j.at("std"));
        if (j.contains("input_size")) {
            const auto size = jsonValue<std::array<int, 2>>(j.at("input_size"));
            s.inputWidth = size[0];
            s.inputHeight = size[1];
        }
        s.inputImages = jsonValue(j, "input_images", 1);
    } catch (const nlohmann::json::exception& e) {
        throw Error(ErrorCode::InvalidContent, source,
                    std::string("model settings are damaged: ") + e.what());
    }
    try {
        validateTorchScriptSettings(s);
    } catch (const Error& e) {
        throw Error(ErrorCode::InvalidContent, source, e.detail());
    }
    return s;
}

std::optional<TorchScriptSettings> readTorchScriptSettings(const fs::path& model) {
    const fs::path file = torchScriptSettingsFile(model);
    std::error_code ec;
    if (!fs::exists(file, ec)) return std::nullopt;
    const std::string text = readTextFile(file);  // throws Error naming the file
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception& e) {
        throw Error(ErrorCode::InvalidJson, file, e.what());
    }
    return torchScriptSettingsFromJson(json, file);
}

void writeTorchScriptSettings(const fs::path& model, const TorchScriptSettings& settings) {
    validateTorchScriptSettings(settings);
    writeTextAtomically(torchScriptSettingsFile(model),
                        torchScriptSettingsToJson(settings).dump(2) + "\n");
}

bool torchScriptSettingsMissing(const fs::path& model) {
    if (storedCheckpointDigest(model)) return false;  // a sealed SegStudio checkpoint
    if (fs::exists(torchScriptSettingsFile(model))) return false;
    const std::string suffix = std::string("/extra/") + kTorchScriptSettingsEntry;
    for (const auto& name : zipEntryNames(readTextFile(model)))
        if (name.size() >= suffix.size() &&
            name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
            return false;
    return true;
}

std::optional<std::array<double, 3>> parseChannelTriple(const std::string& text) {
    std::array<double, 3> values{};
    std::istringstream in(text);
    for (size_t i = 0; i < 3; ++i) {
        if (!(in >> values[i]) || !std::isfinite(values[i])) return std::nullopt;
        if (i < 2) {
            char comma = 0;
            if (!(in >> comma) || comma != ',') return std::nullopt;
        }
    }
    in >> std::ws;
    return in.eof() ? std::optional(values) : std::nullopt;
}

}  // namespace seg::core
