#include "core/train/checkpoint_io.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <new>
#include <string>

#include <nlohmann/json.hpp>

#include "core/common/atomic_file.h"
#include "core/common/error.h"
#include "core/common/json_value.h"
#include "core/common/paths.h"
#include "core/data/class_map_json.h"
#include "core/models/model_registry.h"
#include "core/runtime/torch_errors.h"
#include "core/train/checkpoint_digest.h"

namespace seg::core {

namespace fs = std::filesystem;

namespace {

constexpr const char* kMetaKey = "segstudio.meta";
constexpr const char* kOptimizerKey = "segstudio.optimizer";

std::string infoToJson(const CheckpointInfo& i) {
    return nlohmann::json{{"version", CheckpointInfo::kVersion},
                          {"model", modelSpecToJson(i.model)},
                          {"classes", classMapToJson(i.classes)},
                          {"mean", i.mean},
                          {"std", i.std},
                          {"epochs_completed", i.epochsCompleted},
                          {"iteration", i.iteration},
                          {"epoch_samples_done", i.epochSamplesDone},
                          {"epoch_processes", i.epochProcesses},
                          {"epoch_loss_sum", i.epochLossSum},
                          {"epoch_batches", i.epochBatches},
                          {"epoch_seconds", i.epochSeconds},
                          {"mean_iou", jsonScore(i.meanIoU)},
                          {"pixel_accuracy", jsonScore(i.pixelAccuracy)},
                          {"best_mean_iou", jsonScore(i.bestMeanIoU)},
                          {"best_epoch", i.bestEpoch},
                          {"train_config", i.trainConfigJson}}
        .dump();
}

CheckpointInfo infoFromJson(const std::string& text, const fs::path& file) {
    try {
        const auto j = nlohmann::json::parse(text);
        if (jsonValue<int>(j.at("version")) > CheckpointInfo::kVersion)
            throw Error(ErrorCode::UnsupportedVersion, file,
                        "checkpoint is from a newer SegStudio");
        CheckpointInfo i;
        i.model = modelSpecFromJson(j.at("model"), pathToUtf8(file));
        i.classes = classMapFromJson(j.at("classes"), file);
        i.mean = jsonValue<std::array<double, 3>>(j.at("mean"));
        i.std = jsonValue<std::array<double, 3>>(j.at("std"));
        i.epochsCompleted = jsonValue<int>(j.at("epochs_completed"));
        i.iteration = jsonValue<int64_t>(j.at("iteration"));
        // Absent from checkpoints saved at an epoch's end by earlier versions.
        i.epochSamplesDone = jsonValue(j, "epoch_samples_done", int64_t{0});
        i.epochProcesses = jsonValue(j, "epoch_processes", 1);
        i.epochLossSum = j.value("epoch_loss_sum", 0.0);
        i.epochBatches = jsonValue(j, "epoch_batches", int64_t{0});
        i.epochSeconds = j.value("epoch_seconds", 0.0);
        i.meanIoU = scoreFromJson(j.at("mean_iou"));
        i.pixelAccuracy = scoreFromJson(j.at("pixel_accuracy"));
        i.bestMeanIoU = scoreFromJson(j.at("best_mean_iou"));
        i.bestEpoch = jsonValue<int>(j.at("best_epoch"));
        i.trainConfigJson = j.at("train_config").get<std::string>();
        return i;
    } catch (const nlohmann::json::exception& e) {
        throw Error(ErrorCode::InvalidContent, file,
                    std::string("checkpoint metadata is damaged: ") + e.what());
    }
}

// The archive's bytes stay alive as long as the archive: LibTorch is given a pointer to them.
struct OpenedArchive {
    std::string bytes;
    torch::serialize::InputArchive archive;
};

std::unique_ptr<OpenedArchive> openArchive(const fs::path& file) {
    auto opened = std::make_unique<OpenedArchive>();
    guardedTorchStep(file, ErrorCode::FileUnreadable, "cannot read the checkpoint",
                     [&] { opened->bytes = readSealedArchive(file); });
    guardedTorchStep(
        file, ErrorCode::FileUnreadable, "not a SegStudio checkpoint, or the file is damaged",
        [&] { opened->archive.load_from(opened->bytes.data(), opened->bytes.size()); });
    return opened;
}

CheckpointInfo readInfo(torch::serialize::InputArchive& archive, const fs::path& file) {
    c10::IValue meta;
    bool found = false;
    guardedTorchStep(file, ErrorCode::InvalidContent, "checkpoint metadata is damaged",
                     [&] { found = archive.try_read(kMetaKey, meta); });
    if (!found || !meta.isString())
        throw Error(ErrorCode::InvalidContent, file,
                    "not a SegStudio checkpoint (no metadata); a TorchScript model?");
    CheckpointInfo info;
    guardedTorchStep(file, ErrorCode::InvalidContent, "checkpoint metadata is damaged",
                     [&] { info = infoFromJson(meta.toStringRef(), file); });
    return info;
}

}  // namespace

void saveCheckpoint(const fs::path& file, const CheckpointInfo& info, SegmentationModelImpl& model,
                    torch::optim::Optimizer* optimizer, const std::vector<CheckpointPart>& parts) {
    torch::serialize::OutputArchive archive;
    model.save(archive);
    archive.write(kMetaKey, c10::IValue(infoToJson(info)));
    if (optimizer) {
        torch::serialize::OutputArchive state;
        optimizer->save(state);
        archive.write(kOptimizerKey, state);
    }
    for (const CheckpointPart& part : parts) {
        torch::serialize::OutputArchive state;
        part.save(state);
        archive.write(part.key, state);
    }
    // LibTorch writes into memory, so the digest covers exactly the bytes it wrote.
    std::string bytes;
    guardedTorchStep(file, ErrorCode::WriteFailed, "cannot serialise the checkpoint", [&] {
        archive.save_to([&](const void* data, size_t size) {
            bytes.append(static_cast<const char*>(data), size);
            return size;
        });
    });
    std::string sealed;
    try {
        sealed = sealArchive(std::move(bytes));
    } catch (const Error& e) {
        throw e.withFile(file);
    }
    writeTextAtomically(file, sealed);  // binary-safe: the bytes are written as they are
}

CheckpointInfo readCheckpointInfo(const fs::path& file) {
    auto opened = openArchive(file);
    return readInfo(opened->archive, file);
}

LoadedCheckpoint loadCheckpoint(const fs::path& file) {
    auto opened = openArchive(file);
    LoadedCheckpoint out;
    out.info = readInfo(opened->archive, file);
    // Metadata of a damaged checkpoint from before digests may name an absurd model.
    guardedTorchStep(file, ErrorCode::InvalidContent, "cannot build the model it describes",
                     [&] { out.model = createModel(out.info.model); });
    // Module::load replaces tensors whatever their shape: compare with what the
    // architecture expects afterwards.
    std::vector<std::pair<std::string, std::vector<int64_t>>> expected;
    for (const auto& t : out.model->named_parameters())
        expected.emplace_back(t.key(), t.value().sizes().vec());
    for (const auto& t : out.model->named_buffers())
        expected.emplace_back(t.key(), t.value().sizes().vec());
    guardedTorchStep(file, ErrorCode::InvalidContent, "weights are missing or damaged",
                     [&] { out.model->load(opened->archive); });
    auto loaded = out.model->named_parameters();
    auto buffers = out.model->named_buffers();
    for (const auto& [name, sizes] : expected) {
        const torch::Tensor* t = loaded.find(name);
        if (!t) t = buffers.find(name);
        if (!t || t->sizes().vec() != sizes)
            throw Error(ErrorCode::InvalidContent, file,
                        "weights '" + name + "' do not fit the " + out.info.model.architecture +
                            " it describes");
    }
    out.model->eval();
    return out;
}

void loadOptimizerState(const fs::path& file, torch::optim::Optimizer& optimizer) {
    auto opened = openArchive(file);
    torch::serialize::InputArchive state;
    bool found = false;
    guardedTorchStep(file, ErrorCode::InvalidContent, "optimiser state is damaged",
                     [&] { found = opened->archive.try_read(kOptimizerKey, state); });
    if (!found)
        throw Error(ErrorCode::InvalidContent, file,
                    "checkpoint holds no optimiser state to resume from");
    guardedTorchStep(file, ErrorCode::InvalidContent, "optimiser state does not fit this run",
                     [&] { optimizer.load(state); });
}

bool loadCheckpointPart(const fs::path& file, const std::string& key,
                        const std::function<void(torch::serialize::InputArchive&)>& load) {
    auto opened = openArchive(file);
    torch::serialize::InputArchive state;
    bool found = false;
    guardedTorchStep(file, ErrorCode::InvalidContent, "'" + key + "' is damaged",
                     [&] { found = opened->archive.try_read(key, state); });
    if (!found) return false;
    guardedTorchStep(file, ErrorCode::InvalidContent, "'" + key + "' does not fit this run",
                     [&] { load(state); });
    return true;
}

}  // namespace seg::core
