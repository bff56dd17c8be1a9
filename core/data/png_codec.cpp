#include "core/data/png_codec.h"

#include <algorithm>
#include <cerrno>
#include <csetjmp>
#include <cstdio>
#include <cstring>
#include <memory>

#include <png.h>

#include "core/common/error.h"
#include "core/common/paths.h"
#include "core/data/image_io.h"

namespace seg::core {

namespace fs = std::filesystem;

namespace {

// All state a libpng call may touch lives here, outside the frame that calls setjmp, so a
// longjmp skips no C++ destructor and leaves no local in an indeterminate state.
struct PngSession {
    FILE* file = nullptr;
    png_structp png = nullptr;
    png_infop info = nullptr;
    bool writing = false;
    bool tooLarge = false;  // the header states more than kMaxImagePixels
    char message[256] = {};

    ~PngSession() {
        if (png && writing)
            png_destroy_write_struct(&png, info ? &info : nullptr);
        else if (png)
            png_destroy_read_struct(&png, info ? &info : nullptr, nullptr);
        if (file) std::fclose(file);
    }
};

void onPngError(png_structp png, png_const_charp message) {
    auto* session = static_cast<PngSession*>(png_get_error_ptr(png));
    std::snprintf(session->message, sizeof session->message, "%s", message);
    std::longjmp(png_jmpbuf(png), 1);
}

void onPngWarning(png_structp, png_const_charp) {}  // benign (e.g. unknown chunks): stay quiet

FILE* openFile(const fs::path& path, const char* mode) {
    return std::fopen(path.c_str(), mode);
}

bool readPng(PngSession& s, DecodedPng& out) {
    if (setjmp(png_jmpbuf(s.png))) return false;
    png_init_io(s.png, s.file);
    png_read_info(s.png, s.info);

    const int colorType = png_get_color_type(s.png, s.info);
    const int bitDepth = png_get_bit_depth(s.png, s.info);
    if (bitDepth < 8) png_set_packing(s.png);  // 1/2/4-bit values -> one byte, unscaled
    if (colorType & PNG_COLOR_MASK_ALPHA) png_set_strip_alpha(s.png);
    if (bitDepth == 16) png_set_swap(s.png);  // PNG is big-endian; read native uint16
    const int passes = png_set_interlace_handling(s.png);
    png_read_update_info(s.png, s.info);

    out.width = static_cast<int>(png_get_image_width(s.png, s.info));
    out.height = static_cast<int>(png_get_image_height(s.png, s.info));
    out.bitDepth = bitDepth == 16 ? 16 : 8;
    if (colorType == PNG_COLOR_TYPE_PALETTE)
        out.kind = DecodedPng::Kind::Palette;
    else if (colorType & PNG_COLOR_MASK_COLOR)
        out.kind = DecodedPng::Kind::Rgb;
    else
        out.kind = DecodedPng::Kind::Gray;
    out.channels = out.kind == DecodedPng::Kind::Rgb ? 3 : 1;

    // libpng accepts up to 10^6 x 10^6; refuse what SegStudio would never allocate.
    if (int64_t(out.width) > kMaxImagePixels / std::max(out.height, 1)) {
        s.tooLarge = true;
        return false;
    }
    const size_t rowBytes = png_get_rowbytes(s.png, s.info);
    out.pixels.resize(rowBytes * static_cast<size_t>(out.height));
    for (int pass = 0; pass < passes; ++pass)
        for (int y = 0; y < out.height; ++y)
            png_read_row(s.png, out.pixels.data() + rowBytes * static_cast<size_t>(y), nullptr);
    png_read_end(s.png, nullptr);
    return true;
}

bool writePng(PngSession& s, const uint8_t* indices, int width, int height, size_t stride,
              const png_color* palette) {
    if (setjmp(png_jmpbuf(s.png))) return false;
    png_init_io(s.png, s.file);
    png_set_IHDR(s.png, s.info, static_cast<png_uint_32>(width), static_cast<png_uint_32>(height),
                 8, PNG_COLOR_TYPE_PALETTE, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
                 PNG_FILTER_TYPE_DEFAULT);
    png_set_PLTE(s.png, s.info, palette, 256);
    // Masks are flat regions: fast compression already shrinks them well.
    png_set_compression_level(s.png, 3);
    png_write_info(s.png, s.info);
    for (int y = 0; y < height; ++y)
        png_write_row(s.png, indices + stride * static_cast<size_t>(y));
    png_write_end(s.png, nullptr);
    return true;
}

}  // namespace

bool hasPngSignature(const uint8_t* bytes, size_t size) {
    return size >= 8 && png_sig_cmp(bytes, 0, 8) == 0;
}

DecodedPng decodePngFile(const fs::path& file) {
    auto session = std::make_unique<PngSession>();
    session->file = openFile(file, "rb");
    if (!session->file)
        throw Error(ErrorCode::FileUnreadable, file,
                    std::string("cannot open for reading: ") + std::strerror(errno));
    uint8_t signature[8] = {};
    const size_t got = std::fread(signature, 1, sizeof signature, session->file);
    if (!hasPngSignature(signature, got))
        throw Error(ErrorCode::NotAnImage, file, "not a PNG file (wrong signature)");
    session->png =
        png_create_read_struct(PNG_LIBPNG_VER_STRING, session.get(), onPngError, onPngWarning);
    if (!session->png) throw Error(ErrorCode::FileUnreadable, file, "libpng could not start");
    session->info = png_create_info_struct(session->png);
    if (!session->info) throw Error(ErrorCode::FileUnreadable, file, "libpng could not start");
    png_set_sig_bytes(session->png, 8);

    DecodedPng out;
    if (!readPng(*session, out)) {
        if (session->tooLarge) requireDecodableSize(out.width, out.height, file);
        const std::string message = session->message;
        const bool truncated = message.find("Read Error") != std::string::npos ||
                               message.find("Not enough") != std::string::npos ||
                               message.find("EOF") != std::string::npos;
        throw Error(truncated ? ErrorCode::FileTruncated : ErrorCode::FileUnreadable, file,
                    (truncated ? "PNG file is truncated: " : "PNG file is corrupt: ") + message);
    }
    return out;
}

void encodePalettePngFile(const fs::path& file, const uint8_t* indices, int width, int height,
                          size_t stride, const std::array<Rgb, 256>& palette) {
    auto session = std::make_unique<PngSession>();
    session->writing = true;
    session->file = openFile(file, "wb");
    if (!session->file)
        throw Error(ErrorCode::WriteFailed, file,
                    std::string("cannot open for writing: ") + std::strerror(errno));
    session->png =
        png_create_write_struct(PNG_LIBPNG_VER_STRING, session.get(), onPngError, onPngWarning);
    if (!session->png) throw Error(ErrorCode::WriteFailed, file, "libpng could not start");
    session->info = png_create_info_struct(session->png);
    if (!session->info) throw Error(ErrorCode::WriteFailed, file, "libpng could not start");

    png_color colors[256];
    for (size_t i = 0; i < 256; ++i) colors[i] = {palette[i].r, palette[i].g, palette[i].b};
    if (!writePng(*session, indices, width, height, stride, colors))
        throw Error(ErrorCode::WriteFailed, file,
                    std::string("PNG encoding failed: ") + session->message);
    if (std::fflush(session->file) != 0 || std::ferror(session->file))
        throw Error(ErrorCode::WriteFailed, file, "write failed (disk full?)");
}

}  // namespace seg::core
