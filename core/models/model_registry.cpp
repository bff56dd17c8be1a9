#include "core/models/model_registry.h"

#include <functional>
#include <map>

#include "core/common/error.h"
#include "core/models/deeplab.h"
#include "core/models/fcn.h"
#include "core/models/unet.h"

namespace seg::core {

namespace {

using Factory = std::function<SegmentationModel(const ModelSpec&)>;

const std::map<std::string, Factory>& factories() {
    static const std::map<std::string, Factory> table = [] {
        std::map<std::string, Factory> t;
        t["unet"] = [](const ModelSpec& s) { return std::make_shared<UNetImpl>(s); };
        t["deeplabv3plus"] = [](const ModelSpec& s) { return std::make_shared<DeepLabImpl>(s); };
        t["deeplabv3"] = [](const ModelSpec& s) { return std::make_shared<DeepLabImpl>(s); };
        for (const char* name : {"fcn8s", "fcn16s", "fcn32s"})
            t[name] = [](const ModelSpec& s) { return std::make_shared<FcnImpl>(s); };
        return t;
    }();
    return table;
}

}  // namespace

SegmentationModel createModel(const ModelSpec& spec) {
    validateModelSpec(spec);
    const auto found = factories().find(spec.architecture);
    if (found == factories().end())
        throw Error(ErrorCode::InvalidArgument, {},
                    "no factory for model '" + spec.architecture + "'");
    return found->second(spec);
}

}  // namespace seg::core
