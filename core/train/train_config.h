#pragma once
// Everything that defines a training run, as plain values with defaults and a versioned
// JSON round trip (written to runs/<id>/config.json). Torch-free; any thread.

#include <array>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/data/dataset.h"
#include "core/models/model_spec.h"

namespace seg::core {

struct LossConfig {
    std::string type = "ce";           // ce, dice, ce_dice, focal, lovasz
    std::vector<double> classWeights;  // cross-entropy weights per class; empty = equal
    double labelSmoothing = 0.0;       // cross-entropy, 0 to 0.5
    double focalGamma = 2.0;
    double diceWeight = 1.0;  // ce_dice: ce + diceWeight * dice
    // The dense-CRF regularised loss for partially labelled masks (crf_loss.h), added with
    // this weight (0: off), and its kernel's widths. The suggested weight is what measured
    // best on the demo scribbled over 2% of its pixels, 30 epochs: 0.5 0.771 mIoU, 1 0.796,
    // 2 0.791 (tests/bench/run_scribble_effect.sh).
    static constexpr double kSuggestedCrfWeight = 1.0;
    double crfWeight = 0.0;
    double crfSpatial = 40.0;  // pixels of the training input
    double crfColour = 15.0;   // 8-bit intensity levels
};

struct OptimizerConfig {
    std::string type = "adamw";  // adam, adamw, sgd
    double learningRate = 2e-3;
    double weightDecay = 1e-4;
    double momentum = 0.9;  // sgd
};

struct ScheduleConfig {
    std::string type = "poly";     // poly, cosine, step, constant
    int warmupIterations = 0;      // linear warm-up from 0 to the learning rate
    double power = 0.9;            // poly
    int stepEpochs = 10;           // step: every stepEpochs epochs ...
    double stepGamma = 0.1;        // ... multiply by stepGamma
    double minLearningRate = 0.0;  // cosine and poly floor
};

struct AugmentConfig {
    bool horizontalFlip = true;
    bool verticalFlip = false;
    double scaleMin = 1.0, scaleMax = 1.0;                      // random scale before the crop
    double rotationDegrees = 0.0;                               // uniform in [-r, r]
    double brightness = 0.0, contrast = 0.0, saturation = 0.0;  // colour jitter strengths
};

// Adversarial training (Luc et al. 2016): a small discriminator learns to tell ground-truth
// label maps from the model's, and the model is also trained to fool it.
struct AdversarialConfig {
    bool enabled = false;
    double weight = 0.1;         // the adversarial term's weight next to the segmentation loss
    double learningRate = 1e-4;  // the discriminator's (Adam)
};

struct TrainConfig {
    static constexpr int kVersion = 1;

    ModelSpec model;
    LossConfig loss;
    OptimizerConfig optimizer;
    ScheduleConfig schedule;
    AugmentConfig augment;
    AdversarialConfig adversarial;
    int epochs = 30;
    int batchSize = 16;
    int cropSize = 0;  // square training crop; 0 = whole images (same size)
    std::array<double, 3> mean{0.485, 0.456, 0.406};  // per channel, RGB, on [0, 1] pixels
    std::array<double, 3> std{0.229, 0.224, 0.225};
    int threads = 0;  // LibTorch threads; 0 = all cores
    uint64_t seed = 1;
    std::string device = "auto";  // auto, cpu, cuda
    // ResNet weights to start the backbone from (a checkpoint or state dict); empty = from
    // scratch. Read once when a run starts, not when it resumes.
    std::string backboneWeights;
};

// Throws Error(InvalidArgument) naming the first bad option.
void validateTrainConfig(const TrainConfig& config);

// Gives the model the classes and input channels of `dataset`'s samples (3, or 6 for image
// pairs). Throws Error(InvalidArgument) when the architecture compares image pairs and the
// dataset has none.
void fitModelToDataset(ModelSpec& model, const Dataset& dataset);

// The names each name-valued option takes. validateTrainConfig() and the code that acts on
// an option check against the same list, so an unknown name is an error everywhere and
// never quietly becomes a default.
const std::vector<std::string>& lossTypes();
const std::vector<std::string>& optimizerTypes();
const std::vector<std::string>& scheduleTypes();
const std::vector<std::string>& deviceNames();

// Throws Error(InvalidArgument) "<what> '<value>' is not one of: <names>" unless `value` is
// one of `names`.
void requireKnownName(const std::string& what, const std::string& value,
                      const std::vector<std::string>& names);

nlohmann::json trainConfigToJson(const TrainConfig& config);
// Throws Error(InvalidContent) naming `source` for unknown keys, bad types or values, and
// Error(UnsupportedVersion) for configs from a newer SegStudio.
TrainConfig trainConfigFromJson(const nlohmann::json& json, const std::string& source);

}  // namespace seg::core
