#pragma once
// What a model is, as plain values: its architecture and that architecture's options (see
// architecture_table.h for the options each one takes, with defaults and ranges). Stored in
// checkpoints and run configs so that a model can be rebuilt from them alone. Torch-free;
// any thread.

#include <map>
#include <string>
#include <variant>

#include <nlohmann/json_fwd.hpp>

namespace seg::core {

using ModelOptionValue = std::variant<int, bool, std::string>;

struct ModelSpec {
    std::string architecture = "unet";  // a name from architectureTable()
    int inChannels = 3;
    int numClasses = 2;
    // Options set explicitly; every other option of the architecture has its default.
    std::map<std::string, ModelOptionValue> options;

    // The option's value, or its default when not set. Throw Error(InvalidArgument) when
    // the architecture has no option `key` of that kind.
    int integer(const std::string& key) const;
    bool flag(const std::string& key) const;
    std::string choice(const std::string& key) const;
    // Whether the architecture takes option `key` (false for an unknown architecture).
    bool has(const std::string& key) const;

    ModelSpec& set(const std::string& key, ModelOptionValue value);

    // Equal architecture, channels, classes and option values (defaults filled in).
    bool operator==(const ModelSpec& o) const;
    bool operator!=(const ModelSpec& o) const { return !(*this == o); }
};

struct ModelOption;

// An option's default value.
ModelOptionValue defaultOptionValue(const ModelOption& option);

// Whether `option` takes `value`: the right kind, and in range, on a step, among the
// allowed values or among the choices.
bool optionAccepts(const ModelOption& option, const ModelOptionValue& value);

// A spec of `architecture` with every option at its default.
ModelSpec defaultModelSpec(const std::string& architecture);

// Throws Error(InvalidArgument) naming the option and the allowed values, or the known
// architectures.
void validateModelSpec(const ModelSpec& spec);

// The architecture and its size, short enough for a folder name: "unet-w16",
// "deeplabv3plus-resnet18-os16", "fcn8s-resnet34".
std::string describeModel(const ModelSpec& spec);

// Writes every option of the architecture, defaults included, so that the file says what
// was built even if a default changes later.
nlohmann::json modelSpecToJson(const ModelSpec& spec);
// Throws Error(InvalidContent) naming `source` for unknown keys or bad values. Keys that
// are options of other architectures are skipped: older files stored every option.
ModelSpec modelSpecFromJson(const nlohmann::json& json, const std::string& source);

}  // namespace seg::core
