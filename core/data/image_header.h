#pragma once
// An image's width and height read from its file header, without decoding the pixels: the
// trainer plans its batches from the sizes of hundreds of images before the first epoch, and
// the readers refuse a header that claims more pixels than they would ever allocate.
// Torch-free; any thread.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <vector>

#include <opencv2/core/types.hpp>

namespace seg::core {

// The size the decoder will return for PNG, BMP and JPEG files. nullopt when the header
// cannot say for sure (other formats, a JPEG with EXIF data, which may rotate the image on
// decoding, or a file that is missing or damaged): decode the image to know.
std::optional<cv::Size> readImageSize(const std::filesystem::path& file);

// Width and height as a PNG, BMP, JPEG or TIFF header in `bytes` states them, however large
// or rotated: what a decoder would allocate. nullopt for other formats or a header cut short.
struct DeclaredSize {
    int64_t width = 0, height = 0;
};
std::optional<DeclaredSize> declaredImageSize(const std::vector<uint8_t>& bytes);

}  // namespace seg::core
