#include "ui/compare/analysis_images.h"

#include <algorithm>
#include <array>
#include <cmath>

#include <opencv2/core/mat.hpp>

namespace seg::ui {

namespace {

int alphaOf(double opacity) {
    return std::clamp(static_cast<int>(opacity * 255.0 + 0.5), 0, 255);
}

// An Indexed8 image of `kinds` (CV_8UC1) with `table` as its colours.
QImage indexed(const cv::Mat& kinds, const QList<QRgb>& table) {
    QImage image(kinds.cols, kinds.rows, QImage::Format_Indexed8);
    for (int y = 0; y < kinds.rows; ++y)
        std::copy_n(kinds.ptr<uchar>(y), kinds.cols, image.scanLine(y));
    image.setColorTable(table);
    return image;
}

QRgb withAlpha(const QColor& c, int alpha) {
    return qRgba(c.red(), c.green(), c.blue(), alpha);
}

}  // namespace

QColor AnalysisImages::errorColor(core::ErrorKind kind) {
    switch (kind) {
        case core::ErrorKind::Correct:
            return {0, 158, 115};  // bluish green
        case core::ErrorKind::WrongClass:
            return {230, 159, 0};  // orange
        case core::ErrorKind::Missed:
            return {213, 94, 0};  // vermilion
        case core::ErrorKind::FalseAlarm:
            return {0, 114, 178};  // blue
        case core::ErrorKind::Ignored:
            return {160, 160, 160};  // grey
    }
    return {};
}

QString AnalysisImages::errorName(core::ErrorKind kind) {
    switch (kind) {
        case core::ErrorKind::Correct:
            return tr("correct");
        case core::ErrorKind::WrongClass:
            return tr("wrong class");
        case core::ErrorKind::Missed:
            return tr("missed (object predicted as background)");
        case core::ErrorKind::FalseAlarm:
            return tr("false alarm (background predicted as object)");
        case core::ErrorKind::Ignored:
            return tr("ignored (unlabelled in the ground truth)");
    }
    return {};
}

QImage AnalysisImages::errorMap(const core::ErrorMap& map, double opacity) {
    const int alpha = alphaOf(opacity);
    QList<QRgb> table(256, qRgba(0, 0, 0, 0));
    for (int k = 0; k < core::kErrorKinds; ++k) {
        const auto kind = static_cast<core::ErrorKind>(k);
        table[k] =
            withAlpha(errorColor(kind), kind == core::ErrorKind::Correct ? alpha / 4 : alpha);
    }
    return indexed(map.kinds, table);
}

QColor AnalysisImages::disagreementColor(core::Disagreement kind) {
    switch (kind) {
        case core::Disagreement::Agree:
            return {255, 255, 255};
        case core::Disagreement::FirstRight:
            return {0, 114, 178};  // blue
        case core::Disagreement::SecondRight:
            return {230, 159, 0};  // orange
        case core::Disagreement::BothWrong:
            return {213, 94, 0};  // vermilion
        case core::Disagreement::Unlabelled:
            return {204, 121, 167};  // reddish purple
    }
    return {};
}

QString AnalysisImages::disagreementName(core::Disagreement kind, const QString& first,
                                         const QString& second) {
    switch (kind) {
        case core::Disagreement::Agree:
            return tr("both predict the same");
        case core::Disagreement::FirstRight:
            return tr("%1 right, %2 wrong").arg(first, second);
        case core::Disagreement::SecondRight:
            return tr("%1 right, %2 wrong").arg(second, first);
        case core::Disagreement::BothWrong:
            return tr("they differ, both wrong");
        case core::Disagreement::Unlabelled:
            return tr("they differ, no ground truth");
    }
    return {};
}

QImage AnalysisImages::disagreementMap(const core::DisagreementMap& map, double opacity) {
    const int alpha = alphaOf(opacity);
    QList<QRgb> table(256, qRgba(0, 0, 0, 0));
    for (int k = 1; k < core::kDisagreementKinds; ++k)
        table[k] = withAlpha(disagreementColor(static_cast<core::Disagreement>(k)), alpha);
    return indexed(map.kinds, table);
}

QColor AnalysisImages::heatColor(double value) {
    // Anchors of a perceptually ordered dark-to-bright scale (after matplotlib's inferno).
    static constexpr std::array<std::array<int, 3>, 6> kAnchors{
        {{0, 0, 4}, {66, 10, 104}, {147, 38, 103}, {221, 81, 58}, {252, 165, 10}, {252, 255, 164}}};
    const double t = std::clamp(value, 0.0, 1.0) * (kAnchors.size() - 1);
    const size_t i = std::min(kAnchors.size() - 2, static_cast<size_t>(t));
    const double f = t - double(i);
    const auto mix = [&](int c) {
        return static_cast<int>(kAnchors[i][size_t(c)] * (1 - f) + kAnchors[i + 1][size_t(c)] * f +
                                0.5);
    };
    return {mix(0), mix(1), mix(2)};
}

QImage AnalysisImages::heatMap(const cv::Mat& values, double opacity) {
    cv::Mat levels(values.size(), CV_8UC1);
    for (int y = 0; y < values.rows; ++y) {
        const float* v = values.ptr<float>(y);
        uchar* out = levels.ptr<uchar>(y);
        for (int x = 0; x < values.cols; ++x)
            out[x] = static_cast<uchar>(std::clamp(v[x], 0.f, 1.f) * 255.f + 0.5f);
    }
    const int alpha = alphaOf(opacity);
    QList<QRgb> table(256);
    for (int i = 0; i < 256; ++i) table[i] = withAlpha(heatColor(i / 255.0), alpha);
    return indexed(levels, table);
}

}  // namespace seg::ui
