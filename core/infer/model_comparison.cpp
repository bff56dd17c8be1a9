#include "core/infer/model_comparison.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>

#include <opencv2/imgproc.hpp>

#include "core/common/error.h"
#include "core/common/paths.h"
#include "core/data/image_pair.h"

namespace seg::core {

namespace fs = std::filesystem;

std::string modelDisplayName(const fs::path& model) {
    const fs::path parent = model.parent_path();
    if (parent.filename() == "checkpoints" && parent.has_parent_path())
        return pathToUtf8(parent.parent_path().filename()) + "/" + pathToUtf8(model.stem());
    return pathToUtf8(model.filename());
}

ModelComparison compareModels(const std::vector<Predictor*>& predictors, const Dataset& dataset,
                              const std::vector<Split>& splits,
                              const std::function<bool(int, int)>& onProgress) {
    for (const Predictor* p : predictors)
        if (p->info().classes.names() != dataset.classes.names())
            throw Error(ErrorCode::InvalidArgument, p->info().file,
                        "the model knows " + std::to_string(p->info().classes.size()) +
                            " classes that differ from the dataset's " +
                            std::to_string(dataset.classes.size()));
    ModelComparison out;
    const int models = static_cast<int>(predictors.size());
    for (int m = 0; m < models; ++m) {
        bool stopped = false;
        const auto progress = [&](int done, int total) {
            stopped = onProgress && !onProgress(m * total + done, models * total);
            return !stopped;
        };
        out.models.push_back(modelDisplayName(predictors[size_t(m)]->info().file));
        out.evaluations.push_back(
            evaluateOnDataset(*predictors[size_t(m)], dataset, splits, progress));
        if (stopped) break;
    }
    return out;
}

std::vector<bool> highestMarks(const std::vector<double>& values) {
    double highest = -std::numeric_limits<double>::infinity();
    for (double v : values)
        if (!std::isnan(v)) highest = std::max(highest, v);
    std::vector<bool> marks;
    int atHighest = 0, defined = 0;
    for (double v : values) {
        marks.push_back(v == highest);
        atHighest += v == highest ? 1 : 0;
        defined += std::isnan(v) ? 0 : 1;
    }
    if (atHighest == defined) marks.assign(values.size(), false);
    return marks;
}

std::vector<ComparisonRow> comparisonTable(const ModelComparison& comparison,
                                           const ClassMap& classes) {
    std::vector<ComparisonRow> rows;
    const auto add = [&](std::string name,
                         const std::function<double(const SegmentationMetrics&)>& of) {
        ComparisonRow row{std::move(name), {}, {}};
        for (const auto& e : comparison.evaluations) row.values.push_back(of(e.metrics));
        row.best = highestMarks(row.values);
        rows.push_back(std::move(row));
    };
    add("pixel accuracy", [](const SegmentationMetrics& m) { return m.pixelAccuracy; });
    add("mean class accuracy", [](const SegmentationMetrics& m) { return m.meanClassAccuracy; });
    add("mean IoU", [](const SegmentationMetrics& m) { return m.meanIoU; });
    add("frequency-weighted IoU",
        [](const SegmentationMetrics& m) { return m.frequencyWeightedIoU; });
    add("mean Dice", [](const SegmentationMetrics& m) { return m.meanDice; });
    for (int c = 0; c < classes.size(); ++c)
        add("IoU " + classes.at(c).name,
            [c](const SegmentationMetrics& m) { return m.classes.at(size_t(c)).iou; });
    return rows;
}

std::string comparisonCsv(const std::vector<ComparisonRow>& rows,
                          const std::vector<std::string>& models) {
    // Names may hold commas or quotes (class names are free text): quoted as RFC 4180 says.
    const auto field = [](const std::string& s) {
        if (s.find_first_of(",\"\n") == std::string::npos) return s;
        std::string quoted = "\"";
        for (char ch : s) quoted += ch == '"' ? std::string("\"\"") : std::string(1, ch);
        return quoted + "\"";
    };
    std::string csv = "metric";
    for (const auto& m : models) csv += "," + field(m);
    csv += "\n";
    for (const auto& row : rows) {
        csv += field(row.metric);
        for (double v : row.values) {
            char number[32] = "";
            if (!std::isnan(v)) std::snprintf(number, sizeof number, "%.6f", v);
            csv += std::string(",") + number;
        }
        csv += "\n";
    }
    return csv;
}

std::vector<std::string> hardestImages(const ModelComparison& comparison, int count) {
    std::map<std::string, std::pair<double, int>> sums;  // id -> (sum of mIoU, models)
    std::vector<std::string> order;
    for (const auto& e : comparison.evaluations)
        for (const auto& s : e.perImage) {
            auto [it, added] = sums.try_emplace(s.sampleId, 0.0, 0);
            if (added) order.push_back(s.sampleId);
            if (!std::isnan(s.meanIoU)) {
                it->second.first += s.meanIoU;
                ++it->second.second;
            }
        }
    const auto mean = [&](const std::string& id) {
        const auto& [sum, n] = sums.at(id);
        return n > 0 ? sum / n : 1.0;
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](const std::string& a, const std::string& b) { return mean(a) < mean(b); });
    if (static_cast<int>(order.size()) > count) order.resize(size_t(std::max(0, count)));
    return order;
}

