#include "core/infer/tiled_predictor.h"

#include <algorithm>

#include "core/common/error.h"
#include "core/data/image_pair.h"
#include "core/infer/dense_crf.h"

namespace seg::core {

namespace {

// Tile origins along one side so that tiles of `tile` pixels overlapping by at least
// `overlap` cover [0, length).
std::vector<int> tileStarts(int length, int tile, int overlap) {
    if (length <= tile) return {0};
    std::vector<int> starts;
    const int step = std::max(1, tile - overlap);
    for (int s = 0;; s += step) {
        if (s + tile >= length) {
            starts.push_back(length - tile);
            break;
        }
        starts.push_back(s);
    }
    return starts;
}

}  // namespace

TiledPredictor::TiledPredictor(const PredictOptions& options) : m_options(options) {
    if (options.tileSize < 32 || options.overlap < 0 || options.overlap >= options.tileSize)
        throw Error(ErrorCode::InvalidArgument, {},
                    "tile size must be at least 32 and the overlap smaller than it");
    if (options.crf) validateDenseCrfSettings(*options.crf);
}

cv::Mat TiledPredictor::predictMask(const cv::Mat& image) {
    const torch::Tensor probabilities = probabilityTensor(image);
    const auto labels = probabilities.argmax(0).to(torch::kUInt8).contiguous();
    return cv::Mat(image.rows, image.cols, CV_8UC1, labels.data_ptr<uint8_t>()).clone();
}

std::vector<cv::Mat> TiledPredictor::predictProbabilities(const cv::Mat& image) {
    const torch::Tensor probabilities = probabilityTensor(image).contiguous();
    std::vector<cv::Mat> out;
    for (int64_t c = 0; c < probabilities.size(0); ++c)
        out.push_back(
            cv::Mat(image.rows, image.cols, CV_32FC1, probabilities[c].data_ptr<float>()).clone());
    return out;
}

torch::Tensor TiledPredictor::probabilityTensor(const cv::Mat& image) {
    torch::Tensor probabilities = modelProbabilities(image);
    if (!m_options.crf) return probabilities;
    probabilities = probabilities.contiguous();
    std::vector<cv::Mat> planes;
    for (int64_t c = 0; c < probabilities.size(0); ++c)
        planes.emplace_back(image.rows, image.cols, CV_32FC1, probabilities[c].data_ptr<float>());
    const std::vector<cv::Mat> refined =
        refineWithDenseCrf(sceneImage(image), planes, *m_options.crf);
    torch::Tensor out = torch::empty_like(probabilities);
    for (size_t c = 0; c < refined.size(); ++c)
        std::copy_n(refined[c].ptr<float>(), refined[c].total(), out[int64_t(c)].data_ptr<float>());
    return out;
}

torch::Tensor TiledPredictor::modelProbabilities(const cv::Mat& image) {
    const int images = info().inputImages;
    if (image.empty() || image.type() != CV_8UC(3 * images))
        throw Error(ErrorCode::InvalidArgument, {},
                    images == 2 ? "this model compares image pairs: it needs a before and an "
                                  "after image of one size"
                    : image.channels() == 6 ? "this model takes single images, not image pairs"
                                            : "prediction needs an 8-bit colour image");
    torch::InferenceMode inference;
    const int tile = m_options.tileSize;
    if (image.cols <= tile && image.rows <= tile) return tileProbabilities(image);

    // Sliding window: probabilities of overlapping tiles are averaged, weighted by a ramp
    // that trusts tile centres more than their borders.
    torch::Tensor sum, weight;
    const int tw = std::min(tile, image.cols), th = std::min(tile, image.rows);
    const auto ramp = [](int n) {
        auto r = torch::arange(n, torch::kFloat32);
        return torch::minimum(r + 1, n - r).clamp_max(32.0f) / 32.0f;
    };
    const auto window = (ramp(th).view({th, 1}) * ramp(tw).view({1, tw})).unsqueeze(0);
    for (int y : tileStarts(image.rows, th, m_options.overlap))
        for (int x : tileStarts(image.cols, tw, m_options.overlap)) {
            const auto p = tileProbabilities(image(cv::Rect(x, y, tw, th)));
            if (!sum.defined()) {
                sum = torch::zeros({p.size(0), image.rows, image.cols});
                weight = torch::zeros({1, image.rows, image.cols});
            }
            using torch::indexing::Slice;
            sum.index({Slice(), Slice(y, y + th), Slice(x, x + tw)}) += p * window;
            weight.index({Slice(), Slice(y, y + th), Slice(x, x + tw)}) += window;
        }
    return sum / weight;
}

}  // namespace seg::core
