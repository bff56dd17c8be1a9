#include "core/eval/metrics_json.h"

#include <cmath>

#include <nlohmann/json.hpp>

namespace seg::core {

namespace {

nlohmann::json number(double v) {
    return std::isnan(v) ? nlohmann::json(nullptr) : nlohmann::json(v);
}

}  // namespace

std::string metricsToJson(const SegmentationMetrics& m, const ClassMap& classes) {
    nlohmann::json rows = nlohmann::json::array();
    for (size_t c = 0; c < m.classes.size(); ++c) {
        const ClassScores& s = m.classes[c];
        rows.push_back(
            {{"index", c},
             {"name",
              static_cast<int>(c) < classes.size() ? classes.at(static_cast<int>(c)).name : ""},
             {"iou", number(s.iou)},
             {"dice", number(s.dice)},
             {"accuracy", number(s.accuracy)},
             {"precision", number(s.precision)},
             {"gt_pixels", s.groundTruthPixels},
             {"pred_pixels", s.predictedPixels}});
    }
    const nlohmann::json json = {{"pixels", m.pixels},
                                 {"pixel_accuracy", number(m.pixelAccuracy)},
                                 {"mean_class_accuracy", number(m.meanClassAccuracy)},
                                 {"mean_iou", number(m.meanIoU)},
                                 {"fw_iou", number(m.frequencyWeightedIoU)},
                                 {"mean_dice", number(m.meanDice)},
                                 {"classes", rows}};
    return json.dump(2);
}

}  // namespace seg::core
