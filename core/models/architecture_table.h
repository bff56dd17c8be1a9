#pragma once
// The one list of model architectures: each entry's name, label, options (with defaults and
// ranges) and factory. The registry, spec validation and JSON, the CLI's flags and help, the
// window's model picker and the conformance tests all read it; adding a model means adding
// an entry here and its files. Torch-free, immutable, any thread.

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace seg::core {

struct ModelSpec;
class SegmentationModelImpl;
using SegmentationModel = std::shared_ptr<SegmentationModelImpl>;

// Context under which the table's labels and help texts are translated.
inline constexpr const char* kModelTextContext = "ModelTable";

enum class OptionKind {
    Integer,  // a number in [minimum, maximum], a multiple of `multipleOf`, or one of `allowed`
    Flag,     // on or off
    Choice,   // one of `choices`
};

struct OptionChoice {
    std::string value;  // as stored in JSON and typed on the command line: "resnet18"
    const char* label;  // as shown: "ResNet-18"
};

struct ModelOption {
    // The rest is set field by field: the table reads better than positional values.
    ModelOption(std::string key, const char* label, const char* help)
        : key(std::move(key)), label(label), help(help) {}

    std::string key;    // JSON key ("output_stride"); the CLI flag swaps '_' for '-'
    const char* label;  // "Output stride" (translatable)
    const char* help;   // one sentence for tooltips and --help (translatable)
    OptionKind kind = OptionKind::Integer;
    int defaultInteger = 0;
    int minimum = 0;
    int maximum = 0;
    int multipleOf = 1;
    std::vector<int> allowed;  // when not empty, the only integers accepted
    bool defaultFlag = false;
    std::vector<OptionChoice> choices;
    std::string defaultChoice;
    // How the value appears in describeModel's short name, "{}" standing for the value
    // ("w{}" -> "w16"); empty: not part of the name.
    std::string nameTag;
    // For an integer whose 0 is not a number but a rule ("scaled to the training input"):
    // what 0 means (translatable); null otherwise.
    const char* zeroMeans = nullptr;
};

using ModelFactory = SegmentationModel (*)(const ModelSpec& spec);
// Replaces options left to a rule (see ModelOption::zeroMeans) with values for training
// inputs of `side` pixels.
using InputFitter = void (*)(ModelSpec& spec, int side);

struct Architecture {
    std::string name;         // "deeplabv3plus": JSON, CLI, run folders
    const char* label;        // "DeepLabv3+" (translatable)
    const char* description;  // one line: the paper and the idea (translatable)
    std::vector<ModelOption> options;
    ModelFactory factory;
    InputFitter fitToInput = nullptr;  // null: nothing depends on the input size
    // 2: the model compares an image pair (change detection), stacked as 6 input channels;
    // it trains only on a dataset of pairs.
    int inputImages = 1;

    const ModelOption* option(const std::string& key) const;
};

// Every architecture, in display order.
const std::vector<Architecture>& architectureTable();

// nullptr for an unknown name.
const Architecture* findArchitecture(const std::string& name);

// Throws Error(InvalidArgument) for an unknown name, listing the known ones.
const Architecture& architecture(const std::string& name);

// Settles the options of `spec` that follow the training input's size (DeepLab v1 and v2's
// atrous rates), for inputs of `side` pixels; other specs are left as they are. A new
// training run calls it once, and stores the result.
void fitModelToInput(ModelSpec& spec, int side);

// "unet, deeplabv3plus, ..." in table order.
std::string architectureNames();

// Every distinct option key of the table, in order of first appearance: one CLI flag or one
// form row each.
std::vector<std::string> modelOptionKeys();

}  // namespace seg::core
