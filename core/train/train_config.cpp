#include "core/train/train_config.h"

#include <algorithm>
#include <functional>
#include <map>

#include <nlohmann/json.hpp>

#include "core/common/error.h"
#include "core/common/json_value.h"
#include "core/models/architecture_table.h"

namespace seg::core {

namespace {

using nlohmann::json;

[[noreturn]] void bad(const std::string& detail) {
    throw Error(ErrorCode::InvalidArgument, {}, detail);
}

void requireRange(const std::string& what, double value, double lo, double hi) {
    if (!(value >= lo && value <= hi))
        bad(what + " must be from " + std::to_string(lo) + " to " + std::to_string(hi) + " (got " +
            std::to_string(value) + ")");
}

// Reads the keys of `object` into fields by name; any other key is an error.
using FieldReaders = std::map<std::string, std::function<void(const json&)>>;
void readFields(const json& object, const FieldReaders& readers, const std::string& section) {
    if (!object.is_object())
        throw Error(ErrorCode::InvalidContent, {}, section + ": expected an object");
    for (const auto& [key, value] : object.items()) {
        const auto reader = readers.find(key);
        if (reader == readers.end())
            throw Error(ErrorCode::InvalidContent, {}, section + ": unknown key '" + key + "'");
        reader->second(value);
    }
}

template <typename T>
std::function<void(const json&)> into(T& field) {
    return [&field](const json& v) { field = jsonValue<T>(v); };
}

}  // namespace

const std::vector<std::string>& lossTypes() {
    static const std::vector<std::string> names{"ce", "dice", "ce_dice", "focal", "lovasz"};
    return names;
}

const std::vector<std::string>& optimizerTypes() {
    static const std::vector<std::string> names{"adam", "adamw", "sgd"};
    return names;
}

const std::vector<std::string>& scheduleTypes() {
    static const std::vector<std::string> names{"poly", "cosine", "step", "constant"};
    return names;
}

const std::vector<std::string>& deviceNames() {
    static const std::vector<std::string> names{"auto", "cpu", "cuda"};
    return names;
}

void requireKnownName(const std::string& what, const std::string& value,
                      const std::vector<std::string>& names) {
    if (std::find(names.begin(), names.end(), value) != names.end()) return;
    std::string list;
    for (const auto& name : names) list += (list.empty() ? "" : ", ") + name;
    bad(what + " '" + value + "' is not one of: " + list);
}

void validateTrainConfig(const TrainConfig& c) {
    validateModelSpec(c.model);
    requireKnownName("loss", c.loss.type, lossTypes());
    if (!c.loss.classWeights.empty() &&
        c.loss.classWeights.size() != static_cast<size_t>(c.model.numClasses))
        bad("class weights: " + std::to_string(c.loss.classWeights.size()) + " given for " +
            std::to_string(c.model.numClasses) + " classes");
    for (double w : c.loss.classWeights) requireRange("class weight", w, 0, 1e6);
    requireRange("label smoothing", c.loss.labelSmoothing, 0, 0.5);
    requireRange("focal gamma", c.loss.focalGamma, 0, 10);
    requireRange("dice weight", c.loss.diceWeight, 0, 100);
    requireRange("CRF loss weight", c.loss.crfWeight, 0, 100);
    requireRange("CRF loss spatial width", c.loss.crfSpatial, 1, 10000);
    requireRange("CRF loss colour width", c.loss.crfColour, 1, 255);
    requireKnownName("optimizer", c.optimizer.type, optimizerTypes());
    requireRange("learning rate", c.optimizer.learningRate, 1e-8, 10);
    requireRange("weight decay", c.optimizer.weightDecay, 0, 1);
    requireRange("momentum", c.optimizer.momentum, 0, 0.999);
    requireKnownName("schedule", c.schedule.type, scheduleTypes());
    requireRange("warm-up iterations", c.schedule.warmupIterations, 0, 1e7);
    requireRange("poly power", c.schedule.power, 0.1, 10);
    requireRange("step epochs", c.schedule.stepEpochs, 1, 1e6);
    requireRange("step gamma", c.schedule.stepGamma, 0, 1);
    requireRange("minimum learning rate", c.schedule.minLearningRate, 0, c.optimizer.learningRate);
    requireRange("scale minimum", c.augment.scaleMin, 0.1, 4);
    requireRange("scale maximum", c.augment.scaleMax, c.augment.scaleMin, 4);
    requireRange("rotation", c.augment.rotationDegrees, 0, 180);
    requireRange("brightness", c.augment.brightness, 0, 1);
    requireRange("contrast", c.augment.contrast, 0, 1);
    requireRange("saturation", c.augment.saturation, 0, 1);
    requireRange("adversarial weight", c.adversarial.weight, 0, 10);
    requireRange("discriminator learning rate", c.adversarial.learningRate, 1e-8, 1);
    requireRange("epochs", c.epochs, 1, 100000);
    requireRange("batch size", c.batchSize, 1, 4096);
    requireRange("crop size", c.cropSize, 0, 8192);
    for (double s : c.std) requireRange("normalisation std", s, 1e-6, 1e6);
    requireRange("threads", c.threads, 0, 1024);
    requireKnownName("device", c.device, deviceNames());
    if (!c.backboneWeights.empty() && !c.model.has("backbone"))
        bad("backbone weights: a " + c.model.architecture + " has no backbone");
}

void fitModelToDataset(ModelSpec& model, const Dataset& dataset) {
    const int images = imagesPerSample(dataset);
    if (architecture(model.architecture).inputImages == 2 && images != 2)
        bad("a " + model.architecture +
            " compares image pairs: train it on a change-detection dataset (before, after and "
            "label folders, as LEVIR-CD's A/, B/ and label/)");
    model.numClasses = dataset.classes.size();
    model.inChannels = 3 * images;
}

nlohmann::json trainConfigToJson(const TrainConfig& c) {
    return {
        {"version", TrainConfig::kVersion},
        {"model", modelSpecToJson(c.model)},
        {"loss",
         {{"type", c.loss.type},
          {"class_weights", c.loss.classWeights},
          {"label_smoothing", c.loss.labelSmoothing},
          {"focal_gamma", c.loss.focalGamma},
          {"dice_weight", c.loss.diceWeight},
          {"crf_weight", c.loss.crfWeight},
          {"crf_spatial", c.loss.crfSpatial},
          {"crf_colour", c.loss.crfColour}}},
        {"optimizer",
         {{"type", c.optimizer.type},
          {"learning_rate", c.optimizer.learningRate},
          {"weight_decay", c.optimizer.weightDecay},
          {"momentum", c.optimizer.momentum}}},
        {"schedule",
         {{"type", c.schedule.type},
          {"warmup_iterations", c.schedule.warmupIterations},
          {"power", c.schedule.power},
          {"step_epochs", c.schedule.stepEpochs},
          {"step_gamma", c.schedule.stepGamma},
          {"min_learning_rate", c.schedule.minLearningRate}}},
        {"augment",
         {{"horizontal_flip", c.augment.horizontalFlip},
          {"vertical_flip", c.augment.verticalFlip},
          {"scale_min", c.augment.scaleMin},
          {"scale_max", c.augment.scaleMax},
          {"rotation_degrees", c.augment.rotationDegrees},
          {"brightness", c.augment.brightness},
          {"contrast", c.augment.contrast},
          {"saturation", c.augment.saturation}}},
        {"adversarial",
         {{"enabled", c.adversarial.enabled},
          {"weight", c.adversarial.weight},
          {"learning_rate", c.adversarial.learningRate}}},
        {"epochs", c.epochs},
        {"batch_size", c.batchSize},
        {"crop_size", c.cropSize},
        {"mean", c.mean},
        {"std", c.std},
        {"threads", c.threads},
        {"seed", c.seed},
        {"device", c.device},
        {"backbone_weights", c.backboneWeights},
    };
}

TrainConfig trainConfigFromJson(const nlohmann::json& j, const std::string& source) {
    TrainConfig c;
    try {
        if (j.is_object() && jsonValue(j, "version", 1) > TrainConfig::kVersion)
            throw Error(ErrorCode::UnsupportedVersion, source,
                        "training config version " + std::to_string(jsonValue(j, "version", 1)) +
                            " is from a newer SegStudio");
        int version = 1;
        readFields(j,
                   {{"version", into(version)},
                    {"model", [&](const json& v) { c.model = modelSpecFromJson(v, source); }},
                    {"loss",
                     [&](const json& v) {
                         readFields(v,
                                    {{"type", into(c.loss.type)},
                                     {"class_weights", into(c.loss.classWeights)},
                                     {"label_smoothing", into(c.loss.labelSmoothing)},
                                     {"focal_gamma", into(c.loss.focalGamma)},
                                     {"dice_weight", into(c.loss.diceWeight)},
                                     // Absent before the CRF loss existed.
                                     {"crf_weight", into(c.loss.crfWeight)},
                                     {"crf_spatial", into(c.loss.crfSpatial)},
                                     {"crf_colour", into(c.loss.crfColour)}},
                                    "loss");
                     }},
                    {"optimizer",
                     [&](const json& v) {
                         readFields(v,
                                    {{"type", into(c.optimizer.type)},
                                     {"learning_rate", into(c.optimizer.learningRate)},
                                     {"weight_decay", into(c.optimizer.weightDecay)},
                                     {"momentum", into(c.optimizer.momentum)}},
                                    "optimizer");
                     }},
                    {"schedule",
                     [&](const json& v) {
                         readFields(v,
                                    {{"type", into(c.schedule.type)},
                                     {"warmup_iterations", into(c.schedule.warmupIterations)},
                                     {"power", into(c.schedule.power)},
                                     {"step_epochs", into(c.schedule.stepEpochs)},
                                     {"step_gamma", into(c.schedule.stepGamma)},
                                     {"min_learning_rate", into(c.schedule.minLearningRate)}},
                                    "schedule");
                     }},
                    {"augment",
                     [&](const json& v) {
                         readFields(v,
                                    {{"horizontal_flip", into(c.augment.horizontalFlip)},
                                     {"vertical_flip", into(c.augment.verticalFlip)},
                                     {"scale_min", into(c.augment.scaleMin)},
                                     {"scale_max", into(c.augment.scaleMax)},
                                     {"rotation_degrees", into(c.augment.rotationDegrees)},
                                     {"brightness", into(c.augment.brightness)},
                                     {"contrast", into(c.augment.contrast)},
                                     {"saturation", into(c.augment.saturation)}},
                                    "augment");
                     }},
                    // Absent from configs written before adversarial training existed.
                    {"adversarial",
                     [&](const json& v) {
                         readFields(v,
                                    {{"enabled", into(c.adversarial.enabled)},
                                     {"weight", into(c.adversarial.weight)},
                                     {"learning_rate", into(c.adversarial.learningRate)}},
                                    "adversarial");
                     }},
                    {"epochs", into(c.epochs)},
                    {"batch_size", into(c.batchSize)},
                    {"crop_size", into(c.cropSize)},
                    {"mean", into(c.mean)},
                    {"std", into(c.std)},
                    {"threads", into(c.threads)},
                    {"seed", into(c.seed)},
                    {"device", into(c.device)},
                    {"backbone_weights", into(c.backboneWeights)}},
                   "config");
        validateTrainConfig(c);
    } catch (const nlohmann::json::exception& e) {
        throw Error(ErrorCode::InvalidContent, source, std::string("wrong type: ") + e.what());
    } catch (const Error& e) {
        if (!e.file().empty()) throw;
        throw Error(e.code() == ErrorCode::InvalidArgument ? ErrorCode::InvalidContent : e.code(),
                    source, e.detail());
    }
    return c;
}

}  // namespace seg::core
