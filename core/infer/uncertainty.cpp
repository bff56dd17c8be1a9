#include "core/infer/uncertainty.h"

#include <algorithm>
#include <cmath>
#include <functional>

#include "core/common/error.h"
#include "core/data/dataset.h"
#include "core/data/image_io.h"
#include "core/infer/predictor.h"

namespace seg::core {

double meanNormalisedEntropy(const std::vector<cv::Mat>& probabilities) {
    if (probabilities.size() < 2 || probabilities[0].empty()) return 0.0;
    const int rows = probabilities[0].rows, cols = probabilities[0].cols;
    double total = 0.0;
    for (int y = 0; y < rows; ++y) {
        std::vector<const float*> p;
        for (const auto& m : probabilities) p.push_back(m.ptr<float>(y));
        for (int x = 0; x < cols; ++x) {
            double h = 0.0;
            for (const float* c : p)
                if (c[x] > 1e-12f) h -= double(c[x]) * std::log(double(c[x]));
            total += h;
        }
    }
    return total / (double(rows) * cols * std::log(double(probabilities.size())));
}

ConfidenceMaps confidenceMaps(const std::vector<cv::Mat>& probabilities) {
    ConfidenceMaps maps;
    if (probabilities.empty() || probabilities[0].empty()) return maps;
    const int rows = probabilities[0].rows, cols = probabilities[0].cols;
    maps.mask.create(rows, cols, CV_8UC1);
    maps.confidence.create(rows, cols, CV_32FC1);
    maps.entropy.create(rows, cols, CV_32FC1);
    const double norm = probabilities.size() > 1 ? std::log(double(probabilities.size())) : 1.0;
    for (int y = 0; y < rows; ++y) {
        std::vector<const float*> p;
        for (const auto& m : probabilities) p.push_back(m.ptr<float>(y));
        auto* label = maps.mask.ptr<uint8_t>(y);
        auto* confidence = maps.confidence.ptr<float>(y);
        auto* entropy = maps.entropy.ptr<float>(y);
        for (int x = 0; x < cols; ++x) {
            size_t best = 0;
            double h = 0.0;
            for (size_t c = 0; c < p.size(); ++c) {
                if (p[c][x] > p[best][x]) best = c;
                if (p[c][x] > 1e-12f) h -= double(p[c][x]) * std::log(double(p[c][x]));
            }
            label[x] = static_cast<uint8_t>(best);
            confidence[x] = p[best][x];
            entropy[x] = static_cast<float>(h / norm);
        }
    }
    return maps;
}

std::vector<UncertaintyScore> rankUnlabelledByUncertainty(
    Predictor& predictor, const Dataset& dataset, const std::function<bool(int, int)>& onProgress) {
    std::vector<size_t> unlabelled;
    for (size_t i = 0; i < dataset.samples.size(); ++i)
        if (!dataset.samples[i].hasMask()) unlabelled.push_back(i);
    std::vector<UncertaintyScore> scores;
    for (size_t n = 0; n < unlabelled.size(); ++n) {
        if (onProgress && !onProgress(int(n), int(unlabelled.size()))) break;
        try {
            const cv::Mat image = readImage(dataset.samples[unlabelled[n]].image);
            scores.push_back(
                {unlabelled[n], meanNormalisedEntropy(predictor.predictProbabilities(image))});
        } catch (const Error&) {
            // An unreadable image cannot be labelled either: it is left out of the ranking.
        }
    }
    std::stable_sort(scores.begin(), scores.end(),
                     [](const auto& a, const auto& b) { return a.entropy > b.entropy; });
    return scores;
}

}  // namespace seg::core
