#pragma once
// Editing a project's classes (rename, recolour, add, remove, reorder) with the masks on
// disk remapped to match, so that a mask pixel keeps meaning the same thing. Any thread;
// the remap reads and writes every mask of the project, so run it off the GUI thread.

#include <array>
#include <cstdint>
#include <functional>
#include <vector>

#include "core/project/project.h"

namespace seg::core {

// The new class list: each entry says which old class it is (its index before the edit),
// or -1 for a class added by the edit. Old classes no entry names are removed: their pixels
// become unlabelled (the ignore index), so nothing is silently relabelled as another class.
struct ClassEdit {
    std::vector<ClassInfo> classes;
    std::vector<int> sourceIndex;  // same length as classes
};

// Old mask value -> new mask value for all 256 values; the ignore index and values beyond
// the old classes stay as they are. Throws Error(InvalidArgument) for an edit that names an
// old class twice or out of range.
std::array<uint8_t, 256> classRemapTable(const ClassEdit& edit, int oldClassCount,
                                         uint8_t ignoreIndex);

// True when no mask value changes (renames and recolours only).
bool isIdentity(const std::array<uint8_t, 256>& table);

struct ClassEditResult {
    int masksRewritten = 0;
    int masksUnchanged = 0;
};

// Applies `edit` to the project: remaps every mask of its dataset, then saves project.json
// with the new classes. All remapped masks are first written beside the originals and only
// renamed over them once every one was written, so a failure (unreadable mask, full disk)
// leaves masks and project.json as they were. An intent file (class_edit_intent.h) makes a
// kill at any moment come out as the old project or the new one when it next opens. Throws
// Error naming the file at fault. `onProgress(done, total)` may return false to cancel
// before anything is replaced.
ClassEditResult applyClassEdit(Project& project, const ClassEdit& edit,
                               const std::function<bool(int, int)>& onProgress = {});

}  // namespace seg::core
