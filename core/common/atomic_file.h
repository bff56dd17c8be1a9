#pragma once
// Replacing writes: the content goes to a temp file in the target's folder, which is then
// renamed over the target, so a crash or a full disk never leaves a half-written file. The
// temp file's data reaches the disk before the rename, so a power cut leaves the old or the
// new file too, not an empty one.

#include <filesystem>
#include <functional>
#include <string>

namespace seg::core {

// Calls `writeTo(tempPath)`, then renames tempPath onto `target`. On any failure the temp
// file is removed, `target` is untouched and Error(WriteFailed) names `target`.
void writeFileAtomically(const std::filesystem::path& target,
                         const std::function<void(const std::filesystem::path&)>& writeTo);

// Removes the temp files writeFileAtomically left in `folder` (not below it) when the process
// writing them was killed: those of processes still running are kept. Returns how many were
// removed. Never throws; a folder that cannot be listed is left alone.
int removeAbandonedTempFiles(const std::filesystem::path& folder);

// Creates `folder` when it is missing; its parent must exist. One level only, on purpose: a
// missing parent usually means an unplugged drive or a moved project, and re-creating the
// whole path would scatter files where the user will never look. Throws Error(WriteFailed)
// naming `folder` when it cannot be made or is not a folder.
void createFolderIfMissing(const std::filesystem::path& folder);

// Binary-safe: `text` may hold any bytes.
void writeTextAtomically(const std::filesystem::path& target, const std::string& text);

std::string readTextFile(const std::filesystem::path& path);

}  // namespace seg::core
