#include "core/data/dataset_layouts.h"

#include <algorithm>
#include <sstream>

#include "core/common/atomic_file.h"
#include "core/common/paths.h"
#include "core/data/image_folder.h"

namespace seg::core::layouts {

namespace fs = std::filesystem;

namespace {

bool isDir(const fs::path& p) {
    std::error_code ec;
    return fs::is_directory(p, ec);
}

}  // namespace

ClassMap classesInFolder(const fs::path& root) {
    if (fs::exists(root / "classes.json")) return ClassMap::load(root / "classes.json");
    if (fs::exists(root / "labels.txt")) return ClassMap::fromLabelsFile(root / "labels.txt");
    return {};
}

std::vector<std::string> readIdList(const fs::path& file) {
    std::istringstream in(readTextFile(file));
    std::vector<std::string> ids;
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream words(line);
        std::string id;
        if (words >> id) ids.push_back(id);
    }
    return ids;
}

bool looksLikeVoc(const fs::path& root) {
    return isDir(root / "JPEGImages") && isDir(root / "SegmentationClass");
}

bool looksLikePennFudan(const fs::path& root) {
    return isDir(root / "PNGImages") && isDir(root / "PedMasks");
}

bool looksLikeFolderPairs(const fs::path& root) {
    return isDir(root / "images");
}

namespace {

bool holdsChangePairs(const fs::path& folder, const ChangeFolders& f) {
    return isDir(folder / pathFromUtf8(f.before)) && isDir(folder / pathFromUtf8(f.after));
}

// LEVIR-CD ships train/, val/ and test/, each with the three folders.
const std::pair<const char*, Split> kChangeSplits[] = {
    {"train", Split::Train}, {"val", Split::Val}, {"test", Split::Test}};

void readChangeFolder(Dataset& d, const fs::path& folder, const ChangeFolders& f, Split split) {
    const auto before = seg::core::imagesByStem(folder / pathFromUtf8(f.before), d.problems);
    auto after = seg::core::imagesByStem(folder / pathFromUtf8(f.after), d.problems);
    std::map<std::string, fs::path> labels;
    if (isDir(folder / pathFromUtf8(f.label)))
        labels = seg::core::imagesByStem(folder / pathFromUtf8(f.label), d.problems);
    for (const auto& [id, image] : before) {
        const auto second = after.find(id);
        if (second == after.end()) {
            d.problems.push_back(
                {image, ErrorCode::FileNotFound, "no image of the same name in " + f.after + "/"});
            continue;
        }
        const auto label = labels.find(id);
        Sample sample{id, image, label == labels.end() ? fs::path() : label->second, split};
        sample.after = second->second;
        d.samples.push_back(sample);
        after.erase(second);
        if (label != labels.end()) labels.erase(label);
    }
    for (const auto& [id, image] : after)
        d.problems.push_back(
            {image, ErrorCode::FileNotFound, "no image of the same name in " + f.before + "/"});
    for (const auto& [id, label] : labels)
        d.problems.push_back(
            {label, ErrorCode::FileNotFound, "label has no image pair of the same name"});
}

}  // namespace

bool looksLikeChangePairs(const fs::path& root, const ChangeFolders& folders) {
    if (holdsChangePairs(root, folders)) return true;
    for (const auto& [name, split] : kChangeSplits)
        if (holdsChangePairs(root / name, folders)) return true;
    return false;
}

Dataset readChangePairs(const fs::path& root, const ChangeFolders& folders) {
    Dataset d;
    d.layout = DatasetLayout::ChangePairs;
    d.root = root;
    d.classes = classesInFolder(root);
    if (d.classes.empty()) d.classes = ClassMap({"unchanged", "change"});
    d.maskEncoding = MaskEncoding::Change;
    if (holdsChangePairs(root, folders)) readChangeFolder(d, root, folders, Split::Unassigned);
    for (const auto& [name, split] : kChangeSplits)
        if (holdsChangePairs(root / name, folders))
            readChangeFolder(d, root / name, folders, split);
    // Ids identify samples (masks, scores, the window's list): a name found in two split
    // folders is kept once, and the second is reported.
    std::sort(d.samples.begin(), d.samples.end(),
              [](const Sample& a, const Sample& b) { return a.id < b.id; });
    for (size_t i = 1; i < d.samples.size(); ++i)
        if (d.samples[i].id == d.samples[i - 1].id) {
            d.problems.push_back({d.samples[i].image, ErrorCode::InvalidContent,
                                  "a pair named '" + d.samples[i].id + "' is there twice"});
            d.samples.erase(d.samples.begin() + static_cast<long>(i--));
        }
    return d;
}

