#pragma once
// Decoded training samples kept in memory across epochs, up to a byte budget (beyond it
// samples are decoded again on each use). Thread-safe: the loader threads share one.

#include <cstddef>
#include <mutex>
#include <unordered_map>

#include "core/data/dataset.h"

namespace seg::core {

class SampleCache {
public:
    SampleCache(Dataset dataset, size_t budgetBytes = size_t{3} << 30);

    // The decoded sample (shared pixels: callers clone before changing them). Throws Error
    // naming the file when it cannot be read or checked.
    LoadedSample get(size_t sampleIndex);

    const Dataset& dataset() const { return m_dataset; }

private:
    const Dataset m_dataset;
    const size_t m_budget;
    std::mutex m_mutex;
    std::unordered_map<size_t, LoadedSample> m_samples;
    size_t m_bytes = 0;
};

}  // namespace seg::core
