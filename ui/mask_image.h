#pragma once
// Conversions between core's cv::Mat masks/images and QImage for display. GUI thread or
// any worker; the QImages returned own their pixels (never wrap the cv::Mat).

#include <QImage>

#include "core/data/class_map.h"

namespace cv {
class Mat;
}

namespace seg::ui {

// An Indexed8 QImage of the mask whose colour table holds the class colours at `opacity`
// (0..1) and a fully transparent ignore index. The indices are kept, not converted.
QImage maskToImage(const cv::Mat& mask, const core::ClassMap& classes, double opacity);

// A CV_8UC3 BGR image as an RGB888 QImage of its own.
QImage toDisplayImage(const cv::Mat& bgr);

// The outlines of the mask's objects (pixels of a class other than background with a
// neighbour of another class), in their class colours, fully opaque; transparent elsewhere.
// ARGB32.
QImage maskOutlines(const cv::Mat& mask, const core::ClassMap& classes);

// Replaces the colour table of an Indexed8 mask image for a new opacity.
void setMaskOpacity(QImage& mask, const core::ClassMap& classes, double opacity);

}  // namespace seg::ui
