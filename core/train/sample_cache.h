#pragma once
// Decoded training samples kept in memory across epochs, up to a byte budget (beyond it
// samples are decoded again on each use), and the samples that could not be read, so that
// nobody tries them twice. Thread-safe: the loader threads share one.

#include <cstddef>
#include <functional>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include <opencv2/core/types.hpp>

#include "core/data/dataset.h"

namespace seg::core {

// A sample left out because its image or mask could not be read or checked.
struct SkippedSample {
    size_t sampleIndex;
    std::filesystem::path file;  // the offending file
    std::string detail;          // English, without the file name
};

class SampleCache {
public:
    SampleCache(Dataset dataset, size_t budgetBytes = size_t{3} << 30);

    // The decoded sample (shared pixels: callers clone before changing them). Throws Error
    // naming the file when it cannot be read or checked.
    LoadedSample get(size_t sampleIndex);

    // The image's width and height: from the decoded sample when it is cached, else from
    // the file's header, else by decoding it (see get(), which may throw).
    cv::Size imageSize(size_t sampleIndex);

    // Runs `work` for a sample: an Error or cv::Exception it throws marks the sample
    // unreadable (naming the file and the problem) instead of escaping. Returns whether
    // `work` succeeded.
    bool attempt(size_t sampleIndex, const std::function<void()>& work);

    // Remembers that a sample cannot be used (the first reason is kept).
    void markUnreadable(size_t sampleIndex, std::filesystem::path file, std::string detail);
    bool isUnreadable(size_t sampleIndex) const;
    // Samples marked since the last call, oldest first: for the training thread to report.
    std::vector<SkippedSample> takeNewlyUnreadable();

    const Dataset& dataset() const { return m_dataset; }

private:
    const Dataset m_dataset;
    const size_t m_budget;
    mutable std::mutex m_mutex;
    std::unordered_map<size_t, LoadedSample> m_samples;
    size_t m_bytes = 0;
    std::unordered_map<size_t, SkippedSample> m_unreadable;
    std::vector<SkippedSample> m_newlyUnreadable;
};

}  // namespace seg::core
