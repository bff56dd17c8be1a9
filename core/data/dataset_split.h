#pragma once
// Seeded, deterministic train/val split for datasets that come without split files.

#include <cstdint>
#include <vector>

#include "core/data/dataset.h"

namespace seg::core {

// Gives every labelled, unassigned sample Train or Val: round(n * valFraction) of them
// become Val, chosen by a hash of (seed, id), so the result depends only on the ids and
// the seed, not on file order or platform. Unlabelled samples stay Unassigned, unless
// `unlabelledToo` (projects, where images are labelled over time) gives them a split too.
void assignSplit(std::vector<Sample>& samples, double valFraction, uint64_t seed,
                 bool unlabelledToo = false);

}  // namespace seg::core
