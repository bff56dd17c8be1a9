#include "core/data/dataset_report.h"

#include <algorithm>
#include <map>

#include "core/data/mask_io.h"

namespace seg::core {

namespace {

// Masks of a dataset without class names are read first for their largest value; the
// class map then covers 0..max and every mask is checked against it like any other.
ClassMap inferClasses(Dataset& dataset, DatasetReport& report, OnError onError) {
    int maxValue = 0;
    std::vector<Sample> kept;
    for (auto& sample : dataset.samples) {
        if (sample.hasMask()) {
            try {
                maxValue = std::max(
                    maxValue, maxMaskValue(readMask(sample.mask), ClassMap::kDefaultIgnoreIndex));
            } catch (const Error& e) {
                if (onError == OnError::Stop) throw;
                report.problems.push_back(Problem::from(e));
                ++report.skipped;
                continue;
            }
        }
        kept.push_back(std::move(sample));
    }
    dataset.samples = std::move(kept);
    return ClassMap::generic(std::max(maxValue, 1));
}

}  // namespace

DatasetReport scanDataset(Dataset& dataset, OnError onError, const ScanProgress& onProgress) {
    DatasetReport report;
    report.layout = dataset.layout;
    report.root = dataset.root;
    report.problems = dataset.problems;
    if (dataset.classes.empty()) {
        dataset.classes = inferClasses(dataset, report, onError);
        report.classesInferred = true;
    }
    report.classes = dataset.classes;
    report.classPixels.assign(static_cast<size_t>(dataset.classes.size()), 0);

    std::map<std::pair<int, int>, int> sizes;
    std::vector<Sample> kept;
    const int total = static_cast<int>(dataset.samples.size());
    int done = 0;
    for (auto& sample : dataset.samples) {
        if (onProgress && !onProgress(done, total)) break;
        ++done;
        LoadedSample loaded;
        try {
            loaded = loadSample(dataset, sample);
        } catch (const Error& e) {
            if (onError == OnError::Stop) throw;
            report.problems.push_back(Problem::from(e));
            ++report.skipped;
            continue;
        }
        ++sizes[{loaded.image.cols, loaded.image.rows}];
        if (!loaded.mask.empty()) {
            ++report.labelled;
            uint64_t histogram[256] = {};
            for (int y = 0; y < loaded.mask.rows; ++y) {
                const auto* row = loaded.mask.ptr<uint8_t>(y);
                for (int x = 0; x < loaded.mask.cols; ++x) ++histogram[row[x]];
            }
            for (size_t c = 0; c < report.classPixels.size(); ++c)
                report.classPixels[c] += histogram[c];
            report.ignorePixels += histogram[dataset.classes.ignoreIndex()];
        }
        report.train += sample.split == Split::Train;
        report.val += sample.split == Split::Val;
        report.test += sample.split == Split::Test;
        kept.push_back(std::move(sample));
    }
    dataset.samples = std::move(kept);
    report.samples = static_cast<int>(dataset.samples.size());
    for (const auto& [size, count] : sizes)
        report.imageSizes.push_back({size.first, size.second, count});
    std::stable_sort(report.imageSizes.begin(), report.imageSizes.end(),
                     [](const auto& a, const auto& b) { return a.count > b.count; });
    return report;
}

}  // namespace seg::core
