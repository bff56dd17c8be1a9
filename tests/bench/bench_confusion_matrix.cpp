// Confusion-matrix accumulation throughput on 512x512 masks with 21 classes.
//
// usage: bench_confusion_matrix DIR [masks] [repeats]
// Writes the masks it measures to DIR/gt.raw and DIR/pred.raw (uint8, back to back) so
// that the numpy reference (bench_confusion_matrix.py) measures the very same pixels, then
// prints one JSON line: {"mpixels_per_s": ..., "pixels": ..., "checksum": ...}.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include <opencv2/imgproc.hpp>

#include "core/common/rng.h"
#include "core/eval/confusion_matrix.h"

namespace {

constexpr int kSide = 512;
constexpr int kClasses = 21;

// Ground truth like a VOC mask: background, a handful of class blobs, a thin ignore rim
// around each; the prediction is the truth shifted a little with some blobs mislabelled.
void makePair(seg::core::Rng& rng, cv::Mat& truth, cv::Mat& prediction) {
    truth = cv::Mat::zeros(kSide, kSide, CV_8UC1);
    prediction = cv::Mat::zeros(kSide, kSide, CV_8UC1);
    const int blobs = rng.uniformInt(3, 8);
    for (int i = 0; i < blobs; ++i) {
        const int label = rng.uniformInt(1, kClasses - 1);
        const cv::Point c(rng.uniformInt(0, kSide - 1), rng.uniformInt(0, kSide - 1));
        const cv::Size axes(rng.uniformInt(20, 140), rng.uniformInt(20, 140));
        const double angle = rng.uniformReal(0, 180);
        cv::ellipse(truth, c, axes, angle, 0, 360, cv::Scalar(255), 5);
        cv::ellipse(truth, c, axes, angle, 0, 360, cv::Scalar(label), cv::FILLED);
        const int predicted = rng.uniformInt(0, 4) == 0 ? rng.uniformInt(0, kClasses - 1) : label;
        cv::ellipse(prediction, c + cv::Point(rng.uniformInt(-6, 6), rng.uniformInt(-6, 6)), axes,
                    angle, 0, 360, cv::Scalar(predicted), cv::FILLED);
    }
}

void append(std::ofstream& out, const cv::Mat& m) {
    out.write(reinterpret_cast<const char*>(m.data), static_cast<std::streamsize>(m.total()));
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s DIR [masks] [repeats]\n", argv[0]);
        return 2;
    }
    const std::string dir = argv[1];
    const int count = argc > 2 ? std::stoi(argv[2]) : 32;
    const int repeats = argc > 3 ? std::stoi(argv[3]) : 15;

    seg::core::Rng rng(2024);
    std::vector<cv::Mat> truths(count), predictions(count);
    std::ofstream gtOut(dir + "/gt.raw", std::ios::binary),
        predOut(dir + "/pred.raw", std::ios::binary);
    for (int i = 0; i < count; ++i) {
        makePair(rng, truths[i], predictions[i]);
        append(gtOut, truths[i]);
        append(predOut, predictions[i]);
    }
    if (!gtOut || !predOut) {
        std::fprintf(stderr, "cannot write the masks to %s\n", dir.c_str());
        return 1;
    }

    // Best of `repeats` passes over all masks: the least disturbed run.
    double best = 1e30;
    uint64_t checksum = 0;
    for (int r = 0; r < repeats; ++r) {
        seg::core::ConfusionMatrix matrix(kClasses);
        const auto start = std::chrono::steady_clock::now();
        for (int i = 0; i < count; ++i) matrix.add(predictions[i], truths[i]);
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        best = std::min(best, seconds);
        checksum = 0;
        for (int t = 0; t < kClasses; ++t)
            checksum += matrix.count(t, t) * static_cast<uint64_t>(t + 1);
    }
    const double pixels = double(count) * kSide * kSide;
    std::printf("{\"mpixels_per_s\": %.1f, \"pixels\": %.0f, \"checksum\": %llu}\n",
                pixels / best / 1e6, pixels, static_cast<unsigned long long>(checksum));
    return 0;
}
