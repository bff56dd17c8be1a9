#pragma once
// Reading images for training, display and reports: 8-bit BGR, with broken files
// (empty, truncated, not an image) reported by name instead of decoded into garbage.

#include <cstdint>
#include <filesystem>
#include <vector>

#include <opencv2/core/mat.hpp>

#include "core/common/error.h"

namespace seg::core {

// The file extensions (lower case, no dot) read as images: png, jpg, jpeg, bmp, tif, tiff.
bool isImageExtension(const std::string& lowerExtension);

// Any 8- or 16-bit grey, grey+alpha, RGB or RGBA image -> CV_8UC3 BGR. Deeper data is
// stretched from its own minimum and maximum to 0..255.
cv::Mat toEightBitBgr(const cv::Mat& image);

// The whole file; throws Error(FileUnreadable) naming it when it cannot be opened.
std::vector<uint8_t> readFileBytes(const std::filesystem::path& file);

// The most pixels SegStudio decodes from one file: 2^28 (16384 x 16384). A damaged header
// can claim any size, and the decoders allocate it before they find the pixels missing (a
// 138-byte BMP made OpenCV allocate 3.2 GB).
constexpr int64_t kMaxImagePixels = int64_t(1) << 28;

// Throws Error(UnsupportedFormat) naming `file` when `width` x `height` (both positive) is
// beyond kMaxImagePixels.
void requireDecodableSize(int64_t width, int64_t height, const std::filesystem::path& file);

// cv::imdecode with `flags`, refusing first content that is not PNG, JPEG, BMP or TIFF
// (Error(NotAnImage)) and a header that claims more than kMaxImagePixels (see
// requireDecodableSize), and throwing Error(`failure`) naming `file` when the bytes do not
// decode. OpenCV's decoders return nothing for some damaged files and throw cv::Exception for
// others (a BMP with an unknown compression, a TIFF with an impossible sample size): both end here.
cv::Mat decodeImageBytes(const std::vector<uint8_t>& bytes, int flags,
                         const std::filesystem::path& file, ErrorCode failure);

// Decodes to CV_8UC3 BGR (see toEightBitBgr). Throws Error naming `file` when it is missing, empty,
// not an image, or truncated (a PNG without IEND, a JPEG without its end marker).
cv::Mat readImage(const std::filesystem::path& file);

// Writes a PNG (lossless) through a temp file and rename.
void writeImagePng(const std::filesystem::path& file, const cv::Mat& image);

}  // namespace seg::core
