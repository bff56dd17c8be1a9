#include "core/data/class_map.h"

#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/common/atomic_file.h"
#include "core/common/error.h"
#include "core/data/class_map_json.h"

namespace seg::core {

namespace fs = std::filesystem;

Rgb vocColor(int index) {
    Rgb c;
    int bits = index;
    for (int j = 0; j < 8; ++j) {
        c.r |= static_cast<uint8_t>(((bits >> 0) & 1) << (7 - j));
        c.g |= static_cast<uint8_t>(((bits >> 1) & 1) << (7 - j));
        c.b |= static_cast<uint8_t>(((bits >> 2) & 1) << (7 - j));
        bits >>= 3;
    }
    return c;
}

ClassMap::ClassMap(const std::vector<std::string>& names) {
    m_classes.reserve(names.size());
    for (size_t i = 0; i < names.size(); ++i)
        m_classes.push_back({names[i], vocColor(static_cast<int>(i))});
    validate();
}

ClassMap::ClassMap(std::vector<ClassInfo> classes, uint8_t ignoreIndex)
    : m_classes(std::move(classes)), m_ignoreIndex(ignoreIndex) {
    validate();
}

void ClassMap::validate() const {
    if (m_classes.empty())
        throw Error(ErrorCode::InvalidArgument, {}, "a class map needs at least one class");
    if (m_classes.size() > static_cast<size_t>(kMaxClasses))
        throw Error(ErrorCode::InvalidArgument, {},
                    "too many classes: " + std::to_string(m_classes.size()) + " (at most 255)");
    if (m_ignoreIndex < m_classes.size())
        throw Error(ErrorCode::InvalidArgument, {},
                    "ignore index " + std::to_string(m_ignoreIndex) + " collides with class '" +
                        m_classes[m_ignoreIndex].name + "'");
    std::set<std::string> seen;
    for (const auto& c : m_classes) {
        if (c.name.empty())
            throw Error(ErrorCode::InvalidArgument, {}, "a class has an empty name");
        if (!seen.insert(c.name).second)
            throw Error(ErrorCode::InvalidArgument, {},
                        "class name '" + c.name + "' appears twice");
    }
}

ClassMap ClassMap::voc() {
    return ClassMap({"background", "aeroplane", "bicycle",   "bird",   "boat",        "bottle",
                     "bus",        "car",       "cat",       "chair",  "cow",         "diningtable",
                     "dog",        "horse",     "motorbike", "person", "pottedplant", "sheep",
                     "sofa",       "train",     "tvmonitor"});
}

ClassMap ClassMap::generic(int maxValue) {
    std::vector<std::string> names{"background"};
    for (int i = 1; i <= maxValue; ++i) names.push_back("class " + std::to_string(i));
    return ClassMap(names);
}

ClassMap ClassMap::fromLabelsFile(const fs::path& file) {
    std::istringstream in(readTextFile(file));
    std::vector<std::string> names;
    std::string line;
    while (std::getline(in, line)) {
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
            line.pop_back();
        const size_t start = line.find_first_not_of(" \t");
        if (start == std::string::npos) continue;
        line.erase(0, start);
        if (names.empty() && line == "__ignore__") continue;
        names.push_back(line);
    }
    if (names.empty())
        throw Error(ErrorCode::InvalidContent, file, "no class names in labels file");
    try {
        return ClassMap(names);
    } catch (const Error& e) {
        throw e.withFile(file);
    }
}

ClassMap ClassMap::load(const fs::path& jsonFile) {
    const std::string text = readTextFile(jsonFile);
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception& e) {
        throw Error(ErrorCode::InvalidJson, jsonFile, std::string("not valid JSON: ") + e.what());
    }
    return classMapFromJson(json, jsonFile);
}

void ClassMap::save(const fs::path& jsonFile) const {
    writeTextAtomically(jsonFile, classMapToJson(*this).dump(2) + "\n");
}

std::vector<std::string> ClassMap::names() const {
    std::vector<std::string> out;
    for (const auto& c : m_classes) out.push_back(c.name);
    return out;
}

std::optional<uint8_t> ClassMap::indexOfColor(const Rgb& color) const {
    for (size_t i = 0; i < m_classes.size(); ++i)
        if (m_classes[i].color == color) return static_cast<uint8_t>(i);
    return std::nullopt;
}

std::array<Rgb, 256> ClassMap::palette() const {
    std::array<Rgb, 256> out;
    for (int i = 0; i < 256; ++i) out[static_cast<size_t>(i)] = vocColor(i);
    for (size_t i = 0; i < m_classes.size(); ++i) out[i] = m_classes[i].color;
    return out;
}

bool ClassMap::operator==(const ClassMap& o) const {
    if (m_ignoreIndex != o.m_ignoreIndex || m_classes.size() != o.m_classes.size()) return false;
    for (size_t i = 0; i < m_classes.size(); ++i)
        if (m_classes[i].name != o.m_classes[i].name || m_classes[i].color != o.m_classes[i].color)
            return false;
    return true;
}

}  // namespace seg::core
