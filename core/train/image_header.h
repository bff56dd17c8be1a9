#pragma once
// An image's width and height read from its file header, without decoding the pixels: the
// trainer plans its batches from the sizes of hundreds of images before the first epoch.
// Torch-free; any thread.

#include <filesystem>
#include <optional>

#include <opencv2/core/types.hpp>

namespace seg::core {

// The size the decoder will return for PNG, BMP and JPEG files. nullopt when the header
// cannot say for sure (other formats, a JPEG with EXIF data, which may rotate the image on
// decoding, or a file that is missing or damaged): decode the image to know.
std::optional<cv::Size> readImageSize(const std::filesystem::path& file);

}  // namespace seg::core
