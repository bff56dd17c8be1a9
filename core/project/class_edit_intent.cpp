#include "core/project/class_edit_intent.h"

#include <set>

#include <nlohmann/json.hpp>

#include "core/common/atomic_file.h"
#include "core/common/error.h"
#include "core/common/json_value.h"
#include "core/common/paths.h"
#include "core/project/project.h"

namespace seg::core {

namespace fs = std::filesystem;

namespace {

constexpr int kIntentVersion = 1;

const char* phaseName(ClassEditIntent::Phase phase) {
    return phase == ClassEditIntent::Phase::Staging ? "staging" : "replacing";
}

ClassEditIntent readIntent(const fs::path& file, const fs::path& projectFolder) {
    auto damaged = [&](const std::string& detail) -> Error {
        return Error(ErrorCode::InvalidContent, file,
                     "the record of an interrupted class edit is damaged (" + detail +
                         "); check the project's masks and classes, then delete this file");
    };
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(readTextFile(file));
    } catch (const nlohmann::json::exception& e) {
        throw damaged(std::string("not valid JSON: ") + e.what());
    }
    ClassEditIntent intent;
    try {
        if (jsonValue<int>(json.at("version")) != kIntentVersion) throw damaged("unknown version");
        const auto phase = json.at("phase").get<std::string>();
        if (phase == phaseName(ClassEditIntent::Phase::Staging))
            intent.phase = ClassEditIntent::Phase::Staging;
        else if (phase == phaseName(ClassEditIntent::Phase::Replacing))
            intent.phase = ClassEditIntent::Phase::Replacing;
        else
            throw damaged("unknown phase '" + phase + "'");
        intent.projectFileText = json.at("project").get<std::string>();
        for (const auto& mask : json.at("masks"))
            intent.masks.push_back(cleanPath(projectFolder / pathFromUtf8(mask.get<std::string>())));
    } catch (const nlohmann::json::exception& e) {
        throw damaged(e.what());
    }
    return intent;
}

}  // namespace

fs::path classEditIntentFile(const fs::path& projectFolder) {
    return projectFolder / ".class-edit.json";
}

fs::path stagedMaskFile(const fs::path& mask) {
    fs::path staged = mask;
    staged += ".classedit.png";
    return staged;
}

void writeClassEditIntent(const fs::path& projectFolder, const ClassEditIntent& intent) {
    const fs::path base = fs::absolute(projectFolder);
    nlohmann::json masks = nlohmann::json::array();
    for (const auto& mask : intent.masks)
        masks.push_back(pathToUtf8(fs::absolute(mask).lexically_relative(base)));
    const nlohmann::json json = {{"version", kIntentVersion},
                                 {"phase", phaseName(intent.phase)},
                                 {"project", intent.projectFileText},
                                 {"masks", masks}};
    writeTextAtomically(classEditIntentFile(projectFolder), json.dump(1) + "\n");
}

void removeClassEditIntent(const fs::path& projectFolder) {
    std::error_code ec;
    fs::remove(classEditIntentFile(projectFolder), ec);
}

InterruptedClassEdit finishInterruptedClassEdit(const fs::path& projectFolder) {
    const fs::path file = classEditIntentFile(projectFolder);
    std::error_code ec;
    if (!fs::exists(file, ec)) return InterruptedClassEdit::None;
    const ClassEditIntent intent = readIntent(file, projectFolder);
    if (intent.phase == ClassEditIntent::Phase::Staging) {
        std::set<fs::path> folders;
        for (const auto& mask : intent.masks) {
            fs::remove(stagedMaskFile(mask), ec);
            folders.insert(mask.parent_path());
        }
        // A staged mask killed while being written left writeMask's own temp file.
        for (const auto& folder : folders) removeAbandonedTempFiles(folder);
        removeClassEditIntent(projectFolder);
        return InterruptedClassEdit::Undone;
    }
    // Replacing: a staged mask that is gone was renamed already.
    for (const auto& mask : intent.masks) {
        const fs::path staged = stagedMaskFile(mask);
        if (!fs::exists(staged, ec)) continue;
        fs::rename(staged, mask, ec);
        if (ec) throw Error(ErrorCode::WriteFailed, mask, "cannot replace: " + ec.message());
    }
    writeTextAtomically(projectFolder / Project::kFileName, intent.projectFileText);
    removeClassEditIntent(projectFolder);
    return InterruptedClassEdit::Finished;
}

}  // namespace seg::core
