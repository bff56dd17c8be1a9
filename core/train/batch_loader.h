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

#include <torch/torch.h>

#include "core/train/sample_cache.h"
#include "core/train/train_config.h"

namespace seg::core {

struct Batch {
    torch::Tensor images;   // [N, 3, H, W] float32, normalised
    torch::Tensor targets;  // [N, H, W] int64 class indices (ignore index where unlabelled)
};

class BatchLoader {
public:
    // `order`: indices into the cache's dataset, in the order to visit them. Training
    // batches are augmented, and a final batch of one sample is dropped (BatchNorm cannot
    // train on one); evaluation batches are neither.
    BatchLoader(std::shared_ptr<SampleCache> cache, std::vector<size_t> order,
                const TrainConfig& config, bool training, uint64_t seed);
    ~BatchLoader();
    BatchLoader(const BatchLoader&) = delete;
    BatchLoader& operator=(const BatchLoader&) = delete;

    // Blocks until the next batch is ready; nullopt after the last. Rethrows the producer's
    // error (an unreadable file) on the training thread.
    std::optional<Batch> next();

    // Stacks samples into a batch: BGR uint8 images to normalised RGB float tensors.
    static Batch makeBatch(const std::vector<LoadedSample>& samples, const TrainConfig& config);

private:
    void produce();

    std::shared_ptr<SampleCache> m_cache;
    std::vector<size_t> m_order;
    TrainConfig m_config;
    bool m_training;
    uint64_t m_seed;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_ready;
    bool m_done = false;
    bool m_cancelled = false;
    std::exception_ptr m_error;
    std::thread m_thread;
};

}  // namespace seg::core
