#pragma once
// Replacing writes: the content goes to a temp file in the target's folder, which is then
// renamed over the target, so a crash or a full disk never leaves a half-written file.

#include <filesystem>
#include <functional>
#include <string>

namespace seg::core {

// Calls `writeTo(tempPath)`, then renames tempPath onto `target`. On any failure the temp
// file is removed, `target` is untouched and Error(WriteFailed) names `target`.
void writeFileAtomically(const std::filesystem::path& target,
                         const std::function<void(const std::filesystem::path&)>& writeTo);

// Creates `folder` when it is missing; its parent must exist. One level only, on purpose: a
// missing parent usually means an unplugged drive or a moved project, and re-creating the
// whole path would scatter files where the user will never look. Throws Error(WriteFailed)
// naming `folder` when it cannot be made or is not a folder.
void createFolderIfMissing(const std::filesystem::path& folder);

// Binary-safe: `text` may hold any bytes.
void writeTextAtomically(const std::filesystem::path& target, const std::string& text);

std::string readTextFile(const std::filesystem::path& path);

}  // namespace seg::core
