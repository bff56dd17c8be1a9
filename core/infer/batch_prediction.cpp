#include "core/infer/batch_prediction.h"

#include "core/common/atomic_file.h"
#include "core/common/error.h"
#include "core/common/paths.h"
#include "core/data/image_folder.h"
#include "core/data/image_io.h"
#include "core/data/mask_io.h"
#include "core/infer/dataset_evaluation.h"

namespace seg::core {

namespace fs = std::filesystem;

std::vector<fs::path> batchInputs(const fs::path& input, std::vector<Problem>& problems) {
    std::error_code ec;
    if (!fs::exists(input, ec)) throw Error(ErrorCode::FileNotFound, input, "does not exist");
    if (!fs::is_directory(input, ec)) return {input};
    std::vector<fs::path> files;
    for (const auto& [stem, file] : imagesByStem(input, problems)) files.push_back(file);
    if (files.empty()) throw Error(ErrorCode::NotADataset, input, "folder holds no images");
    return files;
}

BatchPredictionResult predictImages(Predictor& predictor, const std::vector<fs::path>& inputs,
                                    const fs::path& outFolder, bool overlays,
                                    const std::function<bool(int, int)>& onProgress) {
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
        const fs::path& file = inputs[i];
        try {
            const cv::Mat image = readImage(file);
            const cv::Mat mask = predictor.predictMask(image);
            const std::string stem = pathToUtf8(file.stem());
            writeMask(outFolder / pathFromUtf8(stem + ".png"), mask, classes);
            if (overlays)
                writeImagePng(overlayFolder / pathFromUtf8(stem + "_overlay.png"),
                              overlayMask(image, mask, classes));
            ++result.written;
        } catch (const Error& e) {
            result.problems.push_back(Problem::from(e));
        }
    }
    if (onProgress && !result.stopped) onProgress(result.total, result.total);
    return result;
}

}  // namespace seg::core
