#include "core/common/atomic_file.h"

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "core/common/error.h"
#include "core/common/paths.h"

namespace seg::core {

namespace fs = std::filesystem;

namespace {

fs::path uniqueTempPath(const fs::path& target) {
    static std::atomic<unsigned> counter{0};
    const auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
    std::string name = "." + pathToUtf8(target.filename()) + ".tmp-" + std::to_string(::getpid()) +
                       "-" + std::to_string(stamp) + "-" + std::to_string(counter++);
    return target.parent_path() / pathFromUtf8(name);
}

}  // namespace

void writeFileAtomically(const fs::path& target,
                         const std::function<void(const fs::path&)>& writeTo) {
    const fs::path temp = uniqueTempPath(target);
    try {
        writeTo(temp);
    } catch (const Error& e) {
        std::error_code ignored;
        fs::remove(temp, ignored);
        throw Error(ErrorCode::WriteFailed, target, e.detail());
    } catch (...) {
        std::error_code ignored;
        fs::remove(temp, ignored);
        throw;
    }
    std::error_code ec;
    fs::rename(temp, target, ec);
    if (ec) {
        std::error_code ignored;
        fs::remove(temp, ignored);
        throw Error(ErrorCode::WriteFailed, target, "cannot replace file: " + ec.message());
    }
}

void createFolderIfMissing(const fs::path& folder) {
    std::error_code ec;
    if (fs::is_directory(folder, ec)) return;
    if (fs::exists(folder, ec))
        throw Error(ErrorCode::WriteFailed, folder, "is a file, not a folder");
    const fs::path parent = folder.parent_path();
    if (!parent.empty() && !fs::is_directory(parent, ec))
        throw Error(
            ErrorCode::WriteFailed, folder,
            "cannot create folder: its parent folder " + pathToUtf8(parent) + " does not exist");
    std::error_code again;
    if (!fs::create_directory(folder, ec) && !fs::is_directory(folder, again))
        throw Error(ErrorCode::WriteFailed, folder, "cannot create folder: " + ec.message());
}

void writeTextAtomically(const fs::path& target, const std::string& text) {
    writeFileAtomically(target, [&](const fs::path& temp) {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        if (!out)
            throw Error(ErrorCode::WriteFailed, temp,
                        std::string("cannot open for writing: ") + std::strerror(errno));
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
        out.flush();
        if (!out) throw Error(ErrorCode::WriteFailed, temp, "write failed (disk full?)");
    });
}

std::string readTextFile(const fs::path& path) {
    std::error_code ec;
    if (!fs::exists(path, ec)) throw Error(ErrorCode::FileNotFound, path, "file does not exist");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(ErrorCode::FileUnreadable, path, "cannot open for reading");
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

}  // namespace seg::core
