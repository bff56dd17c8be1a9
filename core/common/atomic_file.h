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

void writeTextAtomically(const std::filesystem::path& target, const std::string& text);

std::string readTextFile(const std::filesystem::path& path);

}  // namespace seg::core