Dataset readVoc(const fs::path& root) {
    Dataset d;
    d.layout = DatasetLayout::Voc;
    d.root = root;
    d.classes = classesInFolder(root);
    if (d.classes.empty()) d.classes = ClassMap::voc();
    const auto images = seg::core::imagesByStem(root / "JPEGImages", d.problems);
    const auto masks = seg::core::imagesByStem(root / "SegmentationClass", d.problems);

    const fs::path sets = root / "ImageSets" / "Segmentation";
    const std::pair<const char*, Split> splitFiles[] = {
        {"train.txt", Split::Train}, {"val.txt", Split::Val}, {"test.txt", Split::Test}};
    std::map<std::string, Split> listed;
    for (const auto& [name, split] : splitFiles)
        if (fs::exists(sets / name))
            for (const auto& id : readIdList(sets / name)) listed.emplace(id, split);

    if (listed.empty()) {
        // Without split files, the segmentation samples are the images that have a mask.
        for (const auto& [id, mask] : masks) {
            const auto image = images.find(id);
            if (image == images.end()) {
                d.problems.push_back(
                    {mask, ErrorCode::FileNotFound, "mask has no image in JPEGImages"});
                continue;
            }
            d.samples.push_back({id, image->second, mask, Split::Unassigned});
        }
        return d;
    }
    for (const auto& [id, split] : listed) {
        const auto image = images.find(id);
        if (image == images.end()) {
            d.problems.push_back({sets, ErrorCode::FileNotFound,
                                  "'" + id + "' is listed but JPEGImages has no such image"});
            continue;
        }
        const auto mask = masks.find(id);
        if (mask == masks.end() && split != Split::Test) {
            d.problems.push_back({image->second, ErrorCode::FileNotFound,
                                  std::string("listed for ") + splitName(split) +
                                      " but SegmentationClass has no mask for it"});
            continue;
        }
        d.samples.push_back(
            {id, image->second, mask == masks.end() ? fs::path() : mask->second, split});
    }
    return d;
}

Dataset readPennFudan(const fs::path& root) {
    Dataset d;
    d.layout = DatasetLayout::PennFudan;
    d.root = root;
    d.classes = ClassMap({"background", "person"});
    d.maskEncoding = MaskEncoding::Instances;
    const auto images = seg::core::imagesByStem(root / "PNGImages", d.problems);
    auto masks = seg::core::imagesByStem(root / "PedMasks", d.problems);
    for (const auto& [id, image] : images) {
        auto mask = masks.find(id + "_mask");
        fs::path maskPath;
        if (mask != masks.end()) {
            maskPath = mask->second;
            masks.erase(mask);
        } else {
            d.problems.push_back(
                {image, ErrorCode::FileNotFound, "no mask " + id + "_mask.png in PedMasks"});
        }
        d.samples.push_back({id, image, maskPath, Split::Unassigned});
    }
    for (const auto& [id, mask] : masks)
        d.problems.push_back({mask, ErrorCode::FileNotFound, "mask has no image in PNGImages"});
    return d;
}

Dataset readFolderPairs(const fs::path& root) {
    Dataset d;
    d.layout = DatasetLayout::FolderPairs;
    d.root = root;
    d.classes = classesInFolder(root);
    const auto images = seg::core::imagesByStem(root / "images", d.problems);
    std::map<std::string, fs::path> masks;
    if (isDir(root / "masks")) masks = seg::core::imagesByStem(root / "masks", d.problems);

    std::map<std::string, Split> listed;
    for (const auto& [name, split] :
         {std::pair{"train.txt", Split::Train}, std::pair{"val.txt", Split::Val}})
        if (fs::exists(root / name))
            for (const auto& id : readIdList(root / name)) listed.emplace(id, split);

    for (const auto& [id, image] : images) {
        const auto mask = masks.find(id);
        const auto split = listed.find(id);
        d.samples.push_back({id, image, mask == masks.end() ? fs::path() : mask->second,
                             split == listed.end() ? Split::Unassigned : split->second});
        if (mask != masks.end()) masks.erase(mask);
    }
    for (const auto& [id, mask] : masks)
        d.problems.push_back(
            {mask, ErrorCode::FileNotFound, "mask has no image of the same name in images/"});
    return d;
}

Dataset readImageFolder(const fs::path& root) {
    Dataset d;
    d.layout = DatasetLayout::ImageFolder;
    d.root = root;
    for (const auto& [id, image] : seg::core::imagesByStem(root, d.problems))
        d.samples.push_back({id, image, fs::path(), Split::Unassigned});
    return d;
}

}  // namespace seg::core::layouts
