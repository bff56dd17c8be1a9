#include "support/test_files.h"

#include <fstream>
#include <iterator>
#include <stdexcept>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include "core/common/paths.h"
#include "core/common/zip_check.h"
#include "core/data/mask_io.h"

namespace seg::test {

namespace fs = std::filesystem;

fs::path toPath(const QString& path) {
    return core::pathFromUtf8(path.toStdString());
}

void writeBytes(const fs::path& file, const std::string& bytes) {
    fs::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) throw std::runtime_error("cannot write test file " + file.string());
}

std::string readBytes(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

void writeTruncatedCopy(const fs::path& from, const fs::path& to, size_t keep) {
    writeBytes(to, readBytes(from).substr(0, keep));
}

cv::Mat mask(const std::vector<std::vector<int>>& rows) {
    cv::Mat out(static_cast<int>(rows.size()), static_cast<int>(rows.front().size()), CV_8UC1);
    for (int y = 0; y < out.rows; ++y)
        for (int x = 0; x < out.cols; ++x) out.at<uint8_t>(y, x) = static_cast<uint8_t>(rows[y][x]);
    return out;
}

cv::Mat image(int width, int height) {
    cv::Mat out(height, width, CV_8UC3);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            out.at<cv::Vec3b>(y, x) =
                cv::Vec3b(static_cast<uint8_t>(x * 7), static_cast<uint8_t>(y * 5), 90);
    return out;
}

void writeWithOpenCv(const fs::path& file, const cv::Mat& content) {
    fs::create_directories(file.parent_path());
    std::vector<uint8_t> encoded;
    if (!cv::imencode(file.extension().string(), content, encoded))
        throw std::runtime_error("cannot encode " + file.string());
    writeBytes(file, std::string(encoded.begin(), encoded.end()));
}

void writeMask(const fs::path& file, const cv::Mat& mask) {
    fs::create_directories(file.parent_path());
    core::writeMask(file, mask, core::ClassMap::voc());
}

bool sameMat(const cv::Mat& a, const cv::Mat& b) {
    return a.size() == b.size() && a.type() == b.type() && cv::norm(a, b, cv::NORM_INF) == 0;
}

namespace {

uint32_t field(const std::string& s, size_t at, int size) {
    uint32_t v = 0;
    for (int i = size - 1; i >= 0; --i) v = v << 8 | static_cast<uint8_t>(s.at(at + i));
    return v;
}

void setField32(std::string& s, size_t at, uint32_t v) {
    for (int i = 0; i < 4; ++i) s.at(at + i) = static_cast<char>(v >> (8 * i));
}

}  // namespace

std::string replaceInZipEntry(std::string zip, const std::string& from, const std::string& to) {
    if (from.size() != to.size()) throw std::runtime_error("replacement of another length");
    for (size_t p = zip.find(std::string("PK\x01\x02", 4));
         p != std::string::npos && field(zip, p, 4) == 0x02014b50;
         p += 46 + field(zip, p + 28, 2) + field(zip, p + 30, 2) + field(zip, p + 32, 2)) {
        if (field(zip, p + 10, 2) != 0) continue;  // deflated
        const size_t size = field(zip, p + 20, 4), local = field(zip, p + 42, 4);
        const size_t data = local + 30 + field(zip, local + 26, 2) + field(zip, local + 28, 2);
        std::string content = zip.substr(data, size);
        const size_t at = content.find(from);
        if (at == std::string::npos) continue;
        content.replace(at, to.size(), to);
        zip.replace(data, size, content);
        const uint32_t crc = core::crc32Of(content);
        setField32(zip, p + 16, crc);
        setField32(zip, local + 14, crc);
        return zip;
    }
    throw std::runtime_error("no stored zip entry holds " + from);
}

std::string withoutCheckpointDigest(std::string bytes) {
    const size_t comment = 17 + 64;
    if (bytes.size() < 22 + comment ||
        bytes.compare(bytes.size() - comment, 17, "segstudio-sha256:") != 0)
        throw std::runtime_error("not a checkpoint with a digest");
    bytes.resize(bytes.size() - comment);
    bytes[bytes.size() - 2] = bytes[bytes.size() - 1] = 0;
    return bytes;
}

}  // namespace seg::test
