#pragma once
// Runs a trained model on images: argmax masks and per-class probabilities, tiled with
// overlap blending for large images. Opens SegStudio checkpoints and TorchScript modules
// (saved from PyTorch or exported by SegStudio) alike. Torch-free header; use from one
// worker thread at a time.

#include <array>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <opencv2/core/mat.hpp>

#include "core/data/class_map.h"
#include "core/infer/dense_crf.h"
#include "core/infer/torchscript_settings.h"

namespace seg::core {

struct PredictOptions {
    int tileSize = 512;  // images larger than this on either side are predicted in tiles
    int overlap = 64;    // pixels shared by neighbouring tiles, blended
    int threads = 0;     // LibTorch threads; 0 = all cores, -1 = leave the process's setting
    // Dense CRF post-processing of the probabilities (and so of the masks); none if unset.
    std::optional<DenseCrfSettings> crf;
};

// What a loaded model is, whichever kind of file it came from.
struct PredictorInfo {
    std::filesystem::path file;
    bool torchScript = false;  // a TorchScript module rather than a SegStudio checkpoint
    std::string model;         // "unet-w16", "deeplabv3plus-resnet18-os16"; "TorchScript"
    ClassMap classes;
    std::array<double, 3> mean{0.485, 0.456, 0.406};
    std::array<double, 3> std{0.229, 0.224, 0.225};
    // 2: the model compares image pairs (change detection) and takes them stacked as one
    // CV_8UC(6) image, before then after (see image_pair.h).
    int inputImages = 1;
};

class Predictor {
public:
    // A SegStudio checkpoint or a TorchScript module, told apart by content. A TorchScript
    // module takes `settings` when given, else the settings stored next to it, else those
    // embedded by SegStudio's export; without any it throws Error(InvalidArgument) asking for
    // the class names. Throws Error naming the file when it is no model, is damaged, or its
    // output does not fit (checked on a small probe image when it opens).
    static std::unique_ptr<Predictor> open(const std::filesystem::path& model,
                                           const PredictOptions& options = {},
                                           const std::optional<TorchScriptSettings>& settings = {});
    // A SegStudio checkpoint only. Throws Error naming the file (see loadCheckpoint).
    static std::unique_ptr<Predictor> fromCheckpoint(const std::filesystem::path& checkpoint,
                                                     const PredictOptions& options = {});
    virtual ~Predictor() = default;

    virtual const PredictorInfo& info() const = 0;
    // image: CV_8UC3 BGR (a pair: CV_8UC(6)), any size -> CV_8UC1 class indices of the same
    // size. Throws Error(InvalidArgument) for an image the model does not take.
    virtual cv::Mat predictMask(const cv::Mat& image) = 0;
    // Per-class probabilities, one CV_32FC1 per class, each the image's size.
    virtual std::vector<cv::Mat> predictProbabilities(const cv::Mat& image) = 0;
};

}  // namespace seg::core
