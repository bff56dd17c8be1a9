#pragma once
// Counts the pixels of every class over a dataset's masks, and finds the samples whose mask
// gives no pixel a class (all ignore index): those are unlabelled, whatever file they have.
// Reads masks only, never images. Runs on the calling thread.

#include <cstdint>
#include <string>
#include <vector>

#include "core/data/dataset.h"

namespace seg::core {

struct MaskCensus {
    std::vector<uint64_t> classPixels;       // per class of the dataset
    uint64_t ignorePixels = 0;               // unlabelled pixels (the ignore index)
    uint64_t otherPixels = 0;                // values that name no class
    std::vector<std::string> unlabelledIds;  // samples with a mask that holds no label
    std::vector<Problem> problems;           // masks that could not be read (skipped)
};

MaskCensus countMaskPixels(const Dataset& dataset);

}  // namespace seg::core
