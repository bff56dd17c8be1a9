#include "core/data/image_io.h"

#include <array>
#include <cstring>
#include <fstream>
#include <iterator>
#include <vector>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "core/common/atomic_file.h"
#include "core/common/error.h"
#include "core/common/paths.h"
#include "core/data/image_header.h"

namespace seg::core {

namespace fs = std::filesystem;

namespace {

enum class Format { Png, Jpeg, Bmp, Tiff, Unknown };

Format sniff(const std::vector<uint8_t>& b) {
    auto starts = [&](std::initializer_list<uint8_t> sig) {
        return b.size() >= sig.size() && std::equal(sig.begin(), sig.end(), b.begin());
    };
    if (starts({0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) return Format::Png;
    if (starts({0xFF, 0xD8, 0xFF})) return Format::Jpeg;
    if (starts({'B', 'M'})) return Format::Bmp;
    if (starts({'I', 'I', 42, 0}) || starts({'M', 'M', 0, 42})) return Format::Tiff;
    return Format::Unknown;
}

// Decoders fill the missing part of a truncated file with grey and carry on, so the end
// of the file is checked first: PNG ends with an IEND chunk, JPEG with the EOI marker.
bool looksTruncated(const std::vector<uint8_t>& b, Format format) {
    if (format == Format::Png) {
        static const uint8_t iend[] = {'I', 'E', 'N', 'D'};
        return b.size() < 12 || std::memcmp(b.data() + b.size() - 8, iend, 4) != 0;
    }
    if (format == Format::Jpeg) {
        // Some writers pad after EOI; look at the last few bytes only.
        const size_t from = b.size() > 32 ? b.size() - 32 : 0;
        for (size_t i = b.size() - 1; i > from; --i)
            if (b[i - 1] == 0xFF && b[i] == 0xD9) return false;
        return true;
    }
    return false;
}

}  // namespace

bool isImageExtension(const std::string& ext) {
    return ext == "png" || ext == "jpg" || ext == "jpeg" || ext == "bmp" || ext == "tif" ||
           ext == "tiff";
}

cv::Mat toEightBitBgr(const cv::Mat& image) {
    cv::Mat eight = image;
    if (image.depth() != CV_8U) {
        // 16-bit (or float) data rarely fills its range (12-bit sensors, microscopy):
        // stretch what is there to 0..255 rather than dividing by 256 into near black.
        double lo = 0, hi = 0;
        cv::minMaxLoc(image.reshape(1), &lo, &hi);
        const double scale = hi > lo ? 255.0 / (hi - lo) : 0.0;
        image.convertTo(eight, CV_8U, scale, -lo * scale);
    }
    if (eight.channels() == 3) return eight;
    cv::Mat bgr;
    cv::cvtColor(eight, bgr, eight.channels() == 4 ? cv::COLOR_BGRA2BGR : cv::COLOR_GRAY2BGR);
    return bgr;
}

std::vector<uint8_t> readFileBytes(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw Error(ErrorCode::FileUnreadable, file, "cannot open for reading");
    return std::vector<uint8_t>((std::istreambuf_iterator<char>(in)),
                                std::istreambuf_iterator<char>());
}

void requireDecodableSize(int64_t width, int64_t height, const fs::path& file) {
    // A size of zero or less is the decoder's to refuse, with its own message.
    if (width <= 0 || height <= 0 || width <= kMaxImagePixels / height) return;
    throw Error(ErrorCode::UnsupportedFormat, file,
                "image header states " + std::to_string(width) + " x " + std::to_string(height) +
                    " pixels; SegStudio reads images of at most " +
                    std::to_string(kMaxImagePixels / 1000000) + " megapixels");
}

cv::Mat decodeImageBytes(const std::vector<uint8_t>& bytes, int flags, const fs::path& file,
                         ErrorCode failure) {
    // cv::imdecode tries every decoder OpenCV was built with (DICOM, JPEG 2000, OpenEXR, ...),
    // and some abort the process on a damaged file: only the four formats SegStudio reads
    // go to it.
    if (sniff(bytes) == Format::Unknown)
        throw Error(ErrorCode::NotAnImage, file,
                    "not an image (content is not PNG, JPEG, BMP or TIFF)");
    if (const auto declared = declaredImageSize(bytes))
        requireDecodableSize(declared->width, declared->height, file);
    else if (sniff(bytes) == Format::Jpeg)
        // The walk follows libjpeg's, so a frame it cannot find is one the decoder cannot
        // use either; refusing here also keeps any frame it missed from going unchecked.
        throw Error(failure, file, "JPEG data is corrupt: no frame header with the image size");
    cv::Mat image;
    try {
        image = cv::imdecode(bytes, flags);
    } catch (const cv::Exception& e) {
        throw Error(failure, file, "image data is corrupt and cannot be decoded (" + e.err + ")");
    }
    if (image.empty()) throw Error(failure, file, "image data is corrupt and cannot be decoded");
    return image;
}

cv::Mat readImage(const fs::path& file) {
    requireNonEmptyFile(file);
    const std::vector<uint8_t> bytes = readFileBytes(file);
    if (looksTruncated(bytes, sniff(bytes)))
        throw Error(ErrorCode::FileTruncated, file, "image file is truncated");
    return toEightBitBgr(decodeImageBytes(bytes, cv::IMREAD_ANYDEPTH | cv::IMREAD_ANYCOLOR, file,
                                          ErrorCode::FileUnreadable));
}

void writeImagePng(const fs::path& file, const cv::Mat& image) {
    std::vector<uint8_t> encoded;
    if (image.empty() || !cv::imencode(".png", image, encoded))
        throw Error(ErrorCode::WriteFailed, file, "cannot encode image as PNG");
    writeFileAtomically(file, [&](const fs::path& temp) {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(encoded.data()),
                  static_cast<std::streamsize>(encoded.size()));
        out.flush();
        if (!out) throw Error(ErrorCode::WriteFailed, temp, "write failed (disk full?)");
    });
}

}  // namespace seg::core
