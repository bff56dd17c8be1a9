#include "app/cli/metrics_table.h"

#include <cmath>

#include <QTextStream>

#include "app/cli/cli_support.h"
#include "ui/text/error_text.h"

namespace seg::cli {

QString metricText(double v) {
    return std::isnan(v) ? QStringLiteral("-") : QString::number(v, 'f', 4);
}

QString MetricsTable::format(const core::SegmentationMetrics& m, const core::ClassMap& classes) {
    QString text;
    QTextStream s(&text);
    s << padRight(tr("class"), 22) << padLeft(tr("IoU"), 8) << padLeft(tr("Dice"), 8)
      << padLeft(tr("Acc"), 8) << padLeft(tr("Prec"), 8) << padLeft(tr("GT pixels"), 14) << '\n';
    for (size_t c = 0; c < m.classes.size(); ++c) {
        const auto& row = m.classes[c];
        const QString name =
            QStringLiteral("%1 %2").arg(c).arg(ui::toQString(classes.at(static_cast<int>(c)).name));
        s << padRight(name, 22) << padLeft(metricText(row.iou), 8)
          << padLeft(metricText(row.dice), 8) << padLeft(metricText(row.accuracy), 8)
          << padLeft(metricText(row.precision), 8)
          << padLeft(QString::number(row.groundTruthPixels), 14) << '\n';
    }
    s << '\n'
      << tr("Pixel accuracy        %1").arg(metricText(m.pixelAccuracy)) << '\n'
      << tr("Mean class accuracy   %1").arg(metricText(m.meanClassAccuracy)) << '\n'
      << tr("Mean IoU              %1").arg(metricText(m.meanIoU)) << '\n'
      << tr("FW IoU                %1").arg(metricText(m.frequencyWeightedIoU)) << '\n'
      << tr("Mean Dice             %1").arg(metricText(m.meanDice)) << '\n';
    return text;
}

}  // namespace seg::cli
