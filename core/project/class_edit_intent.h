#pragma once
// The intent file of a class edit: written before the edit replaces any mask, so that an edit
// a kill or a power cut stops half way is completed (or undone) the next time the project
// opens, and masks and project.json never disagree about what a mask value means.
// Toolkit-free; the thread that edits or opens the project.

#include <filesystem>
#include <string>
#include <vector>

namespace seg::core {

struct ClassEditIntent {
    enum class Phase {
        Staging,    // remapped masks are being written beside the originals: undo
        Replacing,  // every remapped mask is written: finish
    };
    Phase phase = Phase::Staging;
    std::string projectFileText;             // project.json as the edit leaves it
    std::vector<std::filesystem::path> masks;  // each replaced by stagedMaskFile(mask)
};

// <projectFolder>/.class-edit.json
std::filesystem::path classEditIntentFile(const std::filesystem::path& projectFolder);
// Where a class edit writes the remapped version of `mask` before replacing it.
std::filesystem::path stagedMaskFile(const std::filesystem::path& mask);

// Atomic. Mask paths are stored relative to the project folder, so that a moved project
// still finishes. Throws Error(WriteFailed) naming the intent file.
void writeClassEditIntent(const std::filesystem::path& projectFolder,
                          const ClassEditIntent& intent);
void removeClassEditIntent(const std::filesystem::path& projectFolder);

enum class InterruptedClassEdit { None, Finished, Undone };

// Completes an edit that had written all its remapped masks (replaces the rest, writes
// project.json), or removes the staged masks of one that had not; then deletes the intent.
// Idempotent. Throws Error naming the intent file when it is damaged (it is then left for
// the user to see), or the file that cannot be replaced.
InterruptedClassEdit finishInterruptedClassEdit(const std::filesystem::path& projectFolder);

}  // namespace seg::core
