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

// Process `rank`'s share of an epoch's order among `worldSize` data-parallel processes:
// every worldSize-th sample from position `rank`, the order first padded with its own head
// until it divides evenly (as PyTorch's DistributedSampler does), so that every process gets
// as many samples, and a batch of b on each of n processes holds the samples a batch of n*b
// would hold in one process.
std::vector<size_t> shardOfOrder(const std::vector<size_t>& order, int rank, int worldSize);

// The iterations of each epoch 1..epochs for process `rank` of `worldSize`: BatchLoader's
// batching rule applied to the output sizes of its share of `samples` in each epoch's order.
// Samples missing from `outputSizes` are left out (the loader skips unreadable samples).
// Element 0 is epoch 1.
std::vector<int64_t> planEpochIterations(const std::vector<size_t>& samples,
                                         const std::map<size_t, cv::Size>& outputSizes,
                                         int batchSize, uint64_t seed, int epochs, int rank = 0,
                                         int worldSize = 1);

}  // namespace seg::core
