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

QImage maskToImage(const cv::Mat& mask, const core::ClassMap& classes, double opacity) {
    QImage image(mask.cols, mask.rows, QImage::Format_Indexed8);
    for (int y = 0; y < mask.rows; ++y)
        std::copy_n(mask.ptr<uchar>(y), mask.cols, image.scanLine(y));
    setMaskOpacity(image, classes, opacity);
    return image;
}

}  // namespace seg::ui
