#pragma once
// Who is training a run folder: the process that trains a run holds an advisory write
// lock (fcntl, open file description) on its metrics.csv for as long as it writes it. A
// second trainer of the same folder is refused instead of interleaving rows with the
// first, and a window can tell a run something on this machine still trains from one that
// stopped. The kernel releases
// the lock when the process ends, however it ends. Torch-free; any thread.

#include <filesystem>

namespace seg::core {

class RunWriterLock {
public:
    // Creates metrics.csv if it is missing. Throws Error(WriteFailed) naming the file when
    // another process holds the lock, or the file cannot be opened.
    explicit RunWriterLock(const std::filesystem::path& runDir);
    ~RunWriterLock();
    RunWriterLock(const RunWriterLock&) = delete;
    RunWriterLock& operator=(const RunWriterLock&) = delete;

private:
    int m_fd = -1;
};

// Whether a process on this machine holds `runDir`'s lock now. A run written from another
// machine through a synced folder is not seen.
bool isRunBeingTrained(const std::filesystem::path& runDir);

}  // namespace seg::core
