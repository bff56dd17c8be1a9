#pragma once
// Lists the image files of a folder by name stem, the key that pairs images with masks.

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/data/dataset.h"

namespace seg::core {

// Image files in `dir` (not recursive; png, jpg, jpeg, bmp, tif, tiff) by stem, sorted.
// A stem seen twice (a.png, a.jpg) keeps the first by name and records a problem; an
// unreadable folder records a problem too.
std::map<std::string, std::filesystem::path> imagesByStem(const std::filesystem::path& dir,
                                                          std::vector<Problem>& problems);

}  // namespace seg::core
