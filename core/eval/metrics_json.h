#pragma once
// JSON form of segmentation metrics (NaN, a class absent from both masks, becomes null).

#include <string>

#include "core/data/class_map.h"
#include "core/eval/metrics.h"

namespace seg::core {

// `classes` names the rows; it must have as many classes as the metrics.
std::string metricsToJson(const SegmentationMetrics& metrics, const ClassMap& classes);

}  // namespace seg::core
