#include "core/data/dataset.h"

#include "core/common/paths.h"
#include "core/data/dataset_layouts.h"
#include "core/data/dataset_split.h"
#include "core/data/image_io.h"
#include "core/data/image_pair.h"
#include "core/data/mask_io.h"

namespace seg::core {

namespace fs = std::filesystem;

const char* splitName(Split split) {
    switch (split) {
        case Split::Train:
            return "train";
        case Split::Val:
            return "val";
        case Split::Test:
            return "test";
        case Split::Unassigned:
            return "none";
    }
    return "none";
}

const char* layoutName(DatasetLayout layout) {
    switch (layout) {
        case DatasetLayout::Voc:
            return "voc";
        case DatasetLayout::PennFudan:
            return "pennfudan";
        case DatasetLayout::FolderPairs:
            return "folders";
        case DatasetLayout::ImageFolder:
            return "images";
        case DatasetLayout::ChangePairs:
            return "change";
    }
    return "folders";
}

std::optional<DatasetLayout> layoutFromName(const std::string& name) {
    for (auto layout : {DatasetLayout::Voc, DatasetLayout::PennFudan, DatasetLayout::FolderPairs,
                        DatasetLayout::ImageFolder, DatasetLayout::ChangePairs})
        if (name == layoutName(layout)) return layout;
    return std::nullopt;
}

std::string changeFolderNameProblem(const std::string& name) {
    if (name.empty()) return "a folder name is empty";
    if (name == "." || name == "..") return "'" + name + "' is not a folder name";
    if (name.find_first_of("/\\") != std::string::npos)
        return "'" + name + "' is a path, not a folder name";
    return {};
}

std::optional<DatasetLayout> detectLayout(const fs::path& root, const ChangeFolders& folders) {
    if (layouts::looksLikeVoc(root)) return DatasetLayout::Voc;
    if (layouts::looksLikePennFudan(root)) return DatasetLayout::PennFudan;
    if (layouts::looksLikeFolderPairs(root)) return DatasetLayout::FolderPairs;
    if (layouts::looksLikeChangePairs(root, folders)) return DatasetLayout::ChangePairs;
    return std::nullopt;
}

Dataset openDataset(const fs::path& root, const DatasetOptions& options) {
    requireDirectory(root);
    std::optional<DatasetLayout> layout = options.layout;
    if (!layout) {
        layout = detectLayout(root, options.changeFolders);
        if (!layout)
            throw Error(ErrorCode::NotADataset, root,
                        "not a dataset: expected JPEGImages/ + SegmentationClass/ (VOC), "
                        "PNGImages/ + PedMasks/ (PennFudan), images/ + masks/ (folder pairs) "
                        "or " +
                            options.changeFolders.before + "/ + " + options.changeFolders.after +
                            "/ + " + options.changeFolders.label + "/ (change pairs)");
    }
    Dataset d;
    switch (*layout) {
        case DatasetLayout::Voc:
            d = layouts::readVoc(root);
            break;
        case DatasetLayout::PennFudan:
            d = layouts::readPennFudan(root);
            break;
        case DatasetLayout::FolderPairs:
            d = layouts::readFolderPairs(root);
            break;
        case DatasetLayout::ImageFolder:
            d = layouts::readImageFolder(root);
            break;
        case DatasetLayout::ChangePairs:
            d = layouts::readChangePairs(root, options.changeFolders);
            break;
    }
    if (options.onError == OnError::Stop && !d.problems.empty()) {
        throw d.problems.front().toError();
    }
    if (d.maskEncoding == MaskEncoding::Instances && options.keepInstances) {
        d.maskEncoding = MaskEncoding::ClassIndex;
        d.classes = ClassMap();  // instance ids: inferred by scanDataset
    }
    bool anySplit = false;
    for (const auto& s : d.samples) anySplit |= s.split != Split::Unassigned;
    if (!anySplit && options.assignSplits)
        assignSplit(d.samples, options.valFraction, options.splitSeed);
    if (d.samples.empty() && d.problems.empty())
        throw Error(ErrorCode::NotADataset, root, "dataset folder holds no images");
    return d;
}

int imagesPerSample(const Dataset& dataset) {
    return dataset.layout == DatasetLayout::ChangePairs ? 2 : 1;
}

LoadedSample loadSample(const Dataset& dataset, const Sample& sample) {
    LoadedSample out;
    out.image = readImage(sample.image);
    if (sample.isPair())
        out.image = stackPair(out.image, readAfterImage(sample.after, out.image.size()));
    if (!sample.hasMask()) return out;
    out.mask = readSampleMask(dataset, sample);
    if (out.mask.size() != out.image.size())
        throw Error(ErrorCode::SizeMismatch, sample.mask,
                    "mask is " + std::to_string(out.mask.cols) + "x" +
                        std::to_string(out.mask.rows) + " but its image is " +
                        std::to_string(out.image.cols) + "x" + std::to_string(out.image.rows));
    if (!dataset.classes.empty()) checkMaskValues(out.mask, dataset.classes, sample.mask);
    return out;
}

cv::Mat readAfterImage(const fs::path& afterFile, cv::Size beforeSize) {
    cv::Mat after = readImage(afterFile);
    if (after.size() != beforeSize)
        throw Error(ErrorCode::SizeMismatch, afterFile,
                    "the after image is " + std::to_string(after.cols) + "x" +
                        std::to_string(after.rows) + " but its before image is " +
                        std::to_string(beforeSize.width) + "x" + std::to_string(beforeSize.height));
    return after;
}

cv::Mat readSampleMask(const Dataset& dataset, const Sample& sample) {
    return readDatasetMask(sample.mask,
                           sample.paintedMask ? MaskEncoding::ClassIndex : dataset.maskEncoding,
                           dataset.classes);
}

cv::Mat readDatasetMask(const fs::path& file, MaskEncoding encoding, const ClassMap& classes) {
    cv::Mat mask = readMask(file, classes.empty() ? nullptr : &classes);
    if (encoding == MaskEncoding::ClassIndex) return mask;
    // A table lookup rather than cv::Mat::forEach: forEach runs our lambda on
    // OpenCV's TBB workers, whose synchronisation ThreadSanitizer cannot see.
    cv::Mat table(1, 256, CV_8U);
    const uint8_t ignore = classes.ignoreIndex();
    for (int v = 0; v < 256; ++v) {
        if (encoding == MaskEncoding::Change)
            table.at<uint8_t>(v) = v >= 128 ? 1 : 0;
        else  // Instances: instance ids -> one foreground class; ignore stays ignored.
            table.at<uint8_t>(v) = (v != 0 && v != ignore) ? 1 : static_cast<uint8_t>(v);
    }
    cv::LUT(mask, table, mask);
    return mask;
}

}  // namespace seg::core
