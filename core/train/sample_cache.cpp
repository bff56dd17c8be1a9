#include "core/train/sample_cache.h"

namespace seg::core {

SampleCache::SampleCache(Dataset dataset, size_t budgetBytes)
    : m_dataset(std::move(dataset)), m_budget(budgetBytes) {}

LoadedSample SampleCache::get(size_t index) {
    {
        std::lock_guard lock(m_mutex);
        const auto found = m_samples.find(index);
        if (found != m_samples.end()) return found->second;
    }
    LoadedSample loaded = loadSample(m_dataset, m_dataset.samples.at(index));  // outside the lock
    const size_t bytes = loaded.image.total() * loaded.image.elemSize() + loaded.mask.total();
    std::lock_guard lock(m_mutex);
    if (m_bytes + bytes <= m_budget && m_samples.emplace(index, loaded).second) m_bytes += bytes;
    return loaded;
}

}  // namespace seg::core
