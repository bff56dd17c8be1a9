#pragma once
// Decodes every sample of a dataset once and summarises it: counts, image sizes, class
// pixel frequencies and the problems found. Bad samples are dropped (Skip) or thrown (Stop).
// Runs on the calling thread; `onProgress` lets a caller show progress or cancel.

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/data/dataset.h"

namespace seg::core {

struct ImageSizeCount {
    int width = 0;
    int height = 0;
    int count = 0;
};

struct DatasetReport {
    DatasetLayout layout = DatasetLayout::FolderPairs;
    std::filesystem::path root;
    int samples = 0;  // usable samples after the scan
    int labelled = 0;
    int train = 0, val = 0, test = 0;
    std::vector<ImageSizeCount> imageSizes;  // most frequent first
    ClassMap classes;
    bool classesInferred = false;       // named "class N" from the values found
    std::vector<uint64_t> classPixels;  // per class, over all labelled samples
    uint64_t ignorePixels = 0;
    std::vector<Problem> problems;  // listing problems, then scan problems
    int skipped = 0;                // samples dropped for a problem
};

// Returns false from `onProgress(done, total)` to stop early.
using ScanProgress = std::function<bool(int done, int total)>;

// Scans `dataset` (bad samples are removed from it with OnError::Skip). When the dataset
// names no classes, they are inferred from the largest mask value and stored in it.
DatasetReport scanDataset(Dataset& dataset, OnError onError, const ScanProgress& onProgress = {});

std::string reportToJson(const DatasetReport& report);

}  // namespace seg::core
