#pragma once
// Class names, colours and the ignore index of a dataset or project. A plain value type.
// Colours default to the PASCAL VOC colour map, so masks look as VOC tools show them.

#include <array>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace seg::core {

struct Rgb {
    uint8_t r = 0, g = 0, b = 0;
    bool operator==(const Rgb& o) const { return r == o.r && g == o.g && b == o.b; }
    bool operator!=(const Rgb& o) const { return !(*this == o); }
};

// Colour of index i in the PASCAL VOC colour map (1 -> (128,0,0), 255 -> (224,224,192)).
Rgb vocColor(int index);

struct ClassInfo {
    std::string name;
    Rgb color;
};

class ClassMap {
public:
    static constexpr int kMaxClasses = 255;
    static constexpr uint8_t kDefaultIgnoreIndex = 255;

    ClassMap() = default;
    // Classes with VOC colours in order; throws Error(InvalidArgument) on an empty or
    // duplicate name or more than kMaxClasses classes.
    explicit ClassMap(const std::vector<std::string>& names);
    ClassMap(std::vector<ClassInfo> classes, uint8_t ignoreIndex);

    // The 21 PASCAL VOC classes (background, aeroplane, ..., tvmonitor).
    static ClassMap voc();
    // "background", "class 1", ... for masks whose values go up to maxValue.
    static ClassMap generic(int maxValue);
    // One class name per line, blank lines skipped; a first "__ignore__" line (as labelme
    // writes) is dropped. Throws Error naming the file.
    static ClassMap fromLabelsFile(const std::filesystem::path& file);
    static ClassMap load(const std::filesystem::path& jsonFile);
    void save(const std::filesystem::path& jsonFile) const;

    int size() const { return static_cast<int>(m_classes.size()); }
    bool empty() const { return m_classes.empty(); }
    const ClassInfo& at(int index) const { return m_classes.at(static_cast<size_t>(index)); }
    const std::vector<ClassInfo>& classes() const { return m_classes; }
    std::vector<std::string> names() const;
    uint8_t ignoreIndex() const { return m_ignoreIndex; }

    std::optional<uint8_t> indexOfColor(const Rgb& color) const;
    // Colour for every possible index: class colours, then the VOC map for the rest.
    std::array<Rgb, 256> palette() const;

    bool operator==(const ClassMap& o) const;

private:
    void validate() const;

    std::vector<ClassInfo> m_classes;
    uint8_t m_ignoreIndex = kDefaultIgnoreIndex;
};

}  // namespace seg::core
