#include "core/infer/evaluation_store.h"

#include <cmath>

#include <nlohmann/json.hpp>

#include "core/common/atomic_file.h"
#include "core/common/error.h"
#include "core/common/json_value.h"
#include "core/common/paths.h"
#include "core/eval/metrics.h"

namespace seg::core {

namespace fs = std::filesystem;

namespace {

constexpr int kStoreVersion = 1;

}  // namespace

void saveEvaluation(const fs::path& file, const DatasetEvaluation& e) {
    const ConfusionMatrix& m = e.confusion;
    std::vector<uint64_t> counts;
    for (int t = 0; t < m.numClasses(); ++t)
        for (int p = 0; p < m.numClasses(); ++p) counts.push_back(m.count(t, p));
    nlohmann::json images = nlohmann::json::array();
    for (const auto& s : e.perImage)
        images.push_back({{"id", s.sampleId},
                          {"pixel_accuracy", jsonScore(s.pixelAccuracy)},
                          {"mean_iou", jsonScore(s.meanIoU)},
                          {"worst_class", s.worstClass},
                          {"worst_class_iou", jsonScore(s.worstClassIoU)},
                          {"classes", s.classesInTruth}});
    nlohmann::json problems = nlohmann::json::array();
    for (const auto& p : e.problems)
        problems.push_back(
            {{"file", pathToUtf8(p.file)}, {"code", int(p.code)}, {"detail", p.detail}});
    const nlohmann::json json{
        {"version", kStoreVersion}, {"classes", m.numClasses()}, {"ignore_index", m.ignoreIndex()},
        {"confusion", counts},      {"images", e.images},        {"per_image", images},
        {"problems", problems}};
    createFolderIfMissing(file.parent_path());
    writeTextAtomically(file, json.dump());
}

std::optional<DatasetEvaluation> loadEvaluation(const fs::path& file, int numClasses,
                                                uint8_t ignoreIndex) {
    std::error_code ec;
    if (!fs::is_regular_file(file, ec)) return std::nullopt;
    try {
        const auto json = nlohmann::json::parse(readTextFile(file));
        if (jsonValue<int>(json.at("version")) != kStoreVersion ||
            jsonValue<int>(json.at("classes")) != numClasses ||
            jsonValue<int>(json.at("ignore_index")) != ignoreIndex)
            return std::nullopt;
        DatasetEvaluation e;
        e.confusion = ConfusionMatrix(numClasses, ignoreIndex);
        e.confusion.addCounts(jsonValue<std::vector<uint64_t>>(json.at("confusion")));
        e.metrics = computeMetrics(e.confusion);
        e.images = jsonValue<int>(json.at("images"));
        for (const auto& s : json.at("per_image")) {
            ImageScore score;
            score.sampleId = s.at("id").get<std::string>();
            score.pixelAccuracy = scoreFromJson(s.at("pixel_accuracy"));
            score.meanIoU = scoreFromJson(s.at("mean_iou"));
            score.worstClass = jsonValue<int>(s.at("worst_class"));
            score.worstClassIoU = scoreFromJson(s.at("worst_class_iou"));
            score.classesInTruth = jsonValue<std::vector<int>>(s.at("classes"));
            e.perImage.push_back(std::move(score));
        }
        for (const auto& p : json.at("problems"))
            e.problems.push_back({pathFromUtf8(p.at("file").get<std::string>()),
                                  static_cast<ErrorCode>(jsonValue<int>(p.at("code"))),
                                  p.at("detail").get<std::string>()});
        return e;
    } catch (const std::exception&) {
        return std::nullopt;  // a cache that cannot be read is no cache
    }
}

}  // namespace seg::core
