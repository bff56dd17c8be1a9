#include "core/project/class_edit.h"

#include <opencv2/core.hpp>

#include "core/common/error.h"
#include "core/common/paths.h"
#include "core/data/mask_io.h"
#include "core/project/class_edit_intent.h"

namespace seg::core {

namespace fs = std::filesystem;

std::array<uint8_t, 256> classRemapTable(const ClassEdit& edit, int oldClassCount,
                                         uint8_t ignoreIndex) {
    if (edit.sourceIndex.size() != edit.classes.size())
        throw Error(ErrorCode::InvalidArgument, {}, "class edit: one source index per class");
    std::array<uint8_t, 256> table{};
    for (int v = 0; v < 256; ++v) table[size_t(v)] = static_cast<uint8_t>(v);
    // Every old class is removed unless an entry keeps it.
    for (int old = 0; old < oldClassCount; ++old)
        if (old != ignoreIndex) table[size_t(old)] = ignoreIndex;
    std::vector<bool> seen(size_t(std::max(0, oldClassCount)), false);
    for (size_t i = 0; i < edit.sourceIndex.size(); ++i) {
        const int old = edit.sourceIndex[i];
        if (old < 0) continue;
        if (old >= oldClassCount || seen[size_t(old)])
            throw Error(
                ErrorCode::InvalidArgument, {},
                "class edit names old class " + std::to_string(old) + " twice or out of range");
        seen[size_t(old)] = true;
        table[size_t(old)] = static_cast<uint8_t>(i);
    }
    return table;
}

bool isIdentity(const std::array<uint8_t, 256>& table) {
    for (int v = 0; v < 256; ++v)
        if (table[size_t(v)] != v) return false;
    return true;
}

ClassEditResult applyClassEdit(Project& project, const ClassEdit& edit,
                               const std::function<bool(int, int)>& onProgress) {
    const ClassMap oldClasses = project.classes;
    const ClassMap newClasses(edit.classes, oldClasses.ignoreIndex());  // validates names
    const auto table = classRemapTable(edit, oldClasses.size(), oldClasses.ignoreIndex());
    Project edited = project;
    edited.classes = newClasses;
    ClassEditResult result;
    if (isIdentity(table)) {  // names and colours only: one atomic write
        saveProject(edited);
        project = edited;
        if (onProgress) onProgress(1, 1);
        return result;
    }

    const Dataset dataset = openProjectDataset(project, OnError::Skip);
    ClassEditIntent intent;
    intent.projectFileText = projectFileText(edited);
    for (const auto& s : dataset.samples)
        if (s.hasMask()) intent.masks.push_back(s.mask);
    // From here until the intent is removed, a kill is undone or finished at the next open.
    writeClassEditIntent(project.folder, intent);
    std::vector<fs::path> staged;
    auto undo = [&] {
        std::error_code ec;
        for (const auto& mask : staged) fs::remove(stagedMaskFile(mask), ec);
        removeClassEditIntent(project.folder);
    };
    cv::Mat lut(1, 256, CV_8U, const_cast<uint8_t*>(table.data()));
    try {
        for (size_t i = 0; i < intent.masks.size(); ++i) {
            if (onProgress && !onProgress(int(i), int(intent.masks.size()))) {
                undo();
                return ClassEditResult{};
            }
            const fs::path& file = intent.masks[i];
            const cv::Mat mask = readMask(file, &oldClasses);
            cv::Mat remapped;
            cv::LUT(mask, lut, remapped);
            if (cv::countNonZero(remapped != mask) == 0) {
                ++result.masksUnchanged;
                continue;
            }
            writeMask(stagedMaskFile(file), remapped, newClasses);
            staged.push_back(file);
        }
        intent.phase = ClassEditIntent::Phase::Replacing;
        intent.masks = staged;
        writeClassEditIntent(project.folder, intent);
    } catch (...) {
        undo();
        throw;
    }
    // Committed: finishing is what the next open would do after a kill here. A failure now
    // (a mask that cannot be replaced) leaves the intent, so that the next open tries again
    // and names the mask, rather than masks and classes that disagree.
    finishInterruptedClassEdit(project.folder);
    result.masksRewritten = int(staged.size());
    project = edited;
    if (onProgress) onProgress(1, 1);
    return result;
}

}  // namespace seg::core
