#include "core/common/atomic_file.h"

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <sstream>

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include "core/common/error.h"
#include "core/common/paths.h"

namespace seg::core {

namespace fs = std::filesystem;

namespace {

constexpr const char* kTempMarker = ".tmp-";

// .<name>.tmp-<pid>-<stamp>-<counter>: hidden, unique per process and call, and naming the
// process that writes it, so that removeAbandonedTempFiles can tell abandoned ones apart.
fs::path uniqueTempPath(const fs::path& target) {
    static std::atomic<unsigned> counter{0};
    const auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
    std::string name = "." + pathToUtf8(target.filename()) + kTempMarker +
                       std::to_string(::getpid()) + "-" + std::to_string(stamp) + "-" +
                       std::to_string(counter++);
    return target.parent_path() / pathFromUtf8(name);
}

// The writing process of a temp file name, or 0 when `name` is not one.
pid_t writerOfTempFile(const std::string& name) {
    if (name.size() < 2 || name[0] != '.') return 0;
    const size_t marker = name.rfind(kTempMarker);
    if (marker == std::string::npos || marker < 2) return 0;
    size_t pos = marker + std::char_traits<char>::length(kTempMarker);
    int dashes = 0;
    long long pid = 0;
    for (size_t i = pos; i < name.size(); ++i) {
        const char c = name[i];
        if (c == '-') {
            if (i == pos) return 0;  // empty field
            ++dashes;
            pos = i + 1;
        } else if (c < '0' || c > '9') {
            return 0;
        } else if (dashes == 0 && (pid = pid * 10 + (c - '0')) > 0x7fffffff) {
            return 0;
        }
    }
    return dashes == 2 && pos < name.size() ? pid_t(pid) : 0;
}

bool processIsRunning(pid_t pid) { return ::kill(pid, 0) == 0 || errno == EPERM; }

// Data on disk before the rename publishes it: without this, a power cut shortly after a
// save can leave the renamed file empty on file systems that delay allocation.
void syncToDisk(const fs::path& file) {
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw Error(ErrorCode::WriteFailed, file,
                    std::string("cannot reopen to sync: ") + std::strerror(errno));
    const int synced = ::fdatasync(fd);
    const int syncErrno = errno;
    ::close(fd);
    if (synced != 0)
        throw Error(ErrorCode::WriteFailed, file,
                    std::string("cannot write to disk: ") + std::strerror(syncErrno));
}

}  // namespace

void writeFileAtomically(const fs::path& target,
                         const std::function<void(const fs::path&)>& writeTo) {
    const fs::path temp = uniqueTempPath(target);
    try {
        writeTo(temp);
        syncToDisk(temp);
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

int removeAbandonedTempFiles(const fs::path& folder) {
    int removed = 0;
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const pid_t writer = writerOfTempFile(pathToUtf8(it->path().filename()));
        if (writer == 0 || writer == ::getpid() || processIsRunning(writer)) continue;
        std::error_code ignored;
        if (it->is_regular_file(ignored) && fs::remove(it->path(), ignored)) ++removed;
    }
    return removed;
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
