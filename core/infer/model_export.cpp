#include "core/infer/model_export.h"

#include <algorithm>

#include <set>
#include <sstream>

#include <torch/csrc/jit/frontend/tracer.h>
#include <torch/script.h>
#include <nlohmann/json.hpp>

#include "core/common/atomic_file.h"
#include "core/common/error.h"
#include "core/infer/torchscript_settings.h"
#include "core/models/blocks.h"
#include "core/models/model_spec.h"
#include "core/runtime/torch_errors.h"
#include "core/train/checkpoint_io.h"

namespace seg::core {

namespace fs = std::filesystem;

namespace {

// Largest difference between the exported module's logits and the model's own allowed by
// the check after export: float rounding of the same operations in another order.
constexpr double kExportTolerance = 1e-4;

// "backbone.stem.conv.weight" -> "backbone_stem_conv_weight": TorchScript attribute names
// are identifiers.
std::string attributeName(const std::string& parameterName) {
    std::string name = parameterName;
    for (char& c : name)
        if (c == '.') c = '_';
    return name;
}

// A module holding the model's tensors (the same tensors, not copies) as attributes: the
// tracer records each use of one of them as a read of its attribute.
torch::jit::Module tensorHolder(SegmentationModelImpl& model) {
    torch::jit::Module holder(c10::QualifiedName("__torch__.SegStudioNetwork"));
    std::set<std::string> names;
    const auto add = [&](const std::string& key, const torch::Tensor& t, bool buffer) {
        const std::string name = attributeName(key);
        if (!names.insert(name).second)
            throw Error(ErrorCode::InvalidContent, {},
                        "two of the model's tensors map to the attribute " + name);
        if (buffer)
            holder.register_buffer(name, t);
        else
            holder.register_parameter(name, t, false);
    };
    for (const auto& p : model.named_parameters()) add(p.key(), p.value(), false);
    for (const auto& b : model.named_buffers()) add(b.key(), b.value(), true);
    return holder;
}

// Traces forwardAligned on an example whose sides are multiples of the model's
// downsampling: its operations are the same for every such size, and sizes the model
// computes from its input are recorded symbolically (see resizeLike).
void traceAligned(SegmentationModelImpl& model, torch::jit::Module& holder) {
    const int64_t side = 2 * model.sizeMultiple();
    const auto example = torch::rand({1, model.spec().inChannels, side, side});
    auto traced = torch::jit::tracer::trace(
        {example},
        [&](torch::jit::Stack inputs) -> torch::jit::Stack {
            return {model.forwardAligned(inputs.at(0).toTensor())};
        },
        [](const torch::autograd::Variable&) { return std::string(); },
        /*strict=*/false, /*force_outplace=*/false, &holder);
    auto graph = traced.first->graph;
    auto* unit = holder._ivalue()->compilation_unit().get();
    auto* method =
        unit->create_function(c10::QualifiedName(*holder.type()->name(), "forward"), graph);
    holder.type()->addMethod(method);
}

// The padding and cropping around the traced part depend on the input's size, so they are
// TorchScript code (the same steps as SegmentationModelImpl::forward).
std::string wrapperSource(const ModelSpec& spec, int sizeMultiple) {
    const std::string m = std::to_string(sizeMultiple);
    const std::string c = std::to_string(spec.inChannels);
    return "def forward(self, x):\n"
           "    assert x.dim() == 4 and x.size(1) == " +
           c + ", \"expected a float tensor [N, " + c +
           ", H, W]\"\n"
           "    h = x.size(2)\n"
           "    w = x.size(3)\n"
           "    ph = (" +
           m + " - h % " + m + ") % " + m +
           "\n"
           "    pw = (" +
           m + " - w % " + m + ") % " + m +
           "\n"
           "    if ph > 0 or pw > 0:\n"
           "        x = torch.replication_pad2d(x, [0, pw, 0, ph])\n"
           "    return self.network.forward(x)[:, :, :h, :w]\n";
}

torch::jit::Module exportedModule(SegmentationModelImpl& model, const CheckpointInfo& info) {
    auto holder = tensorHolder(model);
    traceAligned(model, holder);
    torch::jit::Module top(c10::QualifiedName("__torch__.SegStudioModel"),
                           holder._ivalue()->compilation_unit());
    top.register_module("network", holder);
    c10::List<std::string> classNames;
    for (const auto& name : info.classes.names()) classNames.push_back(name);
    top.register_attribute("class_names", c10::ListType::ofStrings(), classNames);
    top.register_attribute(
        "mean", c10::ListType::ofFloats(),
        c10::List<double>(std::vector<double>(info.mean.begin(), info.mean.end())));
    top.register_attribute(
        "std", c10::ListType::ofFloats(),
        c10::List<double>(std::vector<double>(info.std.begin(), info.std.end())));
    top.define(wrapperSource(info.model, model.sizeMultiple()));
    top.eval();
    return top;
}

std::string settingsJson(const CheckpointInfo& info) {
    TorchScriptSettings settings;
    settings.classes = info.classes;
    settings.mean = info.mean;
    settings.std = info.std;
    settings.inputImages = std::max(1, info.model.inChannels / 3);
    auto json = torchScriptSettingsToJson(settings);
    json["model"] = describeModel(info.model);
    return json.dump(2);
}

// Loads the written bytes back and compares logits with the model's on a probe whose sides
// are not multiples of the downsampling, so padding and cropping are exercised too.
void checkExport(const std::string& bytes, SegmentationModelImpl& model, const fs::path& out) {
    std::istringstream in(bytes);
    auto loaded = torch::jit::load(in, torch::kCPU);
    const int64_t m = model.sizeMultiple();
    const auto probe = torch::randn({1, model.spec().inChannels, 2 * m + 3, 3 * m + 5});
    const auto expected = model.forward(probe);
    const auto got = loaded.forward({probe}).toTensor();
    const double difference = got.sizes() == expected.sizes()
                                  ? (got - expected).abs().max().item<double>()
                                  : std::numeric_limits<double>::infinity();
    if (!(difference <= kExportTolerance))
        throw Error(ErrorCode::InvalidContent, out,
                    "the exported module does not reproduce the model's logits (largest "
                    "difference " +
                        std::to_string(difference) + ")");
}

}  // namespace

void exportTorchScript(const fs::path& checkpoint, const fs::path& out) {
    LoadedCheckpoint loaded = loadCheckpoint(checkpoint);  // throws Error naming the file
    std::string bytes;
    guardedTorchStep(checkpoint, ErrorCode::InvalidContent, "cannot export its model", [&] {
        torch::NoGradGuard noGrad;
        // The predictor runs with BatchNorm folded into the convolutions; so does the export,
        // and both compute the same logits.
        foldBatchNorms(*loaded.model);
        auto module = exportedModule(*loaded.model, loaded.info);
        torch::jit::ExtraFilesMap extra{{kTorchScriptSettingsEntry, settingsJson(loaded.info)}};
        std::ostringstream stream;
        module.save(stream, extra);
        bytes = stream.str();
        checkExport(bytes, *loaded.model, out);
    });
    writeTextAtomically(out, bytes);  // binary-safe: the bytes are written as they are
}

}  // namespace seg::core
