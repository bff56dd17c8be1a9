#pragma once
// The change-detection demo: co-registered image pairs of random shapes where, between the
// two dates, shapes appear, vanish and move while the whole scene's colours drift; the
// change mask covers exactly the pixels whose shape differs (colour drift is no change).
// Written in the LEVIR-CD layout. Deterministic for (seed, index) on every platform.

#include <cstdint>
#include <filesystem>
#include <functional>

#include <opencv2/core/mat.hpp>

#include "core/data/class_map.h"

namespace seg::core {

struct SyntheticChangesOptions {
    int count = 300;
    int width = 128;
    int height = 128;
    uint64_t seed = 1;
    int minShapes = 3;
    int maxShapes = 7;
    double noiseSigma = 6.0;   // Gaussian pixel noise, drawn anew for each date
    double colourDrift = 0.3;  // 0 to 1: how far the after image's gain and offset stray
};

struct SyntheticChangePair {
    cv::Mat before;  // CV_8UC3 BGR
    cv::Mat after;   // CV_8UC3 BGR
    cv::Mat change;  // CV_8UC1: 1 where the scene changed, else 0
};

// unchanged, change.
ClassMap syntheticChangeClasses();

// Throws Error(InvalidArgument) for sizes below 16 or above 8192, or bad ranges.
SyntheticChangePair generateChangePair(const SyntheticChangesOptions& options, int index);

// Writes A/pair_NNNN.png, B/pair_NNNN.png and label/pair_NNNN.png (0 unchanged, 255
// change, as LEVIR-CD's labels are). `onProgress(done, total)` returning false stops early;
// returns false then (the folder is left incomplete).
bool writeChangePairsDataset(const std::filesystem::path& folder,
                             const SyntheticChangesOptions& options,
                             const std::function<bool(int, int)>& onProgress = {});

}  // namespace seg::core
