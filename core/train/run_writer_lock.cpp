#include "core/train/run_writer_lock.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

#include "core/common/error.h"

namespace seg::core {

namespace fs = std::filesystem;

namespace {

// The whole file, for fcntl's open-file-description locks: they work over NFS too, and can
// be tested without being taken (flock cannot), so a window asking never gets in a
// starting trainer's way.
struct flock wholeFile(short type) {
    struct flock lock {};
    lock.l_type = type;
    lock.l_whence = SEEK_SET;
    return lock;
}

}  // namespace

RunWriterLock::RunWriterLock(const fs::path& runDir) {
    const fs::path metrics = runDir / "metrics.csv";
    m_fd = ::open(metrics.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (m_fd < 0)
        throw Error(ErrorCode::WriteFailed, metrics,
                    std::string("cannot open: ") + std::strerror(errno));
    struct flock lock = wholeFile(F_WRLCK);
    if (::fcntl(m_fd, F_OFD_SETLK, &lock) != 0) {
        const int error = errno;
        ::close(m_fd);
        m_fd = -1;
        throw Error(ErrorCode::WriteFailed, metrics,
                    error == EAGAIN || error == EACCES
                        ? "another process is training this run now; stop it first"
                        : std::string("cannot lock: ") + std::strerror(error));
    }
}

RunWriterLock::~RunWriterLock() {
    if (m_fd >= 0) ::close(m_fd);  // closing releases the lock
}

bool isRunBeingTrained(const fs::path& runDir) {
    const int fd = ::open((runDir / "metrics.csv").c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    struct flock lock = wholeFile(F_RDLCK);
    const bool held = ::fcntl(fd, F_OFD_GETLK, &lock) == 0 && lock.l_type != F_UNLCK;
    ::close(fd);
    return held;
}

}  // namespace seg::core
