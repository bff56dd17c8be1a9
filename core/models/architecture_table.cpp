#include "core/models/architecture_table.h"

#include <algorithm>

#include "core/common/error.h"
#include "core/common/translatable.h"
#include "core/models/model_factories.h"

namespace seg::core {

namespace {

ModelOption backboneOption() {
    ModelOption o{"backbone", SEG_TRANSLATE_NOOP("ModelTable", "Backbone"),
                  SEG_TRANSLATE_NOOP("ModelTable", "The encoder: a ResNet (He et al. 2016) or a VGG network "
                             "(Simonyan and Zisserman 2015).")};
    o.kind = OptionKind::Choice;
    o.choices = {{"resnet18", "ResNet-18"}, {"resnet34", "ResNet-34"},
                 {"resnet50", "ResNet-50"}, {"vgg11", "VGG-11"},
                 {"vgg16", "VGG-16"}};
    o.defaultChoice = "resnet18";
    o.nameTag = "{}";
    return o;
}

ModelOption backboneWidthOption() {
    ModelOption o{"width", SEG_TRANSLATE_NOOP("ModelTable", "Width"),
                  SEG_TRANSLATE_NOOP("ModelTable", "Channels of the backbone's first stage: 64 as in the papers; "
                             "fewer train faster.")};
    o.defaultInteger = 64;
    o.minimum = 8;
    o.maximum = 128;
    o.multipleOf = 8;
    return o;
}

ModelOption outputStrideOption() {
    ModelOption o{"output_stride", SEG_TRANSLATE_NOOP("ModelTable", "Output stride"),
                  SEG_TRANSLATE_NOOP("ModelTable", "How much smaller than the image the deepest features are: 8 keeps "
                             "finer detail and costs about four times more.")};
    o.defaultInteger = 16;
    o.allowed = {16, 8};
    o.nameTag = "os{}";
    return o;
}

std::vector<ModelOption> unetOptions() {
    ModelOption width{"width", SEG_TRANSLATE_NOOP("ModelTable", "Width"),
                      SEG_TRANSLATE_NOOP("ModelTable", "Channels of the first stage; each deeper stage doubles them.")};
    width.defaultInteger = 16;
    width.minimum = 4;
    width.maximum = 128;
    width.nameTag = "w{}";
    ModelOption depth{"depth", SEG_TRANSLATE_NOOP("ModelTable", "Depth"),
                      SEG_TRANSLATE_NOOP("ModelTable", "Number of stages, each at half the resolution of the last.")};
    depth.defaultInteger = 4;
    depth.minimum = 3;
    depth.maximum = 5;
    ModelOption bilinear{"bilinear", SEG_TRANSLATE_NOOP("ModelTable", "Bilinear upsampling"),
                         SEG_TRANSLATE_NOOP("ModelTable", "Upsample bilinearly instead of with a learned 2x2 "
                                    "transposed convolution.")};
    bilinear.kind = OptionKind::Flag;
    return {width, depth, bilinear};
}

std::vector<Architecture> makeTable() {
    const std::vector<ModelOption> deeplab{backboneOption(), backboneWidthOption(),
                                           outputStrideOption()};
    const std::vector<ModelOption> fcn{backboneOption(), backboneWidthOption()};
    return {
        {"unet", SEG_TRANSLATE_NOOP("ModelTable", "U-Net"),
         SEG_TRANSLATE_NOOP("ModelTable", "Ronneberger et al. 2015: an encoder and a decoder joined by skip "
                    "connections at every scale."),
         unetOptions(), createUNet},
        {"deeplabv3plus", SEG_TRANSLATE_NOOP("ModelTable", "DeepLabv3+"),
         SEG_TRANSLATE_NOOP("ModelTable", "Chen et al. 2018: atrous spatial pyramid pooling on a dilated backbone, "
                    "and a decoder that sharpens borders with stride-4 features."),
         deeplab, createDeepLabV3},
        {"deeplabv3", SEG_TRANSLATE_NOOP("ModelTable", "DeepLabv3"),
         SEG_TRANSLATE_NOOP("ModelTable", "Chen et al. 2017: atrous spatial pyramid pooling on a dilated backbone."),
         deeplab, createDeepLabV3},
        {"fcn8s", SEG_TRANSLATE_NOOP("ModelTable", "FCN-8s"),
         SEG_TRANSLATE_NOOP("ModelTable", "Long et al. 2015: class scores from strides 32, 16 and 8, summed."), fcn,
         createFcn},
        {"fcn16s", SEG_TRANSLATE_NOOP("ModelTable", "FCN-16s"),
         SEG_TRANSLATE_NOOP("ModelTable", "Long et al. 2015: class scores from strides 32 and 16, summed."), fcn,
         createFcn},
        {"fcn32s", SEG_TRANSLATE_NOOP("ModelTable", "FCN-32s"),
         SEG_TRANSLATE_NOOP("ModelTable", "Long et al. 2015: class scores from stride 32, upsampled."), fcn,
         createFcn},
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
