#include "core/data/image_header.h"

#include <array>
#include <cstring>
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

// Bytes at an offset, from an open file (seeking past what is not needed) or from memory.
class FileBytes {
public:
    explicit FileBytes(std::ifstream& in) : m_in(in) {}
    bool read(uint64_t offset, uint8_t* out, size_t n) {
        m_in.clear();
        m_in.seekg(static_cast<std::streamoff>(offset));
        return bool(m_in.read(reinterpret_cast<char*>(out), static_cast<std::streamsize>(n)));
    }

private:
    std::ifstream& m_in;
};

class MemoryBytes {
public:
    explicit MemoryBytes(const std::vector<uint8_t>& bytes) : m_bytes(bytes) {}
    bool read(uint64_t offset, uint8_t* out, size_t n) {
        if (offset > m_bytes.size() || n > m_bytes.size() - offset) return false;
        std::memcpy(out, m_bytes.data() + offset, n);
        return true;
    }

private:
    const std::vector<uint8_t>& m_bytes;
};

struct HeaderSize {
    DeclaredSize size;
    bool exact = true;  // false: the decoder may swap width and height (JPEG EXIF)
};

// Walks the marker segments up to the first start-of-frame; notes EXIF (APP1), whose
// orientation tag makes the decoder swap width and height.
template <typename Bytes>
std::optional<HeaderSize> jpegSize(Bytes& bytes) {
    HeaderSize result;
    uint64_t at = 2;
    for (int segments = 0; segments < 1000; ++segments) {
        // libjpeg skips stray bytes before a marker (with a warning), and FF 00 among them,
        // so this does too: a damaged file must not hide the size the decoder will allocate.
        uint8_t marker = 0;
        for (int skipped = 0; marker == 0; skipped += 2) {
            uint8_t byte = 0;
            for (; byte != 0xFF; ++skipped)
                if (skipped > 65536 || !bytes.read(at++, &byte, 1)) return std::nullopt;
            marker = 0xFF;
            while (marker == 0xFF)  // fill bytes
                if (!bytes.read(at++, &marker, 1)) return std::nullopt;
        }
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) continue;  // no length
        std::array<uint8_t, 7> segment{};  // length, then a frame's precision, height, width
        if (!bytes.read(at, segment.data(), 2)) return std::nullopt;
        const uint32_t length = bigEndian(segment.data(), 2);
        if (length < 2) return std::nullopt;
        if (marker == 0xE1) result.exact = false;
        const bool startOfFrame =
            marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (startOfFrame) {
            if (!bytes.read(at, segment.data(), segment.size())) return std::nullopt;
            result.size = {bigEndian(segment.data() + 5, 2), bigEndian(segment.data() + 3, 2)};
            return result;
        }
        at += length;
    }
    return std::nullopt;
}

// ImageWidth (256) and ImageLength (257) of the first image file directory.
template <typename Bytes>
std::optional<HeaderSize> tiffSize(Bytes& bytes, bool littleEndian) {
    auto number = [&](const uint8_t* p, int size) {
        uint32_t v = 0;
        for (int i = 0; i < size; ++i) v |= uint32_t(p[littleEndian ? i : size - 1 - i]) << (8 * i);
        return v;
    };
    std::array<uint8_t, 12> entry{};
    if (!bytes.read(4, entry.data(), 4)) return std::nullopt;
    const uint64_t directory = number(entry.data(), 4);
    if (!bytes.read(directory, entry.data(), 2)) return std::nullopt;
    const uint32_t entries = number(entry.data(), 2);
    int64_t width = -1, height = -1;
    for (uint32_t i = 0; i < entries && (width < 0 || height < 0); ++i) {
        if (!bytes.read(directory + 2 + 12 * uint64_t(i), entry.data(), entry.size()))
            return std::nullopt;
        const uint32_t tag = number(entry.data(), 2), type = number(entry.data() + 2, 2);
        if (tag != 256 && tag != 257) continue;
        const int64_t value = type == 3   ? number(entry.data() + 8, 2)  // SHORT
                              : type == 4 ? number(entry.data() + 8, 4)  // LONG
                                          : -1;
        (tag == 256 ? width : height) = value;
    }
    if (width < 0 || height < 0) return std::nullopt;
    return HeaderSize{{width, height}, false};  // orientation tags may swap them
}

template <typename Bytes>
std::optional<HeaderSize> headerSize(Bytes& bytes) {
    std::array<uint8_t, 26> head{};
    if (!bytes.read(0, head.data(), head.size())) return std::nullopt;
    static const uint8_t png[] = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    if (std::equal(std::begin(png), std::end(png), head.begin())) {
        if (!std::equal(head.begin() + 12, head.begin() + 16, "IHDR")) return std::nullopt;
        return HeaderSize{{bigEndian(&head[16], 4), bigEndian(&head[20], 4)}};
    }
    if (head[0] == 'B' && head[1] == 'M') {
        // OS/2's 12-byte header holds 16-bit sizes; BITMAPINFOHEADER and later 32-bit ones,
        // where a negative height means rows stored top-down.
        const int32_t headerBytes = littleEndian32(&head[14]);
        if (headerBytes == 12)  // not vouched for: readImageSize leaves these to the decoder
            return HeaderSize{{head[18] | head[19] << 8, head[20] | head[21] << 8}, false};
        if (headerBytes < 40) return std::nullopt;
        const int64_t height = littleEndian32(&head[22]);
        return HeaderSize{{littleEndian32(&head[18]), height < 0 ? -height : height}};
    }
    if (head[0] == 0xFF && head[1] == 0xD8) return jpegSize(bytes);
    if (head[0] == 'I' && head[1] == 'I' && head[2] == 42 && head[3] == 0)
        return tiffSize(bytes, true);
    if (head[0] == 'M' && head[1] == 'M' && head[2] == 0 && head[3] == 42)
        return tiffSize(bytes, false);
    return std::nullopt;
}

}  // namespace

std::optional<cv::Size> readImageSize(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    FileBytes bytes(in);
    const auto header = headerSize(bytes);
    if (!header || !header->exact) return std::nullopt;
    const auto [width, height] = header->size;
    if (width <= 0 || height <= 0 || width > (1 << 20) || height > (1 << 20)) return std::nullopt;
    return cv::Size(static_cast<int>(width), static_cast<int>(height));
}

std::optional<DeclaredSize> declaredImageSize(const std::vector<uint8_t>& bytes) {
    MemoryBytes source(bytes);
    const auto header = headerSize(source);
    if (!header) return std::nullopt;
    return header->size;
}

}  // namespace seg::core
