#include "core/train/epoch_plan.h"

#include <algorithm>

#include "core/common/rng.h"
#include "core/train/batch_loader.h"

namespace seg::core {

std::vector<size_t> epochOrder(std::vector<size_t> v, uint64_t seed, int epoch) {
    // Fisher-Yates with the project's Rng.
    Rng rng(Rng::mix(seed, uint64_t(epoch)));
    for (size_t i = v.size(); i > 1; --i)
        std::swap(v[i - 1], v[static_cast<size_t>(rng.uniformInt(0, int(i) - 1))]);
    return v;
}

std::vector<size_t> shardOfOrder(const std::vector<size_t>& order, int rank, int worldSize) {
    if (worldSize <= 1 || order.empty()) return order;
    const size_t world = static_cast<size_t>(worldSize);
    const size_t padded = (order.size() + world - 1) / world * world;
    std::vector<size_t> shard;
    shard.reserve(padded / world);
    for (size_t i = static_cast<size_t>(rank); i < padded; i += world)
        shard.push_back(order[i % order.size()]);
    return shard;
}

std::vector<int64_t> planEpochIterations(const std::vector<size_t>& samples,
                                         const std::map<size_t, cv::Size>& outputSizes,
                                         int batchSize, uint64_t seed, int epochs, int rank,
                                         int worldSize) {
    auto count = [&](const std::vector<size_t>& fullOrder) {
        std::vector<cv::Size> sizes;
        for (size_t index : shardOfOrder(fullOrder, rank, worldSize))
            if (const auto found = outputSizes.find(index); found != outputSizes.end())
                sizes.push_back(found->second);
        return static_cast<int64_t>(BatchLoader::planBatches(sizes, batchSize, true).size());
    };
    const bool oneSize =
        std::all_of(outputSizes.begin(), outputSizes.end(),
                    [&](const auto& entry) { return entry.second == outputSizes.begin()->second; });
    // Images of one size batch the same way in any order: no need to shuffle every epoch.
    if (oneSize) return std::vector<int64_t>(static_cast<size_t>(epochs), count(samples));
    std::vector<int64_t> iterations;
    iterations.reserve(static_cast<size_t>(epochs));
    for (int epoch = 1; epoch <= epochs; ++epoch)
        iterations.push_back(count(epochOrder(samples, seed, epoch)));
    return iterations;
}

}  // namespace seg::core
