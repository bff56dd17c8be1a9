#pragma once
// Reading and writing index masks: CV_8UC1 images of class indices (255 = ignore).
// Reads palette PNG (indices kept), 8/16-bit grey PNG, RGB colour-coded masks through a
// colour table, and BMP/TIFF masks; writes palette PNG with the class colours, atomically.

#include <filesystem>

#include <opencv2/core/mat.hpp>

#include "core/data/class_map.h"

namespace seg::core {

// Returns a CV_8UC1 mask. RGB masks need `colorTable` (their colours are looked up in its
// class colours). Throws Error naming `file` when it is missing, empty, truncated, not an
// image, holds values above 255, or colours not in the table.
cv::Mat readMask(const std::filesystem::path& file, const ClassMap* colorTable = nullptr);

// Writes `mask` (CV_8UC1) as a palette PNG coloured by `classes`; replaces `file` atomically.
// Creates the mask's folder when it is missing (see createFolderIfMissing).
void writeMask(const std::filesystem::path& file, const cv::Mat& mask, const ClassMap& classes);

// Throws Error(ValueOutOfRange) naming `file` when a pixel is neither a class index of
// `classes` nor its ignore index; the message gives the value and where it first occurs.
void checkMaskValues(const cv::Mat& mask, const ClassMap& classes,
                     const std::filesystem::path& file);

// Largest value in `mask` other than `ignoreIndex`, or -1 when every pixel is ignored.
int maxMaskValue(const cv::Mat& mask, uint8_t ignoreIndex);

}  // namespace seg::core
