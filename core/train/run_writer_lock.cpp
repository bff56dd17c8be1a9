#include "core/train/run_writer_lock.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include "core/common/error.h"

namespace seg::core {

namespace fs = std::filesystem;

RunWriterLock::RunWriterLock(const fs::path& runDir) {
    const fs::path metrics = runDir / "metrics.csv";
    m_fd = ::open(metrics.c_str(), O_RDONLY | O_CREAT | O_CLOEXEC, 0644);
    if (m_fd < 0)
        throw Error(ErrorCode::WriteFailed, metrics,
                    std::string("cannot open: ") + std::strerror(errno));
    if (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        ::close(m_fd);
        m_fd = -1;
        throw Error(ErrorCode::WriteFailed, metrics,
                    error == EWOULDBLOCK ? "another process is training this run now; stop it first"
                                         : std::string("cannot lock: ") + std::strerror(error));
    }
}

RunWriterLock::~RunWriterLock() {
    if (m_fd >= 0) ::close(m_fd);  // closing releases the lock
}

bool isRunBeingTrained(const fs::path& runDir) {
    const int fd = ::open((runDir / "metrics.csv").c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    const bool held = ::flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
    ::close(fd);
    return held;
}

}  // namespace seg::core
