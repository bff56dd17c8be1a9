#include "core/train/image_header.h"

#include <array>
#include <cstdint>
#include <fstream>

namespace seg::core {

namespace fs = std::filesystem;

namespace {

uint32_t bigEndian(const uint8_t* p, int bytes) {
    uint32_t v = 0;
    for (int i = 0; i < bytes; ++i) v = (v << 8) | p[i];
    return v;
}

int32_t littleEndian32(const uint8_t* p) {
    return static_cast<int32_t>(uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 |
                                uint32_t(p[3]) << 24);
}

std::optional<cv::Size> positive(int64_t width, int64_t height) {
    if (width <= 0 || height <= 0 || width > (1 << 20) || height > (1 << 20)) return std::nullopt;
    return cv::Size(static_cast<int>(width), static_cast<int>(height));
}

// Walks the marker segments up to the first start-of-frame. Gives up on EXIF (APP1), whose
// orientation tag makes the decoder swap width and height.
std::optional<cv::Size> jpegSize(std::ifstream& in) {
    in.seekg(2);
    for (int segments = 0; segments < 1000; ++segments) {
        int byte = in.get();
        if (byte != 0xFF) return std::nullopt;
        int marker;
        do marker = in.get();
        while (marker == 0xFF);  // fill bytes
        if (marker < 0) return std::nullopt;
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) continue;  // no length
        std::array<uint8_t, 2> length{};
        if (!in.read(reinterpret_cast<char*>(length.data()), 2)) return std::nullopt;
        const uint32_t size = bigEndian(length.data(), 2);
        if (size < 2) return std::nullopt;
        if (marker == 0xE1) return std::nullopt;
        const bool startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 &&
                                  marker != 0xC8 && marker != 0xCC;
        if (startOfFrame) {
            std::array<uint8_t, 5> frame{};  // precision, height, width
            if (!in.read(reinterpret_cast<char*>(frame.data()), 5)) return std::nullopt;
            return positive(bigEndian(frame.data() + 3, 2), bigEndian(frame.data() + 1, 2));
        }
        in.seekg(size - 2, std::ios::cur);
    }
    return std::nullopt;
}

}  // namespace

std::optional<cv::Size> readImageSize(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::array<uint8_t, 26> head{};
    if (!in || !in.read(reinterpret_cast<char*>(head.data()), head.size())) return std::nullopt;
    static const uint8_t png[] = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    if (std::equal(std::begin(png), std::end(png), head.begin())) {
        if (!std::equal(head.begin() + 12, head.begin() + 16, "IHDR")) return std::nullopt;
        return positive(bigEndian(&head[16], 4), bigEndian(&head[20], 4));
    }
    if (head[0] == 'B' && head[1] == 'M') {
        // BITMAPINFOHEADER and later (OS/2's older header holds 16-bit sizes); a negative
        // height means rows stored top-down.
        if (littleEndian32(&head[14]) < 40) return std::nullopt;
        const int64_t height = littleEndian32(&head[22]);
        return positive(littleEndian32(&head[18]), height < 0 ? -height : height);
    }
    if (head[0] == 0xFF && head[1] == 0xD8) return jpegSize(in);
    return std::nullopt;
}

}  // namespace seg::core
