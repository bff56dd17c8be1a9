#pragma once
// Which training samples each epoch visits, in which order, and how many iterations that
// makes. The order is a pure function of the seed and the epoch, so a run stopped part-way
// through an epoch resumes with the rest of the very same order. Training thread.

#include <cstdint>
#include <map>
#include <vector>

#include <opencv2/core/types.hpp>

namespace seg::core {

// `samples` (dataset indices) shuffled for `epoch` (1-based): the same order for a seed on
// every platform.
std::vector<size_t> epochOrder(std::vector<size_t> samples, uint64_t seed, int epoch);

// The iterations of each epoch 1..epochs: BatchLoader's batching rule applied to the output
// sizes of `samples` in each epoch's order. Samples missing from `outputSizes` are left out
// (the loader skips unreadable samples). Element 0 is epoch 1.
std::vector<int64_t> planEpochIterations(const std::vector<size_t>& samples,
                                         const std::map<size_t, cv::Size>& outputSizes,
                                         int batchSize, uint64_t seed, int epochs);

}  // namespace seg::core
