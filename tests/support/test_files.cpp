#include "support/test_files.h"

#include <fstream>
#include <iterator>
#include <stdexcept>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include "core/common/paths.h"
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

}  // namespace seg::test
