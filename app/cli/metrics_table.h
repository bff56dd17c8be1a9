#pragma once
// The metrics table that `score` and `eval` print: a row per class, then the means.

#include <QCoreApplication>
#include <QString>

#include "core/data/class_map.h"
#include "core/eval/metrics.h"

namespace seg::cli {

class MetricsTable {
    Q_DECLARE_TR_FUNCTIONS(MetricsTable)

public:
    static QString format(const core::SegmentationMetrics& metrics, const core::ClassMap& classes);
};

// "0.8123", or "-" for NaN (a class in neither mask).
QString metricText(double value);

}  // namespace seg::cli
