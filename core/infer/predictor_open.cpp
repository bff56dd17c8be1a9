// Predictor::open: one entry point for every model file a user may pick.
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/common/error.h"
#include "core/infer/predictor.h"
#include "core/infer/torchscript_predictor.h"
#include "core/runtime/torch_errors.h"
#include "core/train/checkpoint_digest.h"

namespace seg::core {

namespace fs = std::filesystem;

namespace {

// A SegStudio checkpoint is a LibTorch archive too; its metadata attribute tells it apart.
constexpr const char* kCheckpointMetaAttribute = "segstudio.meta";

TorchScriptSettings embeddedSettings(const std::string& text, const fs::path& file) {
    try {
        return torchScriptSettingsFromJson(nlohmann::json::parse(text), file);
    } catch (const nlohmann::json::exception& e) {
        throw Error(ErrorCode::InvalidContent, file,
                    std::string("the model's embedded settings are damaged: ") + e.what());
    }
}

}  // namespace

std::unique_ptr<Predictor> Predictor::open(const fs::path& model, const PredictOptions& options,
                                           const std::optional<TorchScriptSettings>& settings) {
    // A sealed file (a digest at its end, read without loading it) is a SegStudio
    // checkpoint: loaded once, as one.
    if (storedCheckpointDigest(model)) return fromCheckpoint(model, options);
    // LibTorch's zip reader skips CRC checks and damaged bytes can crash its parser: the
    // archive is checked first (CRC-32s), then handed over from memory.
    const std::string bytes = readSealedArchive(model);
    torch::jit::Module module;
    torch::jit::ExtraFilesMap extra{{kTorchScriptSettingsEntry, ""}};
    guardedTorchStep(model, ErrorCode::InvalidContent,
                     "not a TorchScript module or SegStudio checkpoint (a state dict saved with "
                     "torch.save needs torch.jit.save of the scripted model)",
                     [&] {
                         std::istringstream in(bytes);
                         module = torch::jit::load(in, torch::kCPU, extra);
                     });
    // A checkpoint from before digests.
    if (module.hasattr(kCheckpointMetaAttribute)) return fromCheckpoint(model, options);

    std::optional<TorchScriptSettings> chosen = settings;
    if (!chosen) chosen = readTorchScriptSettings(model);
    if (!chosen && !extra[kTorchScriptSettingsEntry].empty())
        chosen = embeddedSettings(extra[kTorchScriptSettingsEntry], model);
    if (!chosen)
        throw Error(ErrorCode::InvalidArgument, model,
                    "a TorchScript model needs its class names (and input normalisation): give "
                    "them, or store them next to the model as " +
                        torchScriptSettingsFile(model).filename().string());
    return makeTorchScriptPredictor(model, std::move(module), *chosen, options);
}

}  // namespace seg::core
