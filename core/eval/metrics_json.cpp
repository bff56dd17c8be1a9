#include "core/eval/metrics_json.h"

#include <nlohmann/json.hpp>

#include "core/common/json_value.h"

namespace seg::core {

std::string metricsToJson(const SegmentationMetrics& m, const ClassMap& classes) {
    nlohmann::json rows = nlohmann::json::array();
    for (size_t c = 0; c < m.classes.size(); ++c) {
        const ClassScores& s = m.classes[c];
        rows.push_back(
            {{"index", c},
             {"name",
              static_cast<int>(c) < classes.size() ? classes.at(static_cast<int>(c)).name : ""},
             {"iou", jsonScore(s.iou)},
             {"dice", jsonScore(s.dice)},
             {"accuracy", jsonScore(s.accuracy)},
             {"precision", jsonScore(s.precision)},
             {"gt_pixels", s.groundTruthPixels},
             {"pred_pixels", s.predictedPixels}});
    }
    const nlohmann::json json = {{"pixels", m.pixels},
                                 {"pixel_accuracy", jsonScore(m.pixelAccuracy)},
                                 {"mean_class_accuracy", jsonScore(m.meanClassAccuracy)},
                                 {"mean_iou", jsonScore(m.meanIoU)},
                                 {"fw_iou", jsonScore(m.frequencyWeightedIoU)},
                                 {"mean_dice", jsonScore(m.meanDice)},
                                 {"classes", rows}};
    return json.dump(2);
}

}  // namespace seg::core
