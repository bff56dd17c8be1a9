#pragma once
// JSON form of a ClassMap, kept apart so that headers ui includes stay free of nlohmann.

#include <filesystem>

#include <nlohmann/json_fwd.hpp>

#include "core/data/class_map.h"

namespace seg::core {

nlohmann::json classMapToJson(const ClassMap& classes);
// Throws Error(InvalidContent) naming `file` on missing or mistyped fields.
ClassMap classMapFromJson(const nlohmann::json& json, const std::filesystem::path& file);

}  // namespace seg::core
