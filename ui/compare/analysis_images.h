#pragma once
// Pictures of a model's analysis for an ImageView's mask layer: the error map, the
// disagreement of two models, and heat maps (confidence, entropy, a class's probability).
// All are Indexed8 images whose colour table carries the colours and the opacity, so a new
// opacity is a new table, not a new image. Colours are from the Okabe-Ito palette, told apart
// with the common colour-vision deficiencies. Any thread; names for the GUI thread.

#include <QColor>
#include <QCoreApplication>
#include <QImage>
#include <QString>

#include "core/eval/disagreement_map.h"
#include "core/eval/error_map.h"

namespace cv {
class Mat;
}

namespace seg::ui {

class AnalysisImages {
    Q_DECLARE_TR_FUNCTIONS(AnalysisImages)

public:
    static QColor errorColor(core::ErrorKind kind);
    static QString errorName(core::ErrorKind kind);
    // Correct pixels are tinted faintly, so the errors stand out over the image.
    static QImage errorMap(const core::ErrorMap& map, double opacity);

    static QColor disagreementColor(core::Disagreement kind);
    static QString disagreementName(core::Disagreement kind, const QString& first,
                                    const QString& second);
    // Pixels where the models agree are left clear.
    static QImage disagreementMap(const core::DisagreementMap& map, double opacity);

    // `values`: CV_32FC1 in [0, 1] (clamped) -> dark purple (0) to yellow (1), at `opacity`.
    static QImage heatMap(const cv::Mat& values, double opacity);
    // The heat map's colour for a value in [0, 1] (its legend).
    static QColor heatColor(double value);
};

}  // namespace seg::ui
