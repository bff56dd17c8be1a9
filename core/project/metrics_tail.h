#pragma once
// Follows a metrics.csv that another process (or machine, through a shared or synced
// folder) is still writing: each poll returns the rows appended since the last one. Only
// whole lines are read, so a row half written when the poll comes is read the next time.
// Torch-free; one thread at a time.

#include <cstdint>
#include <filesystem>
#include <vector>

#include "core/train/run_log.h"

namespace seg::core {

class MetricsTail {
public:
    explicit MetricsTail(std::filesystem::path file) : m_file(std::move(file)) {}

    struct Update {
        // True when the rows below are the whole file again, to replace what was read before:
        // the file was truncated or replaced (its byte before the read position is no longer
        // a line's end), or a resumed run went back to its checkpoint's epoch. Either way
        // the rows are as readRun gives them, each epoch once.
        bool restarted = false;
        std::vector<IterationRow> iterations;
        std::vector<EpochRow> epochs;
        // The first malformed row among them, "file: line N is not a metrics row: ...";
        // skipped, the rows around it kept. Empty when all parsed.
        std::string problem;

        bool empty() const { return !restarted && iterations.empty() && epochs.empty(); }
    };

    // A missing file is an empty update (the run has not written it yet). Throws
    // Error(FileUnreadable) when it cannot be read; the next poll tries again from the same
    // place.
    Update poll();

    const std::filesystem::path& file() const { return m_file; }

private:
    Update readAll();
    bool goesBack(const Update& update) const;
    void remember(const Update& update);

    std::filesystem::path m_file;
    std::uintmax_t m_offset = 0;  // bytes read so far: always just after a line's end
    int m_lines = 0;              // lines read so far, to name a bad row's line
    int64_t m_lastIteration = -1;
    int m_lastEpoch = -1;
};

}  // namespace seg::core
