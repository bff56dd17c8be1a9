#pragma once
// A model's evaluation on a dataset split kept on disk, so that a comparison reopened in a
// later session is instant: the confusion matrix (from which the metrics are computed
// again), the per-image scores and the problems met. It is a cache: a missing, damaged or
// foreign file reads as nothing, never as an error. Torch-free; any thread.

#include <filesystem>
#include <optional>

#include "core/infer/dataset_evaluation.h"

namespace seg::core {

// Writes `evaluation` as JSON (temp file and rename); the folder is created if missing.
// Throws Error(WriteFailed) naming the file.
void saveEvaluation(const std::filesystem::path& file, const DatasetEvaluation& evaluation);

// The evaluation saved in `file` for a matrix of `numClasses` classes and `ignoreIndex`;
// nullopt when there is none that fits. Predictions never abstain (a predictor always names
// a class), so the matrix's abstained counts are not kept.
std::optional<DatasetEvaluation> loadEvaluation(const std::filesystem::path& file, int numClasses,
                                                uint8_t ignoreIndex);

}  // namespace seg::core
