#pragma once
// Predicting a folder of images (or one image) into palette PNG masks named after the images,
// and optionally overlays (the image with its mask blended in) in an "overlays" folder inside
// the output, apart from the masks. What `segstudio-cli predict` and the window's Batch
// Prediction do. Torch-free header; runs on the calling thread (a worker in the GUI).

#include <filesystem>
#include <functional>
#include <vector>

#include "core/data/dataset.h"
#include "core/infer/predictor.h"

namespace seg::core {

struct BatchPredictionResult {
    int written = 0;
    int total = 0;                  // images found
    bool stopped = false;           // onProgress returned false
    std::vector<Problem> problems;  // images that could not be read or written (skipped)
};

// The images `input` names: the image itself, or the images of a folder (by stem, sorted).
// Throws Error naming `input` when it is a folder without images or does not exist.
std::vector<std::filesystem::path> batchInputs(const std::filesystem::path& input,
                                               std::vector<Problem>& problems);

// Predicts every image of `inputs` into `outFolder` (created if missing); a mask that exists
// is replaced (temp file and rename). onProgress(done, total) may return false to stop.
// Throws Error naming `outFolder` when it cannot be created.
BatchPredictionResult predictImages(Predictor& predictor,
                                    const std::vector<std::filesystem::path>& inputs,
                                    const std::filesystem::path& outFolder, bool overlays,
                                    const std::function<bool(int, int)>& onProgress = {});

}  // namespace seg::core
