#pragma once
// Scores a folder of predicted masks against a folder of ground-truth masks, paired by
// file stem. Runs on the calling thread.

#include <filesystem>
#include <optional>
#include <vector>

#include "core/data/class_map.h"
#include "core/data/dataset.h"
#include "core/eval/metrics.h"

namespace seg::core {

struct FolderScore {
    ClassMap classes;  // as given, or inferred from the largest value in either folder
    bool classesInferred = false;
    int pairs = 0;  // mask pairs counted
    SegmentationMetrics metrics;
    std::vector<Problem> problems;  // missing, unreadable or mismatched masks (skipped)
};

// Throws Error naming the folder when either is missing or holds no masks, and with
// OnError::Stop the first problem of any pair.
FolderScore scoreMaskFolders(const std::filesystem::path& predictions,
                             const std::filesystem::path& groundTruth,
                             const std::optional<ClassMap>& classes, OnError onError);

}  // namespace seg::core
