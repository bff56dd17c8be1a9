#pragma once
// The readers of each dataset layout, used by openDataset(). Internal to core/data.

#include <filesystem>
#include <string>

#include "core/data/dataset.h"

namespace seg::core::layouts {

bool looksLikeVoc(const std::filesystem::path& root);
bool looksLikePennFudan(const std::filesystem::path& root);
bool looksLikeFolderPairs(const std::filesystem::path& root);
bool looksLikeChangePairs(const std::filesystem::path& root, const ChangeFolders& folders);

Dataset readVoc(const std::filesystem::path& root);
Dataset readPennFudan(const std::filesystem::path& root);
Dataset readFolderPairs(const std::filesystem::path& root);
Dataset readImageFolder(const std::filesystem::path& root);
Dataset readChangePairs(const std::filesystem::path& root, const ChangeFolders& folders);

// Reads labels.txt or classes.json from `root` when present; empty ClassMap otherwise.
ClassMap classesInFolder(const std::filesystem::path& root);

// One id per line (first word), as ImageSets/Segmentation/*.txt.
std::vector<std::string> readIdList(const std::filesystem::path& file);

}  // namespace seg::core::layouts
