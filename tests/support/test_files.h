#pragma once
// Fixture helpers for tests: write tiny images and masks, broken copies of files, and read
// files back. Test thread only.

#include <filesystem>
#include <string>
#include <vector>

#include <QString>
#include <opencv2/core/mat.hpp>
#include <stdexcept>

#include "core/common/error.h"

namespace seg::test {

std::filesystem::path toPath(const QString& path);

void writeBytes(const std::filesystem::path& file, const std::string& bytes);
std::string readBytes(const std::filesystem::path& file);
// Copies `from` to `to` keeping only the first `keep` bytes (a truncated download).
void writeTruncatedCopy(const std::filesystem::path& from, const std::filesystem::path& to,
                        size_t keep);

// A CV_8UC1 mask from rows of values, e.g. mask({{0, 1}, {2, 255}}).
cv::Mat mask(const std::vector<std::vector<int>>& rows);
// A BGR image of the given size filled with a gradient (any content will do).
cv::Mat image(int width, int height);
// Writes with OpenCV (grey PNG, 16-bit PNG, JPEG, ... by extension); throws on failure.
void writeWithOpenCv(const std::filesystem::path& file, const cv::Mat& content);

// Writes a palette PNG mask with VOC colours, creating the folder first.
void writeMask(const std::filesystem::path& file, const cv::Mat& mask);

bool sameMat(const cv::Mat& a, const cv::Mat& b);

// Replaces `from` by `to` (same length) in the first stored (uncompressed) entry of the zip
// archive `zip` that holds it, and fixes that entry's CRC-32 in both headers: a sound
// archive with other content. Throws when no stored entry holds `from`.
std::string replaceInZipEntry(std::string zip, const std::string& from, const std::string& to);

// A SegStudio checkpoint's bytes as an earlier SegStudio wrote them: the digest comment
// ("segstudio-sha256:" and 64 hex digits) removed and the comment length set to 0.
std::string withoutCheckpointDigest(std::string bytes);

// The code of the core::Error that `call` throws. Throws std::runtime_error (failing the
// test) when `call` throws nothing or its error names a file other than `file`.
template <typename Call>
core::ErrorCode errorCodeOf(Call&& call, const std::filesystem::path& file) {
    try {
        call();
    } catch (const core::Error& e) {
        if (e.file() != file)
            throw std::runtime_error("error names " + e.file().string() + ", not " + file.string());
        return e.code();
    }
    throw std::runtime_error("no error for " + file.string());
}

}  // namespace seg::test
