#include "core/infer/batch_prediction.h"

#include <map>

#include "core/common/atomic_file.h"
#include "core/common/error.h"
#include "core/common/paths.h"
#include "core/data/image_folder.h"
#include "core/data/image_io.h"
#include "core/data/image_pair.h"
#include "core/data/mask_io.h"
#include "core/infer/dataset_evaluation.h"

namespace seg::core {

namespace fs = std::filesystem;

namespace {

// Whether `path` is a folder; throws Error naming it when it does not exist.
bool existingFolder(const fs::path& path) {
    std::error_code ec;
    if (!fs::exists(path, ec)) throw Error(ErrorCode::FileNotFound, path, "does not exist");
    return fs::is_directory(path, ec);
}

std::map<std::string, fs::path> folderImages(const fs::path& folder,
                                             std::vector<Problem>& problems) {
    auto images = imagesByStem(folder, problems);
    if (images.empty()) throw Error(ErrorCode::NotADataset, folder, "folder holds no images");
    return images;
}

}  // namespace

std::vector<BatchInput> batchInputs(const fs::path& input, const fs::path& after,
                                    std::vector<Problem>& problems) {
    const bool folder = existingFolder(input);
    if (!after.empty() && existingFolder(after) != folder)
        throw Error(ErrorCode::InvalidArgument, after,
                    folder ? "is a file, but the before images are a folder"
                           : "is a folder, but the before image is a file");
    if (!folder) return {{input, after}};
    std::vector<BatchInput> inputs;
    const auto images = folderImages(input, problems);
    if (after.empty()) {
        for (const auto& [stem, file] : images) inputs.push_back({file, {}});
        return inputs;
    }
    const auto afterImages = folderImages(after, problems);
    for (const auto& [stem, file] : images) {
        const auto partner = afterImages.find(stem);
        if (partner == afterImages.end())
            problems.push_back({file, ErrorCode::FileNotFound,
                                "has no after image named " + stem + " in " + pathToUtf8(after)});
        else
            inputs.push_back({file, partner->second});
    }
    for (const auto& [stem, file] : afterImages)
        if (!images.count(stem))
            problems.push_back({file, ErrorCode::FileNotFound,
                                "has no before image named " + stem + " in " + pathToUtf8(input)});
    if (inputs.empty())
        throw Error(ErrorCode::NotADataset, input,
                    "no image has an after image of the same name in " + pathToUtf8(after));
    return inputs;
}

BatchPredictionResult predictImages(Predictor& predictor, const std::vector<BatchInput>& inputs,
                                    const fs::path& outFolder, bool overlays,
                                    const std::function<bool(int, int)>& onProgress) {
    const bool pairs = !inputs.empty() && !inputs.front().after.empty();
    if (!inputs.empty() && (predictor.info().inputImages == 2) != pairs)
        throw Error(ErrorCode::InvalidArgument, inputs.front().image,
                    pairs ? "the model predicts single images, not image pairs"
                          : "the model compares image pairs: it needs the after images too");
    createFolderIfMissing(outFolder);
    // Overlays get a folder of their own: next to the masks they would be taken for masks by
    // whatever reads the folder next (score, a dataset reader).
    const fs::path overlayFolder = outFolder / "overlays";
    if (overlays) createFolderIfMissing(overlayFolder);
    BatchPredictionResult result;
    result.total = static_cast<int>(inputs.size());
    const ClassMap& classes = predictor.info().classes;
    for (size_t i = 0; i < inputs.size(); ++i) {
        if (onProgress && !onProgress(static_cast<int>(i), result.total)) {
            result.stopped = true;
            break;
        }
        const fs::path& file = inputs[i].image;
        try {
            cv::Mat image = readImage(file);
            if (pairs) image = stackPair(image, readAfterImage(inputs[i].after, image.size()));
            const cv::Mat mask = predictor.predictMask(image);
            const std::string stem = pathToUtf8(file.stem());
            writeMask(outFolder / pathFromUtf8(stem + ".png"), mask, classes);
            if (overlays)
                writeImagePng(overlayFolder / pathFromUtf8(stem + "_overlay.png"),
                              overlayMask(sceneImage(image), mask, classes));
            ++result.written;
        } catch (const Error& e) {
            result.problems.push_back(Problem::from(e));
        }
    }
    if (onProgress && !result.stopped) onProgress(result.total, result.total);
    return result;
}

}  // namespace seg::core
