#include "core/models/architecture_table.h"

#include <algorithm>

#include "core/common/error.h"
#include "core/common/translatable.h"
#include "core/models/model_factories.h"
#include "core/models/model_spec.h"

namespace seg::core {

namespace {

const char* backboneLabel(const std::string& name) {
    if (name == "resnet18") return "ResNet-18";
    if (name == "resnet34") return "ResNet-34";
    if (name == "resnet50") return "ResNet-50";
    if (name == "vgg11") return "VGG-11";
    return "VGG-16";
}

ModelOption backboneOption(const std::vector<std::string>& names, const std::string& byDefault) {
    const bool resnet = names.front().rfind("resnet", 0) == 0;
    const bool vgg = names.back().rfind("vgg", 0) == 0;
    ModelOption o{
        "backbone", SEG_TRANSLATE_NOOP("ModelTable", "Backbone"),
        resnet && vgg ? SEG_TRANSLATE_NOOP("ModelTable",
                                           "The encoder: a ResNet (He et al. 2016) or a VGG "
                                           "network (Simonyan and Zisserman 2015).")
        : resnet      ? SEG_TRANSLATE_NOOP("ModelTable", "The encoder: a ResNet (He et al. 2016).")
                      : SEG_TRANSLATE_NOOP("ModelTable",
                                           "The encoder: a VGG network (Simonyan and "
                                                "Zisserman 2015).")};
    o.kind = OptionKind::Choice;
    for (const std::string& name : names) o.choices.push_back({name, backboneLabel(name)});
    o.defaultChoice = byDefault;
    o.nameTag = "{}";
    return o;
}

const std::vector<std::string> kResNets{"resnet18", "resnet34", "resnet50"};
const std::vector<std::string> kVggs{"vgg11", "vgg16"};
const std::vector<std::string> kAllBackbones{"resnet18", "resnet34", "resnet50", "vgg11", "vgg16"};

ModelOption numberOption(std::string key, const char* label, const char* help, int byDefault,
                         int minimum, int maximum, int multipleOf = 1, std::string nameTag = {}) {
    ModelOption o{std::move(key), label, help};
    o.defaultInteger = byDefault;
    o.minimum = minimum;
    o.maximum = maximum;
    o.multipleOf = multipleOf;
    o.nameTag = std::move(nameTag);
    return o;
}

// `named`: the width goes into the run's name (for models whose default is not the papers'
// 64, which older run names left out).
ModelOption backboneWidthOption(int byDefault = 64, int maximum = 128, bool named = false) {
    return numberOption("width", SEG_TRANSLATE_NOOP("ModelTable", "Width"),
                        SEG_TRANSLATE_NOOP("ModelTable",
                                           "Channels of the backbone's first stage: 64 as in the "
                                           "papers; fewer train faster."),
                        byDefault, 8, maximum, 8, named ? "w{}" : "");
}

ModelOption outputStrideOption(int byDefault = 16) {
    ModelOption o{"output_stride", SEG_TRANSLATE_NOOP("ModelTable", "Output stride"),
                  SEG_TRANSLATE_NOOP("ModelTable",
                                     "How much smaller than the image the deepest features "
                                     "are: 8 keeps finer detail and costs about four times "
                                     "more.")};
    o.defaultInteger = byDefault;
    o.allowed = {16, 8};
    o.nameTag = "os{}";
    return o;
}

ModelOption atrousRateOption(const char* help) {
    ModelOption o = numberOption("atrous_rate", SEG_TRANSLATE_NOOP("ModelTable", "Atrous rate"),
                                 help, 0, 0, 36, 1, "r{}");
    o.zeroMeans = SEG_TRANSLATE_NOOP("ModelTable", "scaled to the training crop");
    return o;
}

ModelOption hrnetWidthOption() {
    return numberOption("width", SEG_TRANSLATE_NOOP("ModelTable", "Width"),
                        SEG_TRANSLATE_NOOP("ModelTable",
                                           "Channels of the highest-resolution branch (W); the "
                                           "others have 2W, 4W and 8W. 18 as in HRNet-W18."),
                        18, 4, 64, 1, "w{}");
}

std::vector<ModelOption> segformerOptions() {
    return {numberOption("width", SEG_TRANSLATE_NOOP("ModelTable", "Width"),
                         SEG_TRANSLATE_NOOP("ModelTable",
                                            "Channels of the first stage and of every attention "
                                            "head; the stages have 1, 2, 5 and 8 times as many. "
                                            "32 as in MiT-B0."),
                         32, 8, 64, 8, "w{}"),
            numberOption("depth", SEG_TRANSLATE_NOOP("ModelTable", "Depth"),
                         SEG_TRANSLATE_NOOP("ModelTable",
                                            "Transformer blocks in each of the four stages (2 in "
                                            "MiT-B0)."),
                         2, 1, 4)};
}

std::vector<ModelOption> changeNetOptions() {
    return {numberOption("width", SEG_TRANSLATE_NOOP("ModelTable", "Width"),
                         SEG_TRANSLATE_NOOP("ModelTable",
                                            "Channels of the first stage; each of the four "
                                            "stages doubles them. 16 as in the paper."),
                         16, 4, 64, 1, "w{}")};
}

std::vector<ModelOption> unetOptions() {
    ModelOption bilinear{"bilinear", SEG_TRANSLATE_NOOP("ModelTable", "Bilinear upsampling"),
                         SEG_TRANSLATE_NOOP("ModelTable",
                                            "Upsample bilinearly instead of with a learned 2x2 "
                                            "transposed convolution.")};
    bilinear.kind = OptionKind::Flag;
    ModelOption norm{"norm", SEG_TRANSLATE_NOOP("ModelTable", "Normalisation"),
                     SEG_TRANSLATE_NOOP("ModelTable",
                                        "Batch: BatchNorm, the usual choice. Instance: each "
                                        "image normalised by its own statistics, in training "
                                        "and prediction alike; learns faster from a few "
                                        "images (live learning uses it).")};
    norm.kind = OptionKind::Choice;
    norm.choices = {{"batch", SEG_TRANSLATE_NOOP("ModelTable", "Batch")},
                    {"instance", SEG_TRANSLATE_NOOP("ModelTable", "Instance")}};
    norm.defaultChoice = "batch";
    return {numberOption("width", SEG_TRANSLATE_NOOP("ModelTable", "Width"),
                         SEG_TRANSLATE_NOOP("ModelTable",
                                            "Channels of the first stage; each deeper stage "
                                            "doubles them."),
                         16, 4, 128, 1, "w{}"),
            numberOption("depth", SEG_TRANSLATE_NOOP("ModelTable", "Depth"),
                         SEG_TRANSLATE_NOOP("ModelTable",
                                            "Number of stages, each at half the resolution of "
                                            "the last."),
                         4, 3, 5),
            bilinear, norm};
}

std::vector<Architecture> makeTable() {
    const std::vector<ModelOption> deeplab{backboneOption(kAllBackbones, "resnet18"),
                                           backboneWidthOption(), outputStrideOption()};
    const std::vector<ModelOption> fcn{backboneOption(kAllBackbones, "resnet18"),
                                       backboneWidthOption()};
    Architecture deeplabV1{
        "deeplabv1",
        SEG_TRANSLATE_NOOP("ModelTable", "DeepLab v1 (LargeFOV)"),
        SEG_TRANSLATE_NOOP("ModelTable",
                           "Chen et al. 2015: a VGG network kept at output stride 8, and a "
                           "classifier whose atrous convolution sees a large field of view."),
        {backboneOption(kVggs, "vgg16"), backboneWidthOption(32, 64, true),
         atrousRateOption(SEG_TRANSLATE_NOOP(
             "ModelTable",
             "Dilation of the fc6 classifier layer: 12 in the paper, for 321-pixel "
             "crops."))},
        createDeepLabLargeFov,
        fitDeepLabLargeFovToInput};
    Architecture deeplabV2{
        "deeplabv2",
        SEG_TRANSLATE_NOOP("ModelTable", "DeepLab v2"),
        SEG_TRANSLATE_NOOP("ModelTable",
                           "Chen et al. 2017: four atrous classifiers at rates r, 2r, 3r and 4r "
                           "whose scores are summed (atrous spatial pyramid pooling)."),
        {backboneOption(kAllBackbones, "resnet18"), backboneWidthOption(), outputStrideOption(8),
         atrousRateOption(
             SEG_TRANSLATE_NOOP("ModelTable",
                                "The smallest of the four rates, r: 6 in the paper, for 321-pixel "
                                "crops."))},
        createDeepLabV2,
        fitDeepLabV2ToInput};
    return {
        {"unet", SEG_TRANSLATE_NOOP("ModelTable", "U-Net"),
         SEG_TRANSLATE_NOOP("ModelTable",
                            "Ronneberger et al. 2015: an encoder and a decoder joined by skip "
                            "connections at every scale."),
         unetOptions(), createUNet},
        {"fcn8s", SEG_TRANSLATE_NOOP("ModelTable", "FCN-8s"),
         SEG_TRANSLATE_NOOP("ModelTable",
                            "Long et al. 2015: class scores from strides 32, 16 and 8, summed."),
         fcn, createFcn},
        {"fcn16s", SEG_TRANSLATE_NOOP("ModelTable", "FCN-16s"),
         SEG_TRANSLATE_NOOP("ModelTable",
                            "Long et al. 2015: class scores from strides 32 and 16, summed."),
         fcn, createFcn},
        {"fcn32s", SEG_TRANSLATE_NOOP("ModelTable", "FCN-32s"),
         SEG_TRANSLATE_NOOP("ModelTable",
                            "Long et al. 2015: class scores from stride 32, upsampled."),
         fcn, createFcn},
        {"segnet",
         SEG_TRANSLATE_NOOP("ModelTable", "SegNet"),
         SEG_TRANSLATE_NOOP("ModelTable",
                            "Badrinarayanan et al. 2017: a VGG encoder whose max-pooling "
                            "positions tell the decoder where to unpool."),
         {backboneOption(kVggs, "vgg16"), backboneWidthOption(16, 64, true)},
         createSegNet},
        deeplabV1,
        deeplabV2,
        {"deeplabv3", SEG_TRANSLATE_NOOP("ModelTable", "DeepLabv3"),
         SEG_TRANSLATE_NOOP(
             "ModelTable",
             "Chen et al. 2017: atrous spatial pyramid pooling on a dilated backbone."),
         deeplab, createDeepLabV3},
        {"deeplabv3plus", SEG_TRANSLATE_NOOP("ModelTable", "DeepLabv3+"),
         SEG_TRANSLATE_NOOP(
             "ModelTable",
             "Chen et al. 2018: atrous spatial pyramid pooling on a dilated backbone, "
             "and a decoder that sharpens borders with stride-4 features."),
         deeplab, createDeepLabV3},
        {"pspnet",
         SEG_TRANSLATE_NOOP("ModelTable", "PSPNet"),
         SEG_TRANSLATE_NOOP("ModelTable",
                            "Zhao et al. 2017: pyramid pooling over 1, 2, 3 and 6 bins gives "
                            "every pixel the context of its region and of the whole image."),
         {backboneOption(kResNets, "resnet18"), backboneWidthOption(), outputStrideOption(8)},
         createPspNet},
        {"refinenet",
         SEG_TRANSLATE_NOOP("ModelTable", "RefineNet (light-weight)"),
         SEG_TRANSLATE_NOOP("ModelTable",
                            "Lin et al. 2017: the deepest features refined step by step with "
                            "finer ones: residual convolution units, multi-resolution fusion "
                            "and chained residual pooling."),
         {backboneOption(kResNets, "resnet18"), backboneWidthOption()},
         createRefineNet},
        {"hrnet",
         SEG_TRANSLATE_NOOP("ModelTable", "HRNet (W18-small style)"),
         SEG_TRANSLATE_NOOP("ModelTable",
                            "Wang et al. 2020: branches at four resolutions run side by side "
                            "and exchange features after every stage, so a high-resolution "
                            "branch is kept all the way."),
         {hrnetWidthOption()},
         createHrNet},
        {"segformer", SEG_TRANSLATE_NOOP("ModelTable", "SegFormer (MiT-B0 style)"),
         SEG_TRANSLATE_NOOP("ModelTable",
                            "Xie et al. 2021: a hierarchical transformer encoder with efficient "
                            "self-attention and overlapping patch embeddings, and a light "
                            "all-MLP decoder."),
         segformerOptions(), createSegFormer},
        {"fc_ef", SEG_TRANSLATE_NOOP("ModelTable", "FC-EF (change detection)"),
         SEG_TRANSLATE_NOOP("ModelTable",
                            "Daudt et al. 2018: a U-Net-like network on the before and after "
                            "images stacked as one 6-channel input (early fusion)."),
         changeNetOptions(), createFcEf, nullptr, 2},
        {"fc_siam_conc", SEG_TRANSLATE_NOOP("ModelTable", "FC-Siam-conc (change detection)"),
         SEG_TRANSLATE_NOOP("ModelTable",
                            "Daudt et al. 2018: one encoder with shared weights on each image; "
                            "the decoder sees both encodings side by side."),
         changeNetOptions(), createFcSiamConc, nullptr, 2},
        {"fc_siam_diff", SEG_TRANSLATE_NOOP("ModelTable", "FC-Siam-diff (change detection)"),
         SEG_TRANSLATE_NOOP("ModelTable",
                            "Daudt et al. 2018: one encoder with shared weights on each image; "
                            "the decoder sees the absolute difference of the encodings."),
         changeNetOptions(), createFcSiamDiff, nullptr, 2},
    };
}

}  // namespace

const ModelOption* Architecture::option(const std::string& key) const {
    const auto found = std::find_if(options.begin(), options.end(),
                                    [&](const ModelOption& o) { return o.key == key; });
    return found == options.end() ? nullptr : &*found;
}

const std::vector<Architecture>& architectureTable() {
    static const std::vector<Architecture> table = makeTable();
    return table;
}

const Architecture* findArchitecture(const std::string& name) {
    const auto& table = architectureTable();
    const auto found = std::find_if(table.begin(), table.end(),
                                    [&](const Architecture& a) { return a.name == name; });
    return found == table.end() ? nullptr : &*found;
}

const Architecture& architecture(const std::string& name) {
    if (const Architecture* found = findArchitecture(name)) return *found;
    throw Error(ErrorCode::InvalidArgument, {},
                "unknown model '" + name + "' (expected one of: " + architectureNames() + ")");
}

void fitModelToInput(ModelSpec& spec, int side) {
    const Architecture* a = findArchitecture(spec.architecture);
    if (a && a->fitToInput && side > 0) a->fitToInput(spec, side);
}

std::string architectureNames() {
    std::string names;
    for (const Architecture& a : architectureTable()) names += (names.empty() ? "" : ", ") + a.name;
    return names;
}

std::vector<std::string> modelOptionKeys() {
    std::vector<std::string> keys;
    for (const Architecture& a : architectureTable())
        for (const ModelOption& o : a.options)
            if (std::find(keys.begin(), keys.end(), o.key) == keys.end()) keys.push_back(o.key);
    return keys;
}

}  // namespace seg::core
