#include "core/project/project.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/common/atomic_file.h"
#include "core/common/error.h"
#include "core/common/json_value.h"
#include "core/common/paths.h"
#include "core/data/class_map_json.h"
#include "core/data/dataset_report.h"
#include "core/data/dataset_split.h"
#include "core/project/class_edit_intent.h"

namespace seg::core {

namespace fs = std::filesystem;

namespace {

[[noreturn]] void invalid(const fs::path& file, const std::string& detail) {
    throw Error(ErrorCode::InvalidContent, file, detail);
}

nlohmann::json parseJson(const fs::path& file) {
    try {
        return nlohmann::json::parse(readTextFile(file));
    } catch (const nlohmann::json::exception& e) {
        throw Error(ErrorCode::InvalidJson, file, std::string("not valid JSON: ") + e.what());
    }
}

template <typename T>
T field(const nlohmann::json& json, const char* key, const fs::path& file, T fallback) {
    if (!json.contains(key)) return fallback;
    try {
        return jsonValue<T>(json.at(key));
    } catch (const nlohmann::json::exception&) {
        invalid(file, std::string("'") + key + "' has the wrong type");
    }
}

ChangeFolders readChangeFolders(const nlohmann::json& json, const fs::path& file) {
    const nlohmann::json& folders = json.at("change_folders");
    if (!folders.is_object())
        invalid(file, "'change_folders' must be an object with 'before', 'after' and 'label'");
    for (const auto& [key, value] : folders.items())
        if (key != "before" && key != "after" && key != "label")
            invalid(file, "unknown key 'change_folders." + key + "'");
    ChangeFolders f;
    const std::pair<const char*, std::string*> names[] = {
        {"before", &f.before}, {"after", &f.after}, {"label", &f.label}};
    for (const auto& [key, name] : names) {
        *name = field<std::string>(folders, key, file, *name);
        const std::string problem = changeFolderNameProblem(*name);
        if (!problem.empty())
            invalid(file, std::string("'change_folders.") + key + "': " + problem);
    }
    return f;
}

// A new project's folders, then project.json last, so a project.json always comes with its
// masks folder (painting saves there; see writeMask).
void writeNewProject(const Project& p) {
    createFolderIfMissing(p.masksRoot());
    saveProject(p);
}

// Temp files of saves a kill cut short, in every folder SegStudio replaces files in.
void removeAbandonedSaves(const Project& p) {
    removeAbandonedTempFiles(p.folder);
    removeAbandonedTempFiles(p.masksRoot());
    std::error_code ec;
    for (fs::directory_iterator it(p.runsRoot(), ec), end; !ec && it != end; it.increment(ec))
        if (it->is_directory(ec)) removeAbandonedTempFiles(it->path());
}

}  // namespace

// Clean: "data": "." must not give every sample a "<folder>/./" in messages.
fs::path Project::dataRoot() const {
    return cleanPath(dataPath.is_absolute() ? dataPath : folder / dataPath);
}
fs::path Project::masksRoot() const {
    return cleanPath(masksFolder.is_absolute() ? masksFolder : folder / masksFolder);
}

Project loadProject(const fs::path& path) {
    std::error_code ec;
    const fs::path file = fs::is_directory(path, ec) ? path / Project::kFileName : path;
    finishInterruptedClassEdit(file.parent_path());
    const nlohmann::json json = parseJson(file);
    if (!json.is_object()) invalid(file, "expected a JSON object");
    static const char* known[] = {"version",    "name",   "classes",
                                  "data",       "layout", "val_fraction",
                                  "split_seed", "masks",  "change_folders"};
    for (const auto& [key, value] : json.items())
        if (std::find(std::begin(known), std::end(known), key) == std::end(known))
            invalid(file, "unknown key '" + key + "'");
    const int version = field<int>(json, "version", file, 0);
    if (version < 1) invalid(file, "missing or invalid 'version'");
    if (version > Project::kVersion)
        throw Error(ErrorCode::UnsupportedVersion, file,
                    "project version " + std::to_string(version) +
                        " was written by a newer SegStudio (this one reads up to " +
                        std::to_string(Project::kVersion) + ")");
    Project p;
    p.folder = file.parent_path();
    p.name = field<std::string>(json, "name", file, pathToUtf8(p.folder.filename()));
    if (!json.contains("classes")) invalid(file, "missing 'classes'");
    p.classes = classMapFromJson(json.at("classes"), file);
    const auto data = field<std::string>(json, "data", file, "");
    if (data.empty()) invalid(file, "missing 'data' (the dataset folder)");
    p.dataPath = pathFromUtf8(data);
    const auto layout = field<std::string>(json, "layout", file, "");
    if (!layout.empty()) {
        p.layout = layoutFromName(layout);
        if (!p.layout)
            invalid(file, "unknown layout '" + layout +
                              "' (expected voc, pennfudan, folders, images or change)");
    }
    p.valFraction = field<double>(json, "val_fraction", file, 0.2);
    if (!(p.valFraction >= 0 && p.valFraction <= 1))
        invalid(file, "'val_fraction' must be between 0 and 1");
    p.splitSeed = field<uint64_t>(json, "split_seed", file, 42);
    p.masksFolder = pathFromUtf8(field<std::string>(json, "masks", file, "masks"));
    if (json.contains("change_folders")) p.changeFolders = readChangeFolders(json, file);
    removeAbandonedSaves(p);
    return p;
}

void saveProject(const Project& p) {
    writeTextAtomically(p.file(), projectFileText(p));
}

std::string projectFileText(const Project& p) {
    nlohmann::json json = {
        {"version", Project::kVersion},         {"name", p.name},
        {"classes", classMapToJson(p.classes)}, {"data", pathToUtf8(p.dataPath)},
        {"val_fraction", p.valFraction},        {"split_seed", p.splitSeed},
        {"masks", pathToUtf8(p.masksFolder)},
    };
    if (p.layout) json["layout"] = layoutName(*p.layout);
    if (p.layout == DatasetLayout::ChangePairs || p.changeFolders != ChangeFolders{})
        json["change_folders"] = {{"before", p.changeFolders.before},
                                  {"after", p.changeFolders.after},
                                  {"label", p.changeFolders.label}};
    return json.dump(2) + "\n";
}

Dataset openProjectDataset(const Project& project, OnError onError) {
    DatasetOptions options;
    options.onError = onError;
    options.layout = project.layout;
    options.valFraction = project.valFraction;
    options.splitSeed = project.splitSeed;
    options.changeFolders = project.changeFolders;
    options.assignSplits = false;  // below, once the project's own masks are known
    Dataset dataset = openDataset(project.dataRoot(), options);
    dataset.classes = project.classes;
    const fs::path masks = project.masksRoot();
    std::error_code ec;
    if (fs::is_directory(masks, ec))
        for (auto& sample : dataset.samples) {
            fs::path painted = masks / pathFromUtf8(sample.id + ".png");
            if (fs::is_regular_file(painted, ec)) {
                sample.mask = std::move(painted);
                sample.paintedMask = true;
            }
        }
    // Without split files every image gets its split now, labelled or not, so that an image
    // labelled later keeps the split it has (and runs stay comparable as labels grow).
    bool anySplit = false;
    for (const auto& s : dataset.samples) anySplit |= s.split != Split::Unassigned;
    if (!anySplit) assignSplit(dataset.samples, project.valFraction, project.splitSeed, true);
    return dataset;
}

bool isProjectPath(const fs::path& path) {
    std::error_code ec;
    const bool projectFile = fs::is_regular_file(path, ec) && path.filename() == Project::kFileName;
    return projectFile || fs::exists(path / Project::kFileName, ec);
}

Dataset openProjectOrDataset(const fs::path& path, const DatasetOptions& options) {
    if (isProjectPath(path)) return openProjectDataset(loadProject(path), options.onError);
    Dataset dataset = openDataset(path, options);
    if (dataset.classes.empty()) scanDataset(dataset, options.onError);  // infers the classes
    return dataset;
}

Project createDatasetProject(const fs::path& datasetFolder, const DatasetOptions& options) {
    std::error_code ec;
    if (fs::exists(datasetFolder / Project::kFileName, ec))
        throw Error(ErrorCode::WriteFailed, datasetFolder,
                    "already holds a project (project.json): open it instead");
    const Dataset dataset = openProjectOrDataset(datasetFolder, options);
    Project p;
    p.folder = datasetFolder;
    p.name = pathToUtf8(datasetFolder.filename());
    p.classes = dataset.classes;
    p.dataPath = ".";
    p.layout = dataset.layout;
    if (dataset.layout == DatasetLayout::ChangePairs) p.changeFolders = options.changeFolders;
    writeNewProject(p);
    return p;
}

Project createImageFolderProject(const fs::path& imagesFolder, const ClassMap& classes) {
    std::error_code ec;
    if (fs::exists(imagesFolder / Project::kFileName, ec))
        throw Error(ErrorCode::WriteFailed, imagesFolder,
                    "already holds a project (project.json): open it instead");
    DatasetOptions options;
    options.layout = DatasetLayout::ImageFolder;
    const Dataset dataset = openDataset(imagesFolder, options);  // throws without images
    if (dataset.samples.empty())
        throw Error(ErrorCode::NotADataset, imagesFolder, "holds no readable image files");
    Project p;
    p.folder = imagesFolder;
    p.name = pathToUtf8(imagesFolder.filename());
    p.classes = classes;
    p.dataPath = ".";
    p.layout = DatasetLayout::ImageFolder;
    writeNewProject(p);
    return p;
}

std::optional<Project> createDemoProject(const fs::path& folder,
                                         const SyntheticShapesOptions& options,
                                         const std::function<bool(int, int)>& onProgress) {
    if (!writeShapesDataset(folder / "data", options, onProgress)) return std::nullopt;
    Project p;
    p.name = "Demo: synthetic shapes";
    p.classes = syntheticShapesClasses();
    p.dataPath = "data";
    p.layout = DatasetLayout::FolderPairs;
    p.folder = folder;
    writeNewProject(p);
    return p;
}

}  // namespace seg::core
