#include "core/data/class_map_json.h"

#include <nlohmann/json.hpp>

#include "core/common/error.h"

namespace seg::core {

namespace {

constexpr int kClassMapVersion = 1;

[[noreturn]] void fail(const std::filesystem::path& file, const std::string& detail) {
    throw Error(ErrorCode::InvalidContent, file, "class map: " + detail);
}

// An integer from 0 to 255. Compared as 64-bit so that 2^32 + 5 is not taken for 5.
bool isByte(const nlohmann::json& value) {
    return value.is_number_integer() && value.get<int64_t>() >= 0 && value.get<int64_t>() <= 255;
}

}  // namespace

nlohmann::json classMapToJson(const ClassMap& classes) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& c : classes.classes())
        list.push_back({{"name", c.name}, {"color", {c.color.r, c.color.g, c.color.b}}});
    return {
        {"version", kClassMapVersion}, {"ignore_index", classes.ignoreIndex()}, {"classes", list}};
}

ClassMap classMapFromJson(const nlohmann::json& json, const std::filesystem::path& file) {
    if (!json.is_object()) fail(file, "expected a JSON object");
    for (const auto& [key, value] : json.items())
        if (key != "version" && key != "ignore_index" && key != "classes")
            fail(file, "unknown key '" + key + "'");
    const nlohmann::json versionValue =
        json.contains("version") ? json.at("version") : nlohmann::json(kClassMapVersion);
    if (!versionValue.is_number_integer()) fail(file, "version must be a whole number");
    const int64_t version = versionValue.get<int64_t>();
    if (version > kClassMapVersion)
        throw Error(ErrorCode::UnsupportedVersion, file,
                    "class map version " + std::to_string(version) +
                        " is newer than this SegStudio understands (" +
                        std::to_string(kClassMapVersion) + ")");
    const auto& ignore =
        json.contains("ignore_index") ? json.at("ignore_index") : nlohmann::json(255);
    if (!isByte(ignore)) fail(file, "ignore_index must be an integer from 0 to 255");
    if (!json.contains("classes") || !json.at("classes").is_array())
        fail(file, "missing 'classes' list");

    std::vector<ClassInfo> classes;
    for (const auto& entry : json.at("classes")) {
        if (!entry.is_object() || !entry.contains("name") || !entry.at("name").is_string())
            fail(file, "each class needs a 'name' string");
        ClassInfo info{entry.at("name").get<std::string>(),
                       vocColor(static_cast<int>(classes.size()))};
        if (entry.contains("color")) {
            const auto& c = entry.at("color");
            if (!c.is_array() || c.size() != 3)
                fail(file, "class '" + info.name + "': color must be [r, g, b]");
            for (const auto& v : c)
                if (!isByte(v))
                    fail(file, "class '" + info.name + "': color values must be 0 to 255");
            info.color = {c[0].get<uint8_t>(), c[1].get<uint8_t>(), c[2].get<uint8_t>()};
        }
        classes.push_back(std::move(info));
    }
    try {
        return ClassMap(std::move(classes), ignore.get<uint8_t>());
    } catch (const Error& e) {
        throw Error(ErrorCode::InvalidContent, file, "class map: " + e.detail());
    }
}

}  // namespace seg::core
