#pragma once
// Thin libpng wrapper for masks: decodes without expanding palettes (indices stay indices)
// and encodes 8-bit palette PNGs. libpng's longjmp error handling is contained in the .cpp.

#include <array>
#include <cstdint>
#include <filesystem>
#include <vector>

#include "core/data/class_map.h"

namespace seg::core {

struct DecodedPng {
    enum class Kind { Gray, Palette, Rgb };
    Kind kind = Kind::Gray;
    int width = 0;
    int height = 0;
    int bitDepth = 8;             // 8 or 16 (16-bit samples are native-endian uint16)
    int channels = 1;             // 1 for Gray and Palette, 3 for Rgb (alpha is dropped)
    std::vector<uint8_t> pixels;  // rows packed, width * channels * bitDepth/8 bytes each
};

// Throws Error naming `file`: FileTruncated / UnsupportedFormat / NotAnImage.
DecodedPng decodePngFile(const std::filesystem::path& file);

// True when the first bytes are the PNG signature.
bool hasPngSignature(const uint8_t* bytes, size_t size);

// Writes an 8-bit palette PNG (not atomically: callers write to a temp file first).
void encodePalettePngFile(const std::filesystem::path& file, const uint8_t* indices, int width,
                          int height, size_t stride, const std::array<Rgb, 256>& palette);

}  // namespace seg::core
