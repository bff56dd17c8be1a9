#pragma once
// A dataset as a list of samples (image file, optional mask file, split) read from one of
// the layouts SegStudio understands. Listing touches only names; loadSample() and
// scanDataset() decode. Plain value types, usable from any thread.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <opencv2/core/mat.hpp>

#include "core/common/error.h"
#include "core/data/class_map.h"

namespace seg::core {

enum class Split { Train, Val, Test, Unassigned };
const char* splitName(Split split);

// ImageFolder: images directly in the folder and no masks there (a folder to annotate; a
// project keeps its masks in its own masks/ folder). Never detected, only chosen.
// ChangePairs: co-registered image pairs with change masks, LEVIR-CD style: A/ (before),
// B/ (after) and label/ side by side, in the dataset folder or in train/, val/ and test/.
enum class DatasetLayout { Voc, PennFudan, FolderPairs, ImageFolder, ChangePairs };
const char* layoutName(DatasetLayout layout);
// "voc", "pennfudan", "folders", "images", "change"; nullopt for anything else.
std::optional<DatasetLayout> layoutFromName(const std::string& name);

// How mask pixel values are to be read.
enum class MaskEncoding {
    ClassIndex,  // values are class indices (palette, grey or colour-coded through the classes)
    Instances,   // values are instance ids (PennFudan): 0 background, >0 one foreground class
    Change,      // 0 unchanged, 255 change (LEVIR-CD): read as classes 0 and 1; values from 1 to
                 // 254 (a resampled label) go to the nearer of the two
};

struct Sample {
    Sample() = default;
    Sample(std::string id, std::filesystem::path image, std::filesystem::path mask, Split split)
        : id(std::move(id)), image(std::move(image)), mask(std::move(mask)), split(split) {}

    std::string id;  // file stem, unique within the dataset
    std::filesystem::path image;
    std::filesystem::path mask;  // empty when the image has no mask yet
    Split split = Split::Unassigned;
    // The second image of a pair (ChangePairs: `image` is before, this is after); empty for
    // a single image.
    std::filesystem::path after;
    // The mask was painted in a project (class indices, in the project's masks folder), not
    // the dataset's own, which its layout's encoding describes.
    bool paintedMask = false;
    bool hasMask() const { return !mask.empty(); }
    bool isPair() const { return !after.empty(); }
};

struct Problem {
    std::filesystem::path file;
    ErrorCode code;
    std::string detail;  // English, without the file name

    static Problem from(const Error& e) { return {e.file(), e.code(), e.detail()}; }
    Error toError() const { return Error(code, file, detail); }
};

struct Dataset {
    DatasetLayout layout = DatasetLayout::FolderPairs;
    std::filesystem::path root;
    ClassMap classes;  // empty when the dataset names none (see scanDataset)
    MaskEncoding maskEncoding = MaskEncoding::ClassIndex;
    std::vector<Sample> samples;    // sorted by id
    std::vector<Problem> problems;  // found while listing (a mask without an image, ...)
};

enum class OnError { Skip, Stop };

// The folders of a ChangePairs dataset.
struct ChangeFolders {
    std::string before = "A";
    std::string after = "B";
    std::string label = "label";

    bool operator==(const ChangeFolders& o) const {
        return before == o.before && after == o.after && label == o.label;
    }
    bool operator!=(const ChangeFolders& o) const { return !(*this == o); }
};
// Why `name` cannot be one of the ChangeFolders (empty, a path, "." or ".."); empty when it can.
std::string changeFolderNameProblem(const std::string& name);

struct DatasetOptions {
    OnError onError = OnError::Skip;
    std::optional<DatasetLayout> layout;  // detected from the folder when not given
    double valFraction = 0.2;             // used when the dataset has no split files
    uint64_t splitSeed = 42;
    bool keepInstances = false;   // PennFudan: keep instance ids as classes
    bool assignSplits = true;     // draw the seeded split when the dataset has no split files
    ChangeFolders changeFolders;  // ChangePairs: the folder names
};

// The layout of the dataset in `root` (change pairs under `changeFolders`), or nullopt when
// it is in none of the layouts openDataset detects.
std::optional<DatasetLayout> detectLayout(const std::filesystem::path& root,
                                          const ChangeFolders& changeFolders = {});

// Lists a dataset. Throws Error(FileNotFound / NotADataset) naming `root` when it is no
// dataset, and, with OnError::Stop, the first listing problem.
Dataset openDataset(const std::filesystem::path& root, const DatasetOptions& options = {});

struct LoadedSample {
    cv::Mat image;  // CV_8UC3 BGR; a pair is CV_8UC(6), before then after (see image_pair.h)
    cv::Mat mask;   // CV_8UC1 class indices, empty for an unlabelled sample
};

// The BGR images a sample of `dataset` stacks: 2 for change pairs, else 1.
int imagesPerSample(const Dataset& dataset);

// Decodes one sample and checks it: sizes agree, mask values are classes or ignore.
// Throws Error naming the offending file.
LoadedSample loadSample(const Dataset& dataset, const Sample& sample);

// A pair's after image, checked to be the size of its before image. Throws Error naming
// `afterFile` when it cannot be read or differs in size.
cv::Mat readAfterImage(const std::filesystem::path& afterFile, cv::Size beforeSize);

// A mask file of a dataset read as class indices through the dataset's encoding (change
// labels 0/255 -> classes 0 and 1, instance ids -> one foreground class), its values not
// yet checked against the classes. Throws Error naming the file when it cannot be read.
cv::Mat readDatasetMask(const std::filesystem::path& file, MaskEncoding encoding,
                        const ClassMap& classes);
// The sample's mask as class indices: a painted mask as it is, the dataset's own through the
// dataset's encoding. Values not checked; throws Error naming the file.
cv::Mat readSampleMask(const Dataset& dataset, const Sample& sample);

}  // namespace seg::core
