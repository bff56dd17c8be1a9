#include "core/train/sample_cache.h"

#include <utility>

#include <opencv2/core.hpp>

#include "core/common/error.h"
#include "core/data/image_header.h"

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

cv::Size SampleCache::imageSize(size_t index) {
    {
        std::lock_guard lock(m_mutex);
        const auto found = m_samples.find(index);
        if (found != m_samples.end()) return found->second.image.size();
    }
    if (const auto size = readImageSize(m_dataset.samples.at(index).image)) return *size;
    return get(index).image.size();
}

bool SampleCache::attempt(size_t index, const std::function<void()>& work) {
    const auto& image = m_dataset.samples.at(index).image;
    try {
        work();
        return true;
    } catch (const Error& e) {
        markUnreadable(index, e.file().empty() ? image : e.file(), e.detail());
    } catch (const cv::Exception& e) {
        // OpenCV's what() spans lines and names its own sources: its message suffices.
        markUnreadable(index, image, "OpenCV: " + e.err);
    }
    return false;
}

void SampleCache::markUnreadable(size_t index, std::filesystem::path file, std::string detail) {
    std::lock_guard lock(m_mutex);
    SkippedSample skipped{index, std::move(file), std::move(detail)};
    if (m_unreadable.emplace(index, skipped).second) m_newlyUnreadable.push_back(skipped);
}

bool SampleCache::isUnreadable(size_t index) const {
    std::lock_guard lock(m_mutex);
    return m_unreadable.count(index) > 0;
}

std::vector<SkippedSample> SampleCache::takeNewlyUnreadable() {
    std::lock_guard lock(m_mutex);
    return std::exchange(m_newlyUnreadable, {});
}

}  // namespace seg::core
