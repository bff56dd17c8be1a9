#include "ui/mask_image.h"

#include <algorithm>

#include <opencv2/core/mat.hpp>

namespace seg::ui {

void setMaskOpacity(QImage& mask, const core::ClassMap& classes, double opacity) {
    const auto palette = classes.palette();
    const int alpha = std::clamp(static_cast<int>(opacity * 255.0 + 0.5), 0, 255);
    QList<QRgb> table(256);
    for (int i = 0; i < 256; ++i) {
        const auto& c = palette[static_cast<size_t>(i)];
        table[i] = i == classes.ignoreIndex() ? qRgba(0, 0, 0, 0) : qRgba(c.r, c.g, c.b, alpha);
    }
    // Background (class 0) is only tinted, so the image stays easy to see, yet labelled
    // background still differs from unlabelled pixels (fully transparent) when labels are
    // partial.
    const auto b = classes.size() > 0 ? classes.at(0).color : core::Rgb{};
    if (classes.ignoreIndex() != 0) table[0] = qRgba(b.r, b.g, b.b, alpha * 2 / 5);
    mask.setColorTable(table);
}

QImage toDisplayImage(const cv::Mat& bgr) {
    QImage rgb(bgr.cols, bgr.rows, QImage::Format_RGB888);
    for (int y = 0; y < bgr.rows; ++y) {
        const uint8_t* s = bgr.ptr<uint8_t>(y);
        uint8_t* d = rgb.scanLine(y);
        for (int x = 0; x < bgr.cols; ++x) {
            d[3 * x] = s[3 * x + 2];
            d[3 * x + 1] = s[3 * x + 1];
            d[3 * x + 2] = s[3 * x];
        }
    }
    return rgb;
}

QImage maskOutlines(const cv::Mat& mask, const core::ClassMap& classes) {
    QImage out(mask.cols, mask.rows, QImage::Format_ARGB32);
    out.fill(Qt::transparent);
    const auto palette = classes.palette();
    for (int y = 0; y < mask.rows; ++y) {
        const uchar* row = mask.ptr<uchar>(y);
        const uchar* above = y > 0 ? mask.ptr<uchar>(y - 1) : row;
        const uchar* below = y + 1 < mask.rows ? mask.ptr<uchar>(y + 1) : row;
        auto* pixels = reinterpret_cast<QRgb*>(out.scanLine(y));
        for (int x = 0; x < mask.cols; ++x) {
            const uchar v = row[x];
            const bool edge = (x > 0 && row[x - 1] != v) ||
                              (x + 1 < mask.cols && row[x + 1] != v) || above[x] != v ||
                              below[x] != v;
            // The objects' edges only: a background edge would double every line.
            if (!edge || v == 0 || v == classes.ignoreIndex()) continue;
            const auto& c = palette[v];
            pixels[x] = qRgba(c.r, c.g, c.b, 255);
        }
    }
    return out;
}

QImage maskToImage(const cv::Mat& mask, const core::ClassMap& classes, double opacity) {
    QImage image(mask.cols, mask.rows, QImage::Format_Indexed8);
    for (int y = 0; y < mask.rows; ++y)
        std::copy_n(mask.ptr<uchar>(y), mask.cols, image.scanLine(y));
    setMaskOpacity(image, classes, opacity);
    return image;
}

}  // namespace seg::ui
