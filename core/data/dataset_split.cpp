#include "core/data/dataset_split.h"

#include <algorithm>
#include <cmath>

#include "core/common/error.h"
#include "core/common/rng.h"

namespace seg::core {

namespace {

uint64_t hashId(const std::string& id, uint64_t seed) {
    uint64_t h = 0xcbf29ce484222325ull;  // FNV-1a, then mixed with the seed
    for (unsigned char c : id) h = (h ^ c) * 0x100000001b3ull;
    return Rng::mix(seed, h);
}

}  // namespace

void assignSplit(std::vector<Sample>& samples, double valFraction, uint64_t seed,
                 bool unlabelledToo) {
    if (!(valFraction >= 0.0 && valFraction <= 1.0))
        throw Error(ErrorCode::InvalidArgument, {}, "validation fraction must be between 0 and 1");
    std::vector<std::pair<uint64_t, Sample*>> ranked;
    for (auto& s : samples)
        if ((s.hasMask() || unlabelledToo) && s.split == Split::Unassigned)
            ranked.emplace_back(hashId(s.id, seed), &s);
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first < b.first : a.second->id < b.second->id;
    });
    const auto valCount = static_cast<size_t>(std::llround(valFraction * double(ranked.size())));
    for (size_t i = 0; i < ranked.size(); ++i)
        ranked[i].second->split = i < valCount ? Split::Val : Split::Train;
}

}  // namespace seg::core
