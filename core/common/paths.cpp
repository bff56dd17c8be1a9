#include "core/common/paths.h"

#include <algorithm>
#include <cctype>

#include "core/common/error.h"

namespace seg::core {

namespace fs = std::filesystem;

std::string pathToUtf8(const fs::path& path) {
    const auto u8 = path.u8string();
    return std::string(u8.begin(), u8.end());
}

fs::path pathFromUtf8(const std::string& utf8) {
    return fs::u8path(utf8);
}

fs::path cleanPath(const fs::path& path) {
    fs::path out;
    for (const fs::path& part : path)
        if (!part.empty() && part != ".") out /= part;
    return out.empty() && !path.empty() ? fs::path(".") : out;
}

std::string lowerExtension(const fs::path& path) {
    std::string ext = pathToUtf8(path.extension());
    if (!ext.empty() && ext.front() == '.') ext.erase(0, 1);
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

void requireNonEmptyFile(const fs::path& path) {
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status))
        throw Error(ErrorCode::FileNotFound, path, "file does not exist");
    if (!fs::is_regular_file(status))
        throw Error(ErrorCode::FileUnreadable, path, "not a regular file");
    if (fs::file_size(path, ec) == 0 && !ec)
        throw Error(ErrorCode::FileEmpty, path, "file is empty (0 bytes)");
}

void requireDirectory(const fs::path& path) {
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status))
        throw Error(ErrorCode::FileNotFound, path, "folder does not exist");
    if (!fs::is_directory(status)) throw Error(ErrorCode::NotADataset, path, "not a folder");
}

}  // namespace seg::core
