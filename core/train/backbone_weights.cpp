#include "core/train/backbone_weights.h"

#include <fstream>
#include <iterator>
#include <map>

#include "core/common/error.h"
#include "core/common/paths.h"
#include "core/runtime/torch_errors.h"
#include "core/train/checkpoint_digest.h"
#include "core/train/checkpoint_io.h"

namespace seg::core {

namespace fs = std::filesystem;

namespace {

constexpr const char* kPrefix = "backbone.";

using TensorMap = std::map<std::string, torch::Tensor>;

bool startsWith(const std::string& s, const std::string& prefix) {
    return s.compare(0, prefix.size(), prefix) == 0;
}

// A SegStudio checkpoint's backbone tensors, or nullopt when the file is not one.
std::optional<TensorMap> checkpointBackbone(const fs::path& file) {
    // A sealed file is a checkpoint: its errors (a damaged copy) are the ones to report, not
    // "not a state dict" from the fallback below.
    bool sealed = false;
    try {
        sealed = storedCheckpointDigest(file).has_value();
    } catch (const Error&) {
        // No zip archive: perhaps a state dict in the old pickle format.
    }
    if (!sealed) {
        try {
            readCheckpointInfo(file);
        } catch (const Error&) {
            return std::nullopt;
        }
    }
    const LoadedCheckpoint loaded = loadCheckpoint(file);
    TensorMap tensors;
    for (const auto& t : loaded.model->named_parameters())
        if (startsWith(t.key(), kPrefix)) tensors[t.key().substr(9)] = t.value();
    for (const auto& t : loaded.model->named_buffers())
        if (startsWith(t.key(), kPrefix)) tensors[t.key().substr(9)] = t.value();
    if (tensors.empty())
        throw Error(ErrorCode::InvalidContent, file,
                    "the checkpoint holds a " + loaded.info.model.architecture +
                        ", which has no backbone to take weights from");
    return tensors;
}

// A plain dict of name -> tensor written by torch.save; names mapped to the backbone's.
TensorMap stateDictBackbone(const fs::path& file, bool bottleneck, std::string& source) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw Error(ErrorCode::FileUnreadable, file, "cannot be opened");
    const std::vector<char> bytes((std::istreambuf_iterator<char>(in)), {});
    c10::IValue value;
    try {
        value = torch::pickle_load(bytes);
    } catch (...) {
        // LibTorch's reader cannot rebuild an OrderedDict (every model.state_dict()) or read
        // the pre-1.6 format, and throws c10::Error, torch::jit::ErrorReport (not a
        // c10::Error) or std::bad_alloc on damaged files; its own message says nothing useful
        // to a user, and nothing may escape to end the process.
        value = c10::IValue();
    }
    if (!value.isGenericDict())
        throw Error(ErrorCode::InvalidContent, file,
                    "neither a SegStudio checkpoint nor a state dict saved as a plain dict; "
                    "re-save it with packaging/tools/export_state_dict.py");
    TensorMap tensors;
    bool torchvision = false;
    for (const auto& entry : value.toGenericDict()) {
        if (!entry.key().isString() || !entry.value().isTensor()) continue;
        std::string name = entry.key().toStringRef();
        if (startsWith(name, kPrefix)) {
            name = name.substr(9);
        } else if (!startsWith(name, "stem.") && !startsWith(name, "stage")) {
            name = backboneNameFromTorchvision(name, bottleneck);
            torchvision = torchvision || !name.empty();
        }
        if (!name.empty()) tensors[name] = entry.value().toTensor();
    }
    source = torchvision ? "torchvision state dict" : "state dict";
    return tensors;
}

}  // namespace

