#pragma once
// Produces batches on a background thread, a few ahead of the compute: decode (through the
// cache), augment, normalise, stack. Consecutive samples of different sizes go to different
// batches. Owned and read by the training thread; the producer thread is joined on
// destruction.

#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

#include <opencv2/core/types.hpp>
#include <torch/torch.h>

#include "core/train/sample_cache.h"
#include "core/train/train_config.h"

namespace seg::core {

struct Batch {
    torch::Tensor images;   // [N, 3, H, W] float32, normalised
    torch::Tensor targets;  // [N, H, W] int64 class indices (ignore index where unlabelled)
    // Position in the visiting order just after this batch's last sample: a pass stopped
    // after this batch continues from there.
    size_t orderEnd = 0;
};

class BatchLoader {
public:
    // `order`: indices into the cache's dataset, in the order to visit them; the pass starts
    // at `firstPosition` (a pass resumed part-way). Training batches are augmented, each
    // sample with a generator seeded from `seed` and its position, so a resumed pass draws
    // what the whole pass would have; evaluation batches are not augmented. Samples that
    // cannot be read, checked or augmented are skipped and marked in the cache (which
    // reports them to the training thread); samples it already marks are not tried again.
    BatchLoader(std::shared_ptr<SampleCache> cache, std::vector<size_t> order,
                const TrainConfig& config, bool training, uint64_t seed, size_t firstPosition = 0);
    ~BatchLoader();
    BatchLoader(const BatchLoader&) = delete;
    BatchLoader& operator=(const BatchLoader&) = delete;

    // Blocks until the next batch is ready; nullopt after the last. Rethrows the producer's
    // unexpected errors (not an unreadable file: that sample is skipped) on the caller's thread.
    std::optional<Batch> next();

    // Stacks samples into a batch: BGR uint8 images to normalised RGB float tensors.
    static Batch makeBatch(const std::vector<LoadedSample>& samples, const TrainConfig& config);

    // The size a sample whose image is `imageSize` has in a batch (training or evaluation).
    static cv::Size outputSize(cv::Size imageSize, int cropSize);

    // The batching rule, the one place it is written (the producer follows it sample by
    // sample): consecutive samples share a batch until it holds batchSize of them or the
    // next one has another size, and a training pass drops a final batch of one sample
    // (BatchNorm cannot train on it). Returns the number of samples of each batch made from
    // samples of these output sizes, in visiting order.
    static std::vector<size_t> planBatches(const std::vector<cv::Size>& outputSizes,
                                           int batchSize, bool training);

private:
    static bool isFull(size_t pending, int batchSize);
    static bool keepsFinalBatch(size_t pending, int batchSize, bool training);

    void produce();
    // The sample at `position`, decoded and augmented; nullopt when it is skipped.
    std::optional<LoadedSample> prepareSample(size_t position, uint8_t ignoreIndex);

    std::shared_ptr<SampleCache> m_cache;
    std::vector<size_t> m_order;
    TrainConfig m_config;
    bool m_training;
    uint64_t m_seed;
    size_t m_first;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_ready;
    bool m_done = false;
    bool m_cancelled = false;
    std::exception_ptr m_error;
    std::thread m_thread;
};

}  // namespace seg::core
