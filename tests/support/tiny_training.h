#pragma once
// A tiny training setup for tests: a few synthetic-shapes images and a small U-Net, so a
// run takes a second or two on a CPU.

#include <atomic>
#include <filesystem>
#include <string>
#include <vector>

#include "core/data/dataset.h"
#include "core/train/trainer.h"

namespace seg::test {

// Writes `count` images of `size` pixels into `folder` and opens them (20% validation).
core::Dataset tinyShapesDataset(const std::filesystem::path& folder, int count = 24, int size = 32);

// The demo project made small: 30 synthetic-shapes images of 32x32, in `folder`. False when
// it could not be written.
bool createTinyDemoProject(const std::filesystem::path& folder);

// U-Net width 8, depth 3, batch 4, AdamW 1e-2, no augmentation, 1 thread.
core::TrainConfig tinyConfig(int epochs = 2);

// Records what the trainer reported; can stop or pause the run at a given iteration.
class RecordingObserver : public core::TrainObserver {
public:
    explicit RecordingObserver(core::TrainControl* control = nullptr, int64_t stopAtIteration = -1,
                               int64_t pauseAtIteration = -1)
        : m_control(control), m_stopAt(stopAtIteration), m_pauseAt(pauseAtIteration) {}

    void onBegin(const core::TrainBegin& b) override {
        begins.push_back(b);
        begun = true;
    }
    void onIteration(const core::IterationReport& r) override {
        iterations.push_back(r);
        ++iterationCount;
        if (m_control && r.iteration == m_stopAt) m_control->stop = true;
        if (m_control && r.iteration == m_pauseAt) m_control->pause = true;
    }
    void onEpoch(const core::EpochReport& r) override { epochs.push_back(r); }
    void onLog(const std::string& line) override { logs.push_back(line); }
    void onEnd(const core::TrainOutcome& o) override { ends.push_back(o); }

    // How many log lines contain `text`.
    int logLinesWith(const std::string& text) const {
        int n = 0;
        for (const auto& line : logs) n += line.find(text) != std::string::npos ? 1 : 0;
        return n;
    }

    std::vector<core::TrainBegin> begins;
    std::vector<core::IterationReport> iterations;
    std::vector<core::EpochReport> epochs;
    std::vector<std::string> logs;
    std::vector<core::TrainOutcome> ends;
    // Readable from another thread.
    std::atomic<int> iterationCount{0};
    std::atomic<bool> begun{false};

private:
    core::TrainControl* m_control;
    int64_t m_stopAt;
    int64_t m_pauseAt;
};

}  // namespace seg::test
