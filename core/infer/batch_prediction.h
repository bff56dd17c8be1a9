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

// One image to predict, or a change pair (the mask is named after the before image).
struct BatchInput {
    std::filesystem::path image;
    std::filesystem::path after;  // empty for a single image
};

// The images `input` names: the image itself, or the images of a folder (by stem, sorted).
// With `after` (a change model's second date): an image and its after image, or two folders
// whose images pair up by stem; an image without its partner is a problem and skipped.
// Throws Error naming `input` (or `after`) when it does not exist, is a folder without
// images, or the two are not both files or both folders.
std::vector<BatchInput> batchInputs(const std::filesystem::path& input,
                                    const std::filesystem::path& after,
                                    std::vector<Problem>& problems);

// Predicts every image of `inputs` into `outFolder` (created if missing); a mask that exists
// is replaced (temp file and rename). A pair's overlay is drawn over its after image.
// onProgress(done, total) may return false to stop. Throws Error naming `outFolder` when it
// cannot be created, and Error(InvalidArgument) when the predictor's model takes pairs and
// `inputs` single images, or the other way round.
BatchPredictionResult predictImages(Predictor& predictor, const std::vector<BatchInput>& inputs,
                                    const std::filesystem::path& outFolder, bool overlays,
                                    const std::function<bool(int, int)>& onProgress = {});

}  // namespace seg::core
