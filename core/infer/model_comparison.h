#pragma once
// Several models scored on the same images: the metrics side by side with the best of each
// row marked, the images where they do worst, and a picture grid of images x models.
// Torch-free header; runs on the calling thread.

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include <opencv2/core/mat.hpp>

#include "core/infer/dataset_evaluation.h"

namespace seg::core {

struct ModelComparison {
    std::vector<std::string> models;             // display names, in the order given
    std::vector<DatasetEvaluation> evaluations;  // one per model, on the same images
};

// A short name for a model file: "<run>/best" for a run's checkpoints/best.pt, else the
// file name.
std::string modelDisplayName(const std::filesystem::path& model);

// Scores every predictor on `splits` of `dataset` (see evaluateOnDataset). Throws
// Error(InvalidArgument) naming the model file when its classes differ from the dataset's.
// onProgress(done, total) counts images over all models; returning false stops.
ModelComparison compareModels(const std::vector<Predictor*>& predictors, const Dataset& dataset,
                              const std::vector<Split>& splits,
                              const std::function<bool(int, int)>& onProgress = {});

// One row of the comparison table: a metric, its value per model (NaN where undefined)
// and which models have the row's highest value. None is marked when every model with a
// value shares it: a tie says nothing about which is better.
struct ComparisonRow {
    std::string metric;  // "pixel accuracy", ..., "IoU <class name>"
    std::vector<double> values;
    std::vector<bool> best;
};

// Which of `values` hold the highest (NaN never does); none when every value that is a
// number is the same: a tie says nothing about which is better.
std::vector<bool> highestMarks(const std::vector<double>& values);

// Pixel accuracy, mean class accuracy, mIoU, frequency-weighted IoU, mean Dice, then the
// IoU of every class.
std::vector<ComparisonRow> comparisonTable(const ModelComparison& comparison,
                                           const ClassMap& classes);

// The table as CSV: a header "metric,<model>,...", then a row per metric (empty cells for
// undefined values, 6 decimals).
std::string comparisonCsv(const std::vector<ComparisonRow>& rows,
                          const std::vector<std::string>& models);

// Sample ids of the `count` images with the lowest mIoU averaged over the models: where the
// comparison has most to show.
std::vector<std::string> hardestImages(const ModelComparison& comparison, int count);

// The grid's geometry: a title row of kGridTitleHeight pixels, then cells of cellSize
// pixels with kGridGap pixels around each.
inline constexpr int kGridTitleHeight = 28;
inline constexpr int kGridGap = 4;

// A grid of pictures: a title row, then one row per entry of `rows`, every picture fitted
// into a cell of cellSize x cellSize (aspect kept, grey margins). Titles are drawn in
// ASCII (other characters show as '?'). rows[i].size() must equal titles.size().
cv::Mat pictureGrid(const std::vector<std::string>& titles,
                    const std::vector<std::vector<cv::Mat>>& rows, int cellSize = 256);

// The comparison grid's column titles: "image", "ground truth" (or, for change pairs,
// "before", "after", "ground truth"), then `modelNames`.
std::vector<std::string> comparisonGridTitles(const Dataset& dataset,
                                              const std::vector<std::string>& modelNames);

// The comparison as pictures: a row per sample of `sampleIds` (the image, its ground truth and
// each predictor's prediction, masks blended over the image; a pair shows both images, with
// the masks over the after image), under comparisonGridTitles (drawn in ASCII; left blank
// with titles = false, for a caller that draws its own). Throws Error naming a sample that
// cannot be read.
cv::Mat comparisonGrid(const std::vector<Predictor*>& predictors,
                       const std::vector<std::string>& modelNames, const Dataset& dataset,
                       const std::vector<std::string>& sampleIds, bool titles = true,
                       int cellSize = 256);

}  // namespace seg::core
