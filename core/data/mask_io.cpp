#include "core/data/mask_io.h"

#include <fstream>
#include <iterator>
#include <string>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "core/common/atomic_file.h"
#include "core/common/error.h"
#include "core/common/paths.h"
#include "core/data/image_io.h"
#include "core/data/png_codec.h"

namespace seg::core {

namespace fs = std::filesystem;

namespace {

std::string colorText(const Rgb& c) {
    return "(" + std::to_string(c.r) + ", " + std::to_string(c.g) + ", " + std::to_string(c.b) +
           ")";
}

std::string pointText(int x, int y) {
    return "(x " + std::to_string(x) + ", y " + std::to_string(y) + ")";
}

cv::Mat narrow16To8(const cv::Mat& wide, const fs::path& file) {
    for (int y = 0; y < wide.rows; ++y) {
        const auto* row = wide.ptr<uint16_t>(y);
        for (int x = 0; x < wide.cols; ++x)
            if (row[x] > 255)
                throw Error(ErrorCode::ValueOutOfRange, file,
                            "16-bit mask holds value " + std::to_string(row[x]) + " at " +
                                pointText(x, y) + "; class indices must be 0 to 255");
    }
    cv::Mat out;
    wide.convertTo(out, CV_8U);
    return out;
}

// `rgb` is CV_8UC3 in R, G, B order.
cv::Mat colorsToIndices(const cv::Mat& rgb, const ClassMap* table, const fs::path& file) {
    if (!table)
        throw Error(
            ErrorCode::UnsupportedFormat, file,
            "colour-coded (RGB) mask needs a colour table: give the classes with their colours");
    // One lookup per distinct colour: masks have few colours and long runs.
    cv::Mat out(rgb.size(), CV_8UC1);
    Rgb lastColor{};
    uint8_t lastIndex = 0;
    bool haveLast = false;
    for (int y = 0; y < rgb.rows; ++y) {
        const auto* in = rgb.ptr<cv::Vec3b>(y);
        auto* dst = out.ptr<uint8_t>(y);
        for (int x = 0; x < rgb.cols; ++x) {
            const Rgb c{in[x][0], in[x][1], in[x][2]};
            if (!haveLast || c != lastColor) {
                const auto index = table->indexOfColor(c);
                if (!index) {
                    const auto ignore = vocColor(table->ignoreIndex());
                    if (c != ignore)
                        throw Error(ErrorCode::ValueOutOfRange, file,
                                    "colour " + colorText(c) + " at " + pointText(x, y) +
                                        " is not a class colour");
                }
                lastColor = c;
                lastIndex = index ? *index : table->ignoreIndex();
                haveLast = true;
            }
            dst[x] = lastIndex;
        }
    }
    return out;
}

cv::Mat maskFromPng(const fs::path& file, const ClassMap* colorTable) {
    DecodedPng png = decodePngFile(file);
    const int type = png.bitDepth == 16 ? CV_16UC(png.channels) : CV_8UC(png.channels);
    const cv::Mat view(png.height, png.width, type, png.pixels.data());
    if (png.kind == DecodedPng::Kind::Rgb) {
        if (png.bitDepth == 16)
            throw Error(ErrorCode::UnsupportedFormat, file,
                        "16-bit colour masks are not supported");
        return colorsToIndices(view, colorTable, file);
    }
    if (png.bitDepth == 16) return narrow16To8(view, file);
    return view.clone();
}

cv::Mat maskFromOtherFormat(const fs::path& file, const ClassMap* colorTable) {
    const std::vector<uint8_t> bytes = readFileBytes(file);
    const cv::Mat decoded =
        decodeImageBytes(bytes, cv::IMREAD_UNCHANGED, file, ErrorCode::NotAnImage);
    if (decoded.depth() != CV_8U && decoded.depth() != CV_16U)
        throw Error(ErrorCode::UnsupportedFormat, file, "mask must hold 8- or 16-bit integers");
    cv::Mat single;
    if (decoded.channels() == 1) {
        single = decoded;
    } else if (decoded.channels() >= 3 && decoded.depth() == CV_8U) {
        cv::Mat rgb;
        cv::cvtColor(decoded, rgb,
                     decoded.channels() == 4 ? cv::COLOR_BGRA2RGB : cv::COLOR_BGR2RGB);
        return colorsToIndices(rgb, colorTable, file);
    } else {
        throw Error(ErrorCode::UnsupportedFormat, file,
                    "mask has " + std::to_string(decoded.channels()) + " channels");
    }
    return single.depth() == CV_16U ? narrow16To8(single, file) : single.clone();
}

}  // namespace

cv::Mat readMask(const fs::path& file, const ClassMap* colorTable) {
    requireNonEmptyFile(file);
    uint8_t head[8] = {};
    {
        std::ifstream in(file, std::ios::binary);
        if (!in) throw Error(ErrorCode::FileUnreadable, file, "cannot open for reading");
        in.read(reinterpret_cast<char*>(head), sizeof head);
    }
    if (hasPngSignature(head, sizeof head)) return maskFromPng(file, colorTable);
    return maskFromOtherFormat(file, colorTable);
}

void writeMask(const fs::path& file, const cv::Mat& mask, const ClassMap& classes) {
    if (mask.empty() || mask.type() != CV_8UC1)
        throw Error(ErrorCode::InvalidArgument, file,
                    "a mask to save must be a non-empty 8-bit single-channel image");
    const auto palette = classes.palette();
    // A project's masks folder may not exist yet (or was deleted): the first save makes it.
    if (file.has_parent_path()) createFolderIfMissing(file.parent_path());
    writeFileAtomically(file, [&](const fs::path& temp) {
        encodePalettePngFile(temp, mask.data, mask.cols, mask.rows, mask.step[0], palette);
    });
}

void checkMaskValues(const cv::Mat& mask, const ClassMap& classes, const fs::path& file) {
    const int limit = classes.size();
    const uint8_t ignore = classes.ignoreIndex();
    for (int y = 0; y < mask.rows; ++y) {
        const auto* row = mask.ptr<uint8_t>(y);
        for (int x = 0; x < mask.cols; ++x)
            if (row[x] >= limit && row[x] != ignore)
                throw Error(ErrorCode::ValueOutOfRange, file,
                            "mask value " + std::to_string(row[x]) + " at " + pointText(x, y) +
                                " is not a class index (0 to " + std::to_string(limit - 1) +
                                ") nor the ignore index " + std::to_string(ignore));
    }
}

int maxMaskValue(const cv::Mat& mask, uint8_t ignoreIndex) {
    int histogram[256] = {};
    for (int y = 0; y < mask.rows; ++y) {
        const auto* row = mask.ptr<uint8_t>(y);
        for (int x = 0; x < mask.cols; ++x) ++histogram[row[x]];
    }
    for (int v = 255; v >= 0; --v)
        if (histogram[v] && v != ignoreIndex) return v;
    return -1;
}

}  // namespace seg::core
