#pragma once
// Conversions between std::filesystem::path and UTF-8 text, so that non-ASCII names
// (a folder called 数据/图像) survive every hop between CLI, JSON, Qt and the OS.

#include <filesystem>
#include <string>

namespace seg::core {

std::string pathToUtf8(const std::filesystem::path& path);
std::filesystem::path pathFromUtf8(const std::string& utf8);

// `path` without "." components and without a trailing separator ("a/./b/." -> "a/b",
// "./" -> "."): the same file for the OS, and the form users should read in messages.
// Unlike lexically_normal, ".." stays: behind a symbolic link "a/../b" is not "b".
std::filesystem::path cleanPath(const std::filesystem::path& path);

// Lower-case extension without the dot ("png"), ASCII only.
std::string lowerExtension(const std::filesystem::path& path);

// Throws Error(FileNotFound / FileEmpty) unless `path` is a non-empty regular file.
void requireNonEmptyFile(const std::filesystem::path& path);

// Throws Error(NotADataset/FileNotFound) unless `path` is an existing folder.
void requireDirectory(const std::filesystem::path& path);

}  // namespace seg::core