cv::Mat pictureGrid(const std::vector<std::string>& titles,
                    const std::vector<std::vector<cv::Mat>>& rows, int cellSize) {
    constexpr int kTitleHeight = kGridTitleHeight, kGap = kGridGap;
    const int columns = static_cast<int>(titles.size());
    const int width = columns * cellSize + (columns + 1) * kGap;
    const int height = kTitleHeight + static_cast<int>(rows.size()) * (cellSize + kGap) + kGap;
    cv::Mat grid(height, width, CV_8UC3, cv::Scalar(255, 255, 255));
    for (int c = 0; c < columns; ++c) {
        std::string ascii = titles[size_t(c)];
        for (char& ch : ascii)
            if (static_cast<unsigned char>(ch) >= 0x80) ch = '?';
        const int x = kGap + c * (cellSize + kGap);
        cv::putText(grid, ascii, {x + 2, kTitleHeight - 9}, cv::FONT_HERSHEY_SIMPLEX, 0.5,
                    cv::Scalar(30, 30, 30), 1, cv::LINE_AA);
    }
    for (size_t r = 0; r < rows.size(); ++r) {
        if (static_cast<int>(rows[r].size()) != columns)
            throw Error(ErrorCode::InvalidArgument, {},
                        "every grid row needs one picture per title");
        const int y = kTitleHeight + static_cast<int>(r) * (cellSize + kGap);
        for (int c = 0; c < columns; ++c) {
            const cv::Mat& picture = rows[r][size_t(c)];
            const int x = kGap + c * (cellSize + kGap);
            cv::Mat cell = grid(cv::Rect(x, y, cellSize, cellSize));
            cell.setTo(cv::Scalar(200, 200, 200));
            if (picture.empty()) continue;
            const double scale =
                std::min(double(cellSize) / picture.cols, double(cellSize) / picture.rows);
            const cv::Size fitted(std::max(1, int(picture.cols * scale)),
                                  std::max(1, int(picture.rows * scale)));
            cv::Mat resized;
            // Masks and small images stay crisp: nearest neighbour when enlarging.
            cv::resize(picture, resized, fitted, 0, 0,
                       scale > 1.0 ? cv::INTER_NEAREST : cv::INTER_AREA);
            resized.copyTo(
                cell(cv::Rect((cellSize - fitted.width) / 2, (cellSize - fitted.height) / 2,
                              fitted.width, fitted.height)));
        }
    }
    return grid;
}

std::vector<std::string> comparisonGridTitles(const Dataset& dataset,
                                              const std::vector<std::string>& modelNames) {
    std::vector<std::string> titles =
        imagesPerSample(dataset) == 2 ? std::vector<std::string>{"before", "after", "ground truth"}
                                      : std::vector<std::string>{"image", "ground truth"};
    titles.insert(titles.end(), modelNames.begin(), modelNames.end());
    return titles;
}

cv::Mat comparisonGrid(const std::vector<Predictor*>& predictors,
                       const std::vector<std::string>& modelNames, const Dataset& dataset,
                       const std::vector<std::string>& sampleIds, bool titles, int cellSize) {
    std::vector<std::string> header = comparisonGridTitles(dataset, modelNames);
    if (!titles) header.assign(header.size(), std::string());
    std::vector<std::vector<cv::Mat>> rows;
    for (const auto& id : sampleIds) {
        const auto sample = std::find_if(dataset.samples.begin(), dataset.samples.end(),
                                         [&](const Sample& s) { return s.id == id; });
        if (sample == dataset.samples.end())
            throw Error(ErrorCode::InvalidArgument, dataset.root,
                        "no image " + id + " in the dataset");
        const LoadedSample loaded = loadSample(dataset, *sample);
        // A pair shows both dates; masks are drawn over the after image, the scene they mark.
        const cv::Mat scene = sceneImage(loaded.image);
        std::vector<cv::Mat> row;
        if (stackedImages(loaded.image) == 2) row.push_back(splitPair(loaded.image).first);
        row.push_back(scene);
        row.push_back(loaded.mask.empty() ? cv::Mat()
                                          : overlayMask(scene, loaded.mask, dataset.classes));
        for (Predictor* predictor : predictors)
            row.push_back(
                overlayMask(scene, predictor->predictMask(loaded.image), dataset.classes));
        rows.push_back(std::move(row));
    }
    return pictureGrid(header, rows, cellSize);
}

}  // namespace seg::core
