#pragma once
// A SegStudio project: a folder holding project.json (classes, data source, split, masks
// folder), masks/ and runs/ (see run_store.h). Plain value type; load and save on any thread.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

#include "core/data/class_map.h"
#include "core/data/dataset.h"
#include "core/data/synthetic_shapes.h"

namespace seg::core {

struct Project {
    static constexpr int kVersion = 1;
    static constexpr const char* kFileName = "project.json";

    std::string name;
    ClassMap classes;
    std::filesystem::path dataPath;       // relative to the project folder when inside it
    std::optional<DatasetLayout> layout;  // detected when not set
    double valFraction = 0.2;
    uint64_t splitSeed = 42;
    std::filesystem::path masksFolder = "masks";
    ChangeFolders changeFolders;  // ChangePairs: the folders of the dataset ("change_folders")

    std::filesystem::path folder;  // where project.json lives; not stored in it

    std::filesystem::path file() const { return folder / kFileName; }
    std::filesystem::path dataRoot() const;
    std::filesystem::path masksRoot() const;
    std::filesystem::path runsRoot() const { return folder / "runs"; }
};

// `path` is project.json or the folder holding it. Throws Error naming the file when it is
// missing, not JSON, from a newer SegStudio, or has unknown or mistyped keys. First finishes
// what a killed process left half done in the project (a class edit, see class_edit.h) and
// removes the temp files of its interrupted saves.
Project loadProject(const std::filesystem::path& path);
// Writes project.json atomically (temp file + rename).
void saveProject(const Project& project);
// What saveProject writes.
std::string projectFileText(const Project& project);

// Opens the project's dataset with the project's split settings and classes. A mask in the
// project's masks folder (<id>.png, painted in the app) takes the place of the dataset's.
Dataset openProjectDataset(const Project& project, OnError onError = OnError::Skip);

// Whether `path` is project.json or a folder holding one.
bool isProjectPath(const std::filesystem::path& path);

// `path` is a project (folder with project.json, or the file) or a dataset folder: opens
// its dataset. A dataset without class names gets them inferred (every mask is read).
Dataset openProjectOrDataset(const std::filesystem::path& path, const DatasetOptions& options);

// A project for a dataset folder in any layout openDataset reads: project.json and the
// masks folder (for painted masks) go into the folder, with the dataset's classes (inferred from
// the masks when it names none). Throws Error naming the folder when it is no dataset, and
// Error(WriteFailed) when it already holds a project. `options` say how to read the dataset (a
// change dataset's folder names, which the project then keeps).
Project createDatasetProject(const std::filesystem::path& datasetFolder,
                             const DatasetOptions& options = {});

// A project for annotating a plain folder of images: project.json and masks/ go into
// `imagesFolder`, with the given classes. Throws Error(NotADataset) naming the folder when it
// holds no images, and Error(WriteFailed) when it already holds a project.
Project createImageFolderProject(const std::filesystem::path& imagesFolder,
                                 const ClassMap& classes);

// Generates the synthetic-shapes demo into folder/data, then writes folder/project.json, so
// project.json exists only for a complete demo. Returns nullopt when `onProgress` stopped it.
std::optional<Project> createDemoProject(const std::filesystem::path& folder,
                                         const SyntheticShapesOptions& options,
                                         const std::function<bool(int, int)>& onProgress = {});

}  // namespace seg::core
