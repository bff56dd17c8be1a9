#pragma once
// Live learning while painting: a small network trains without end on every labelled pixel
// of the images painted so far (partial masks; the ignore index is unlabelled), and predicts
// the image in view with its uncertainty. Strokes reach it as new labels of an image, taken
// in by the next training step. It never writes a mask: what it predicts only becomes
// labels when the user accepts it. "Keep as a run" saves it as an ordinary run.
//
// Torch-free header (the window includes it). setLabels and forget: any thread. Everything
// else: one thread at a time (the window's live thread), which owns the model.

#include <cmath>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

#include <opencv2/core/mat.hpp>

#include "core/data/class_map.h"
#include "core/infer/uncertainty.h"
#include "core/models/model_spec.h"
#include "core/train/train_config.h"

namespace seg::core {

struct Dataset;

struct LiveSettings {
    // Classes and channels are set to the project's. Instance normalisation: a batch of a
    // few crops of a few images has statistics that swing with what the crops show (a dark
    // background, a bright one), which BatchNorm would learn to lean on and no running
    // average reproduces in prediction. Each image normalised by its own statistics trains
    // and predicts alike, here and in a kept run. On the demo from scribbles (1 thread,
    // bench_live_learning), after 2 minutes: 0.27 mIoU with BatchNorm predicting by each
    // image's statistics, but its kept run 0.10 (running averages); instance norm 0.29 both.
    ModelSpec model = defaultModelSpec("unet").set("norm", std::string("instance"));
    int cropSize = 128;  // training crops, each holding a labelled pixel
    int batchSize = 4;
    double learningRate = 2e-3;
    // The dense-CRF loss that spreads scribbles (crf_loss.h); 0: off.
    double crfWeight = LossConfig::kSuggestedCrfWeight;
    int predictSide = 512;   // larger images are predicted scaled down to this, then back up
    int threads = 0;         // LibTorch threads; 0 = all cores, -1 = leave the process's setting
    uint64_t seed = 1;
};

struct LiveProgress {
    int64_t iterations = 0;
    double loss = std::nan("");  // the last iterations' mean (the segmentation loss)
    int images = 0;              // images with labelled pixels
    int64_t labelledPixels = 0;
    // Counts setLabels/forget calls taken in: a prediction made at a later count has seen
    // those labels.
    int64_t labelsVersion = 0;
};

class LiveLearner {
public:
    // `imagesPerSample`: 2 for change pairs (their images stacked, see image_pair.h).
    // Throws Error(InvalidArgument) for settings out of range.
    LiveLearner(const ClassMap& classes, int imagesPerSample, LiveSettings settings = {});
    ~LiveLearner();
    LiveLearner(const LiveLearner&) = delete;
    LiveLearner& operator=(const LiveLearner&) = delete;

    // The labels of image `id` as they are now: `image` CV_8UC3 (a pair CV_8UC(6)), `mask`
    // CV_8UC1 of its size, class indices or the ignore index. The mask is copied; the image
    // is shared, and must not be written to afterwards (decoded images never are). The next
    // training step uses them. Throws Error(InvalidArgument) for mismatched sizes or types.
    void setLabels(const std::string& id, const cv::Mat& image, const cv::Mat& mask);
    void forget(const std::string& id);

    // Trains `iterations` steps (none while no pixel is labelled) and returns the progress.
    LiveProgress train(int iterations);
    LiveProgress progress() const;
    // The current model's prediction of `image`: mask, confidence and entropy.
    ConfidenceMaps predict(const cv::Mat& image);
    std::vector<cv::Mat> predictProbabilities(const cv::Mat& image);
    // A fresh, untrained model (the labels stay).
    void reset();
    // What it trains, as a run's config says it (fixed at construction: any thread).
    const TrainConfig& config() const;

    // Saves the model as a finished run in `runDir` (made if missing): config.json,
    // metrics.csv with the live iterations' losses and one evaluation on the validation
    // images of `dataset`, log.txt, checkpoints/last.pt and best.pt. Returns that mIoU (NaN
    // without validation images). Throws Error naming what it could not write.
    double keepAsRun(const std::filesystem::path& runDir, const Dataset& dataset);

private:
    struct State;
    std::unique_ptr<State> m;
};

}  // namespace seg::core
