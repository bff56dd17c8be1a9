#include "core/project/class_edit.h"

#include <opencv2/core.hpp>

#include "core/common/error.h"
#include "core/common/paths.h"
#include "core/data/mask_io.h"

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
    ClassEditResult result;

    std::vector<std::pair<fs::path, fs::path>> staged;  // temp file -> mask it replaces
    auto discardStaged = [&] {
        std::error_code ec;
        for (const auto& [temp, target] : staged) fs::remove(temp, ec);
    };
    if (!isIdentity(table)) {
        const Dataset dataset = openProjectDataset(project, OnError::Skip);
        std::vector<const Sample*> labelled;
        for (const auto& s : dataset.samples)
            if (s.hasMask()) labelled.push_back(&s);
        cv::Mat lut(1, 256, CV_8U, const_cast<uint8_t*>(table.data()));
        try {
            for (size_t i = 0; i < labelled.size(); ++i) {
                if (onProgress && !onProgress(int(i), int(labelled.size()))) {
                    discardStaged();
                    return result;
                }
                const fs::path& file = labelled[i]->mask;
                const cv::Mat mask = readMask(file, &oldClasses);
                cv::Mat remapped;
                cv::LUT(mask, lut, remapped);
                if (cv::countNonZero(remapped != mask) == 0) {
                    ++result.masksUnchanged;
                    continue;
                }
                fs::path temp = file;
                temp += ".classedit.png";
                writeMask(temp, remapped, newClasses);
                staged.emplace_back(temp, file);
            }
        } catch (...) {
            discardStaged();
            throw;
        }
        for (const auto& [temp, target] : staged) {
            std::error_code ec;
            fs::rename(temp, target, ec);
            if (ec) {
                discardStaged();
                throw Error(ErrorCode::WriteFailed, target, "cannot replace: " + ec.message());
            }
            ++result.masksRewritten;
        }
    }
    project.classes = newClasses;
    saveProject(project);
    if (onProgress) onProgress(1, 1);
    return result;
}

}  // namespace seg::core
