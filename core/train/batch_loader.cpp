#include "core/train/batch_loader.h"

#include <utility>

#include <opencv2/imgproc.hpp>

#include "core/common/rng.h"
#include "core/train/augment.h"
#include "core/train/image_tensor.h"

namespace seg::core {

namespace {

constexpr size_t kPrefetch = 3;

}  // namespace

BatchLoader::BatchLoader(std::shared_ptr<SampleCache> cache, std::vector<size_t> order,
                         const TrainConfig& config, bool training, uint64_t seed,
                         size_t firstPosition)
    : m_cache(std::move(cache)),
      m_order(std::move(order)),
      m_config(config),
      m_training(training),
      m_seed(seed),
      m_first(firstPosition) {
    m_thread = std::thread([this] { produce(); });
}

BatchLoader::~BatchLoader() {
    {
        std::lock_guard lock(m_mutex);
        m_cancelled = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

Batch BatchLoader::makeBatch(const std::vector<LoadedSample>& samples, const TrainConfig& config) {
    const int n = static_cast<int>(samples.size());
    const int h = samples.front().image.rows, w = samples.front().image.cols;
    std::vector<cv::Mat> images;
    auto targets = torch::empty({n, h, w}, torch::kUInt8);
    for (int i = 0; i < n; ++i) {
        images.push_back(samples[static_cast<size_t>(i)].image);
        cv::Mat mask(h, w, CV_8UC1, targets[i].data_ptr<uint8_t>());
        samples[static_cast<size_t>(i)].mask.copyTo(mask);
    }
    Batch batch;
    batch.images = imagesToInput(images, config.mean, config.std);
    batch.targets = targets.to(torch::kInt64);
    return batch;
}

cv::Size BatchLoader::outputSize(cv::Size imageSize, int cropSize) {
    // Training crops (or pads) to the crop size and otherwise keeps each image's size;
    // evaluation centre-crops to it.
    return cropSize > 0 ? cv::Size(cropSize, cropSize) : imageSize;
}

bool BatchLoader::isFull(size_t pending, int batchSize) {
    return pending >= static_cast<size_t>(batchSize);
}

bool BatchLoader::keepsFinalBatch(size_t pending, int batchSize, bool training) {
    return pending > 0 && !(training && pending == 1 && batchSize > 1);
}

std::vector<size_t> BatchLoader::planBatches(const std::vector<cv::Size>& outputSizes,
                                             int batchSize, bool training) {
    std::vector<size_t> batches;
    size_t pending = 0;
    cv::Size pendingSize;
    for (const cv::Size& size : outputSizes) {
        if (pending > 0 && size != pendingSize) batches.push_back(std::exchange(pending, 0));
        pendingSize = size;
        if (isFull(++pending, batchSize)) batches.push_back(std::exchange(pending, 0));
    }
    if (keepsFinalBatch(pending, batchSize, training)) batches.push_back(pending);
    return batches;
}

std::optional<LoadedSample> BatchLoader::prepareSample(size_t position, uint8_t ignore) {
    const size_t index = m_order[position];
    if (m_cache->isUnreadable(index)) return std::nullopt;
    LoadedSample sample;
    const bool usable = m_cache->attempt(index, [&] {
        sample = m_cache->get(index);
        sample.image = sample.image.clone();  // the cache's pixels stay untouched
        sample.mask = sample.mask.clone();
        if (m_training) {
            Rng rng(Rng::mix(m_seed, position));
            augmentPair(sample.image, sample.mask, m_config.augment, m_config.cropSize, ignore,
                        rng);
        } else {
            centerCropPair(sample.image, sample.mask, m_config.cropSize, ignore);
        }
    });
    if (!usable) return std::nullopt;
    return sample;
}

void BatchLoader::produce() {
    const uint8_t ignore = m_cache->dataset().classes.ignoreIndex();
    std::vector<LoadedSample> pending;
    size_t pendingEnd = 0;
    auto flush = [&](bool final) {
        if (pending.empty()) return true;
        if (final && !keepsFinalBatch(pending.size(), m_config.batchSize, m_training)) return true;
        Batch batch = makeBatch(pending, m_config);
        batch.orderEnd = pendingEnd;
        pending.clear();
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_cancelled || m_ready.size() < kPrefetch; });
        if (m_cancelled) return false;
        m_ready.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    };
    try {
        for (size_t position = m_first; position < m_order.size(); ++position) {
            {
                // A loader destroyed early (a stopped run) must not decode the rest first.
                std::lock_guard lock(m_mutex);
                if (m_cancelled) return;
            }
            std::optional<LoadedSample> sample = prepareSample(position, ignore);
            if (!sample) continue;
            // The rule of planBatches(), applied as the sizes become known.
            if (!pending.empty() && pending.front().image.size() != sample->image.size() &&
                !flush(false))
                return;
            pending.push_back(std::move(*sample));
            pendingEnd = position + 1;
            if (isFull(pending.size(), m_config.batchSize) && !flush(false)) return;
        }
        flush(true);
    } catch (...) {
        std::lock_guard lock(m_mutex);
        m_error = std::current_exception();
    }
    std::lock_guard lock(m_mutex);
    m_done = true;
    m_changed.notify_all();
}

std::optional<Batch> BatchLoader::next() {
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return !m_ready.empty() || m_done; });
    if (!m_ready.empty()) {
        Batch batch = std::move(m_ready.front());
        m_ready.pop_front();
        m_changed.notify_all();
        return batch;
    }
    if (m_error) std::rethrow_exception(m_error);
    return std::nullopt;
}

}  // namespace seg::core
