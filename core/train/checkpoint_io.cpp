#include "core/train/checkpoint_io.h"

#include <cmath>

#include <nlohmann/json.hpp>

#include "core/common/atomic_file.h"
#include "core/common/error.h"
#include "core/common/paths.h"
#include "core/data/class_map_json.h"
#include "core/models/model_registry.h"

namespace seg::core {

namespace fs = std::filesystem;

namespace {

constexpr const char* kMetaKey = "segstudio.meta";
constexpr const char* kOptimizerKey = "segstudio.optimizer";

nlohmann::json number(double v) {
    return std::isnan(v) ? nlohmann::json(nullptr) : nlohmann::json(v);
}
double number(const nlohmann::json& v) {
    return v.is_null() ? std::nan("") : v.get<double>();
}

std::string infoToJson(const CheckpointInfo& i) {
    return nlohmann::json{{"version", CheckpointInfo::kVersion},
                          {"model", modelSpecToJson(i.model)},
                          {"classes", classMapToJson(i.classes)},
                          {"mean", i.mean},
                          {"std", i.std},
                          {"epochs_completed", i.epochsCompleted},
                          {"iteration", i.iteration},
                          {"mean_iou", number(i.meanIoU)},
                          {"pixel_accuracy", number(i.pixelAccuracy)},
                          {"best_mean_iou", number(i.bestMeanIoU)},
                          {"best_epoch", i.bestEpoch},
                          {"train_config", i.trainConfigJson}}
        .dump();
}

CheckpointInfo infoFromJson(const std::string& text, const fs::path& file) {
    try {
        const auto j = nlohmann::json::parse(text);
        if (j.at("version").get<int>() > CheckpointInfo::kVersion)
            throw Error(ErrorCode::UnsupportedVersion, file,
                        "checkpoint is from a newer SegStudio");
        CheckpointInfo i;
        i.model = modelSpecFromJson(j.at("model"), pathToUtf8(file));
        i.classes = classMapFromJson(j.at("classes"), file);
        i.mean = j.at("mean").get<std::array<double, 3>>();
        i.std = j.at("std").get<std::array<double, 3>>();
        i.epochsCompleted = j.at("epochs_completed").get<int>();
        i.iteration = j.at("iteration").get<int64_t>();
        i.meanIoU = number(j.at("mean_iou"));
        i.pixelAccuracy = number(j.at("pixel_accuracy"));
        i.bestMeanIoU = number(j.at("best_mean_iou"));
        i.bestEpoch = j.at("best_epoch").get<int>();
        i.trainConfigJson = j.at("train_config").get<std::string>();
        return i;
    } catch (const nlohmann::json::exception& e) {
        throw Error(ErrorCode::InvalidContent, file,
                    std::string("checkpoint metadata is damaged: ") + e.what());
    }
}

// c10 messages carry a C++ backtrace after the first line: keep the first line.
std::string firstLine(const std::string& s) {
    return s.substr(0, s.find('\n'));
}

torch::serialize::InputArchive openArchive(const fs::path& file) {
    requireNonEmptyFile(file);
    torch::serialize::InputArchive archive;
    try {
        archive.load_from(file.string());
    } catch (const c10::Error& e) {
        throw Error(ErrorCode::FileUnreadable, file,
                    "not a SegStudio checkpoint, or the file is truncated: " + firstLine(e.what()));
    }
    return archive;
}

CheckpointInfo readInfo(torch::serialize::InputArchive& archive, const fs::path& file) {
    c10::IValue meta;
    if (!archive.try_read(kMetaKey, meta) || !meta.isString())
        throw Error(ErrorCode::InvalidContent, file,
                    "not a SegStudio checkpoint (no metadata); a TorchScript model?");
    return infoFromJson(meta.toStringRef(), file);
}

}  // namespace

void saveCheckpoint(const fs::path& file, const CheckpointInfo& info, SegmentationModelImpl& model,
                    torch::optim::Optimizer* optimizer) {
    torch::serialize::OutputArchive archive;
    model.save(archive);
    archive.write(kMetaKey, c10::IValue(infoToJson(info)));
    if (optimizer) {
        torch::serialize::OutputArchive state;
        optimizer->save(state);
        archive.write(kOptimizerKey, state);
    }
    writeFileAtomically(file, [&](const fs::path& temp) {
        try {
            archive.save_to(temp.string());
        } catch (const c10::Error& e) {
            throw Error(ErrorCode::WriteFailed, temp, firstLine(e.what()));
        }
    });
}

CheckpointInfo readCheckpointInfo(const fs::path& file) {
    auto archive = openArchive(file);
    return readInfo(archive, file);
}

LoadedCheckpoint loadCheckpoint(const fs::path& file) {
    auto archive = openArchive(file);
    LoadedCheckpoint out;
    out.info = readInfo(archive, file);
    out.model = createModel(out.info.model);
    // Module::load replaces tensors whatever their shape: compare with what the
    // architecture expects afterwards.
    std::vector<std::pair<std::string, std::vector<int64_t>>> expected;
    for (const auto& t : out.model->named_parameters())
        expected.emplace_back(t.key(), t.value().sizes().vec());
    for (const auto& t : out.model->named_buffers())
        expected.emplace_back(t.key(), t.value().sizes().vec());
    try {
        out.model->load(archive);
    } catch (const c10::Error& e) {
        throw Error(ErrorCode::InvalidContent, file,
                    "weights are missing or damaged: " + firstLine(e.what()));
    }
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
    auto archive = openArchive(file);
    torch::serialize::InputArchive state;
    if (!archive.try_read(kOptimizerKey, state))
        throw Error(ErrorCode::InvalidContent, file,
                    "checkpoint holds no optimiser state to resume from");
    try {
        optimizer.load(state);
    } catch (const c10::Error& e) {
        throw Error(ErrorCode::InvalidContent, file,
                    "optimiser state does not fit this run: " + firstLine(e.what()));
    }
}

}  // namespace seg::core
