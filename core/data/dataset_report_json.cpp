#include <nlohmann/json.hpp>

#include "core/common/paths.h"
#include "core/data/class_map_json.h"
#include "core/data/dataset_report.h"

namespace seg::core {

std::string reportToJson(const DatasetReport& r) {
    nlohmann::json sizes = nlohmann::json::array();
    for (const auto& s : r.imageSizes)
        sizes.push_back({{"width", s.width}, {"height", s.height}, {"count", s.count}});
    nlohmann::json problems = nlohmann::json::array();
    for (const auto& p : r.problems)
        problems.push_back(
            {{"file", pathToUtf8(p.file)}, {"code", errorCodeName(p.code)}, {"detail", p.detail}});
    nlohmann::json pixels = nlohmann::json::array();
    for (int c = 0; c < r.classes.size(); ++c)
        pixels.push_back({{"index", c},
                          {"name", r.classes.at(c).name},
                          {"pixels", r.classPixels[static_cast<size_t>(c)]}});
    const nlohmann::json json = {
        {"root", pathToUtf8(r.root)},
        {"layout", layoutName(r.layout)},
        {"samples", r.samples},
        {"labelled", r.labelled},
        {"split", {{"train", r.train}, {"val", r.val}, {"test", r.test}}},
        {"image_sizes", sizes},
        {"classes", classMapToJson(r.classes)},
        {"classes_inferred", r.classesInferred},
        {"class_pixels", pixels},
        {"ignore_pixels", r.ignorePixels},
        {"problems", problems},
        {"skipped", r.skipped},
    };
    return json.dump(2) + "\n";
}

}  // namespace seg::core