std::string backboneNameFromTorchvision(const std::string& name, bool bottleneck) {
    std::vector<std::string> parts;
    for (size_t begin = 0;;) {
        const size_t dot = name.find('.', begin);
        parts.push_back(name.substr(begin, dot - begin));
        if (dot == std::string::npos) break;
        begin = dot + 1;
    }
    auto rest = [&](size_t from) {
        std::string joined;
        for (size_t i = from; i < parts.size(); ++i) joined += (i > from ? "." : "") + parts[i];
        return joined;
    };
    auto digits = [](const std::string& s) {
        return !s.empty() && s.find_first_not_of("0123456789") == std::string::npos;
    };
    if (parts.back() == "num_batches_tracked" || parts.size() < 2) return {};
    // conv1.weight, bn1.running_mean: the stem.
    if (parts[0] == "conv1" || parts[0] == "bn1")
        return "stem.0." + parts[0].substr(0, parts[0].size() - 1) + "." + rest(1);
    // layerS.B.(convK|bnK|downsample.I).tensor
    const bool layer = parts[0].size() == 6 && parts[0].compare(0, 5, "layer") == 0 &&
                       parts[0][5] >= '1' && parts[0][5] <= '4';
    if (!layer || parts.size() < 4 || !digits(parts[1])) return {};
    const std::string block = "stage" + parts[0].substr(5) + "." + parts[1] + ".";
    if (parts[2] == "downsample" && parts.size() >= 5 && (parts[3] == "0" || parts[3] == "1"))
        return block + "shortcut." + (parts[3] == "0" ? "conv." : "bn.") + rest(4);
    const std::string& layerName = parts[2];
    const bool conv = layerName.compare(0, 4, "conv") == 0, bn = layerName.compare(0, 2, "bn") == 0;
    const char k = layerName.back();
    if (!(conv || bn) || layerName.size() != (conv ? 5u : 3u) || k < '1' || k > '3') return {};
    static const char* basic[] = {"first", "second", nullptr};
    static const char* neck[] = {"reduce", "spatial", "expand"};
    const char* part = (bottleneck ? neck : basic)[k - '1'];
    if (!part) return {};
    return block + part + (conv ? ".conv." : ".bn.") + rest(3);
}

BackboneWeightsReport loadBackboneWeights(SegmentationModelImpl& model, const fs::path& file) {
    std::vector<std::pair<std::string, torch::Tensor>> targets;
    for (const auto& t : model.named_parameters())
        if (startsWith(t.key(), kPrefix)) targets.emplace_back(t.key().substr(9), t.value());
    for (const auto& t : model.named_buffers())
        if (startsWith(t.key(), kPrefix) &&
            t.key().find("num_batches_tracked") == std::string::npos)
            targets.emplace_back(t.key().substr(9), t.value());
    if (targets.empty())
        throw Error(ErrorCode::InvalidArgument, {},
                    "a " + model.spec().architecture + " has no backbone to load weights into");
    requireNonEmptyFile(file);

    const std::string backbone = model.spec().choice("backbone");
    BackboneWeightsReport report;
    TensorMap source;
    if (auto fromCheckpoint = checkpointBackbone(file)) {
        source = std::move(*fromCheckpoint);
        report.source = "segstudio checkpoint";
    } else {
        source = stateDictBackbone(file, backbone == "resnet50", report.source);
    }

    // Check everything before copying anything, so a bad file leaves the model as it was.
    int missing = 0;
    std::string firstMissing;
    for (const auto& [name, tensor] : targets) {
        const auto it = source.find(name);
        if (it == source.end()) {
            if (missing++ == 0) firstMissing = name;
            continue;
        }
        if (!it->second.sizes().equals(tensor.sizes()))
            throw Error(ErrorCode::InvalidContent, file,
                        "tensor " + name + " is " + shapeText(it->second) + " but this " +
                            backbone + " (width " + std::to_string(model.spec().integer("width")) +
                            ", " + std::to_string(model.spec().inChannels) +
                            " input channels) needs " + shapeText(tensor));
    }
    if (missing == static_cast<int>(targets.size()))
        throw Error(ErrorCode::InvalidContent, file,
                    "holds no weights for a " + backbone +
                        " backbone (PyTorch state dicts are read with torchvision's ResNet "
                        "names)");
    if (missing > 0)
        throw Error(ErrorCode::InvalidContent, file,
                    std::to_string(missing) + " of the " + std::to_string(targets.size()) +
                        " backbone tensors are missing, " + firstMissing +
                        " first: is it another backbone than " + backbone + "?");
    torch::NoGradGuard noGrad;
    for (auto& [name, tensor] : targets) tensor.copy_(source.at(name));
    report.tensorsLoaded = static_cast<int>(targets.size());
    return report;
}

}  // namespace seg::core
