#include "core/models/model_spec.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/common/error.h"
#include "core/common/json_value.h"
#include "core/models/architecture_table.h"

namespace seg::core {

namespace {

[[noreturn]] void invalidSpec(const std::string& detail) {
    throw Error(ErrorCode::InvalidArgument, {}, detail);
}

const char* kindName(OptionKind kind) {
    switch (kind) {
        case OptionKind::Integer:
            return "a number";
        case OptionKind::Flag:
            return "true or false";
        case OptionKind::Choice:
            return "a name";
    }
    return "?";
}

const ModelOption& optionOf(const ModelSpec& spec, const std::string& key, OptionKind kind) {
    const ModelOption* option = architecture(spec.architecture).option(key);
    if (!option) invalidSpec("a " + spec.architecture + " has no option '" + key + "'");
    if (option->kind != kind)
        invalidSpec("option '" + key + "' of " + spec.architecture + " is " +
                    kindName(option->kind));
    return *option;
}

ModelOptionValue valueOf(const ModelSpec& spec, const ModelOption& option) {
    const auto found = spec.options.find(option.key);
    return found == spec.options.end() ? defaultOptionValue(option) : found->second;
}

std::string valueText(const ModelOptionValue& value) {
    if (const int* i = std::get_if<int>(&value)) return std::to_string(*i);
    if (const bool* b = std::get_if<bool>(&value)) return *b ? "true" : "false";
    return std::get<std::string>(value);
}

std::string choiceList(const ModelOption& option) {
    std::string list;
    for (size_t i = 0; i < option.choices.size(); ++i)
        list += (i == 0                           ? ""
                 : i + 1 == option.choices.size() ? " or "
                                                  : ", ") +
                option.choices[i].value;
    return list;
}

std::string allowedList(const std::vector<int>& allowed) {
    std::string list;
    for (size_t i = 0; i < allowed.size(); ++i)
        list += (i == 0                    ? ""
                 : i + 1 == allowed.size() ? " or "
                                           : ", ") +
                std::to_string(allowed[i]);
    return list;
}

// The message for a value optionAccepts refused.
[[noreturn]] void refuse(const std::string& architectureName, const ModelOption& option,
                         const ModelOptionValue& value) {
    const std::string what = option.key + " (" + architectureName + ")";
    switch (option.kind) {
        case OptionKind::Integer:
            if (!std::holds_alternative<int>(value)) invalidSpec(what + " must be a number");
            if (!option.allowed.empty())
                invalidSpec(what + " must be " + allowedList(option.allowed));
            invalidSpec(what + " must be " + std::to_string(option.minimum) + " to " +
                        std::to_string(option.maximum) +
                        (option.multipleOf > 1
                             ? ", a multiple of " + std::to_string(option.multipleOf)
                             : std::string()));
        case OptionKind::Flag:
            invalidSpec(what + " must be true or false");
        case OptionKind::Choice:
            invalidSpec("unknown " + what + " '" + valueText(value) + "' (expected " +
                        choiceList(option) + ")");
    }
    invalidSpec(what + " is not valid");
}

}  // namespace

ModelOptionValue defaultOptionValue(const ModelOption& option) {
    switch (option.kind) {
        case OptionKind::Integer:
            return option.defaultInteger;
        case OptionKind::Flag:
            return option.defaultFlag;
        case OptionKind::Choice:
            return option.defaultChoice;
    }
    return 0;
}

bool optionAccepts(const ModelOption& option, const ModelOptionValue& value) {
    switch (option.kind) {
        case OptionKind::Integer: {
            const int* v = std::get_if<int>(&value);
            if (!v) return false;
            if (!option.allowed.empty())
                return std::find(option.allowed.begin(), option.allowed.end(), *v) !=
                       option.allowed.end();
            return *v >= option.minimum && *v <= option.maximum && *v % option.multipleOf == 0;
        }
        case OptionKind::Flag:
            return std::holds_alternative<bool>(value);
        case OptionKind::Choice: {
            const std::string* v = std::get_if<std::string>(&value);
            return v && std::any_of(option.choices.begin(), option.choices.end(),
                                    [&](const OptionChoice& c) { return c.value == *v; });
        }
    }
    return false;
}

int ModelSpec::integer(const std::string& key) const {
    return std::get<int>(valueOf(*this, optionOf(*this, key, OptionKind::Integer)));
}

bool ModelSpec::flag(const std::string& key) const {
    return std::get<bool>(valueOf(*this, optionOf(*this, key, OptionKind::Flag)));
}

std::string ModelSpec::choice(const std::string& key) const {
    return std::get<std::string>(valueOf(*this, optionOf(*this, key, OptionKind::Choice)));
}

bool ModelSpec::has(const std::string& key) const {
    const Architecture* a = findArchitecture(architecture);
    return a && a->option(key);
}

ModelSpec& ModelSpec::set(const std::string& key, ModelOptionValue value) {
    options[key] = std::move(value);
    return *this;
}

bool ModelSpec::operator==(const ModelSpec& o) const {
    if (architecture != o.architecture || inChannels != o.inChannels || numClasses != o.numClasses)
        return false;
    const Architecture* a = findArchitecture(architecture);
    if (!a) return options == o.options;
    return std::all_of(a->options.begin(), a->options.end(), [&](const ModelOption& option) {
        return valueOf(*this, option) == valueOf(o, option);
    });
}

ModelSpec defaultModelSpec(const std::string& architectureName) {
    ModelSpec spec;
    spec.architecture = architectureName;
    spec.inChannels = 3 * architecture(architectureName).inputImages;
    for (const ModelOption& option : architecture(architectureName).options)
        spec.options[option.key] = defaultOptionValue(option);
    return spec;
}

void validateModelSpec(const ModelSpec& s) {
    const Architecture& a = architecture(s.architecture);
    if (s.inChannels < 1 || s.inChannels > 16) invalidSpec("input channels must be 1 to 16");
    if (a.inputImages == 2 && s.inChannels != 6)
        invalidSpec("a " + s.architecture +
                    " compares an image pair: it takes 6 input channels (before and after), not " +
                    std::to_string(s.inChannels));
    if (s.numClasses < 2 || s.numClasses > 255) invalidSpec("number of classes must be 2 to 255");
    for (const auto& [key, value] : s.options)
        if (!a.option(key)) {
            std::string keys;
            for (const ModelOption& option : a.options)
                keys += (keys.empty() ? "" : ", ") + option.key;
            invalidSpec("a " + s.architecture + " has no option '" + key +
                        "' (its options: " + (keys.empty() ? "none" : keys) + ")");
        }
    for (const ModelOption& option : a.options)
        if (!optionAccepts(option, valueOf(s, option)))
            refuse(s.architecture, option, valueOf(s, option));
}

nlohmann::json modelSpecToJson(const ModelSpec& s) {
    nlohmann::json json{{"architecture", s.architecture},
                        {"in_channels", s.inChannels},
                        {"num_classes", s.numClasses}};
    const Architecture* a = findArchitecture(s.architecture);
    if (!a) return json;
    for (const ModelOption& option : a->options)
        std::visit([&](const auto& value) { json[option.key] = value; }, valueOf(s, option));
    return json;
}

ModelSpec modelSpecFromJson(const nlohmann::json& json, const std::string& source) {
    auto fail = [&](const std::string& d) {
        throw Error(ErrorCode::InvalidContent, source, "model: " + d);
    };
    if (!json.is_object()) fail("expected a JSON object");
    ModelSpec s;
    try {
        s.architecture = json.value("architecture", s.architecture);
        if (!findArchitecture(s.architecture))
            fail("unknown model '" + s.architecture + "' (expected one of: " + architectureNames() +
                 ")");
        const Architecture& a = architecture(s.architecture);
        const std::vector<std::string> anyKey = modelOptionKeys();
        for (const auto& [key, value] : json.items()) {
            if (key == "architecture") continue;
            if (key == "in_channels") {
                s.inChannels = jsonValue<int>(value);
            } else if (key == "num_classes") {
                s.numClasses = jsonValue<int>(value);
            } else if (const ModelOption* option = a.option(key)) {
                switch (option->kind) {
                    case OptionKind::Integer:
                        s.options[key] = jsonValue<int>(value);
                        break;
                    case OptionKind::Flag:
                        s.options[key] = value.get<bool>();
                        break;
                    case OptionKind::Choice:
                        s.options[key] = value.get<std::string>();
                        break;
                }
            } else if (std::find(anyKey.begin(), anyKey.end(), key) == anyKey.end()) {
                fail("unknown key '" + key + "'");
            }
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
    const Architecture* a = findArchitecture(spec.architecture);
    if (!a) return text;
    for (const ModelOption& option : a->options) {
        if (option.nameTag.empty()) continue;
        std::string tag = option.nameTag;
        const auto at = tag.find("{}");
        if (at != std::string::npos) tag.replace(at, 2, valueText(valueOf(spec, option)));
        text += "-" + tag;
    }
    return text;
}

}  // namespace seg::core
