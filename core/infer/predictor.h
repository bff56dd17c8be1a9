#pragma once
// Runs a trained model on images: argmax masks and per-class probabilities, tiled with
// overlap blending for large images. Built from a checkpoint alone. Torch-free header;
// use from one worker thread at a time.

#include <filesystem>
#include <memory>
#include <vector>

#include <opencv2/core/mat.hpp>

#include "core/train/checkpoint.h"

namespace seg::core {

struct PredictOptions {
    int tileSize = 512;  // images larger than this on either side are predicted in tiles
    int overlap = 64;    // pixels shared by neighbouring tiles, blended
    int threads = 0;     // LibTorch threads; 0 = all cores, -1 = leave the process's setting
};

class Predictor {
public:
    // Throws Error naming the file (see loadCheckpoint).
    static std::unique_ptr<Predictor> fromCheckpoint(const std::filesystem::path& checkpoint,
                                                     const PredictOptions& options = {});
    virtual ~Predictor() = default;

    virtual const CheckpointInfo& info() const = 0;
    // image: CV_8UC3 BGR, any size -> CV_8UC1 class indices of the same size.
    virtual cv::Mat predictMask(const cv::Mat& image) = 0;
    // Per-class probabilities, one CV_32FC1 per class, each the image's size.
    virtual std::vector<cv::Mat> predictProbabilities(const cv::Mat& image) = 0;
};

}  // namespace seg::core
