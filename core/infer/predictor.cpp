#include "core/infer/predictor.h"

#include <algorithm>

#include <torch/torch.h>
#include <opencv2/imgproc.hpp>

#include "core/common/error.h"
#include "core/models/blocks.h"
#include "core/runtime/torch_runtime.h"
#include "core/train/checkpoint_io.h"
#include "core/train/image_tensor.h"

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

class CheckpointPredictor : public Predictor {
public:
    CheckpointPredictor(LoadedCheckpoint loaded, const PredictOptions& options)
        : m_loaded(std::move(loaded)), m_options(options) {
        // The count is process-wide: a window's helper jobs pass -1 to leave it alone.
        if (options.threads >= 0) configureTorchThreads(options.threads);
        // The model is in eval mode: BatchNorm folds into the convolutions, and the
        // channels-last layout suits oneDNN's CPU convolutions.
        foldBatchNorms(*m_loaded.model);
        m_loaded.model->useChannelsLast();
    }

    const CheckpointInfo& info() const override { return m_loaded.info; }

    cv::Mat predictMask(const cv::Mat& image) override {
        const torch::Tensor probabilities = probabilityTensor(image);  // [C, H, W]
        const auto labels = probabilities.argmax(0).to(torch::kUInt8).contiguous();
        return cv::Mat(image.rows, image.cols, CV_8UC1, labels.data_ptr<uint8_t>()).clone();
    }

    std::vector<cv::Mat> predictProbabilities(const cv::Mat& image) override {
        const torch::Tensor probabilities = probabilityTensor(image).contiguous();
        std::vector<cv::Mat> out;
        for (int64_t c = 0; c < probabilities.size(0); ++c)
            out.push_back(
                cv::Mat(image.rows, image.cols, CV_32FC1, probabilities[c].data_ptr<float>())
                    .clone());
        return out;
    }

private:
    torch::Tensor toInput(const cv::Mat& bgr) const {
        return imagesToInput({bgr}, m_loaded.info.mean, m_loaded.info.std);
    }

    torch::Tensor probabilityTensor(const cv::Mat& image) {
        if (image.empty() || image.type() != CV_8UC3)
            throw Error(ErrorCode::InvalidArgument, {}, "prediction needs an 8-bit colour image");
        torch::InferenceMode inference;
        auto& model = *m_loaded.model;
        const int tile = m_options.tileSize;
        if (image.cols <= tile && image.rows <= tile)
            return torch::softmax(model.forward(toInput(image)), 1)[0];

        // Sliding window: probabilities of overlapping tiles are averaged, weighted by a
        // ramp that trusts tile centres more than their borders.
        const int64_t classes = model.spec().numClasses;
        auto sum = torch::zeros({classes, image.rows, image.cols});
        auto weight = torch::zeros({1, image.rows, image.cols});
        const int tw = std::min(tile, image.cols), th = std::min(tile, image.rows);
        const auto ramp = [](int n) {
            auto r = torch::arange(n, torch::kFloat32);
            return torch::minimum(r + 1, n - r).clamp_max(32.0f) / 32.0f;
        };
        const auto window = (ramp(th).view({th, 1}) * ramp(tw).view({1, tw})).unsqueeze(0);
        for (int y : tileStarts(image.rows, th, m_options.overlap))
            for (int x : tileStarts(image.cols, tw, m_options.overlap)) {
                const cv::Mat patch = image(cv::Rect(x, y, tw, th));
                const auto p = torch::softmax(model.forward(toInput(patch)), 1)[0];
                using torch::indexing::Slice;
                sum.index({Slice(), Slice(y, y + th), Slice(x, x + tw)}) += p * window;
                weight.index({Slice(), Slice(y, y + th), Slice(x, x + tw)}) += window;
            }
        return sum / weight;
    }

    LoadedCheckpoint m_loaded;
    PredictOptions m_options;
};

}  // namespace

std::unique_ptr<Predictor> Predictor::fromCheckpoint(const std::filesystem::path& checkpoint,
                                                     const PredictOptions& options) {
    if (options.tileSize < 32 || options.overlap < 0 || options.overlap >= options.tileSize)
        throw Error(ErrorCode::InvalidArgument, {},
                    "tile size must be at least 32 and the overlap smaller than it");
    LoadedCheckpoint loaded = loadCheckpoint(checkpoint);  // throws Error naming the file
    // Folding BatchNorm reads every weight: weights that loaded but make no sense (a damaged
    // checkpoint from before digests) must not end the process from here either.
    try {
        return std::make_unique<CheckpointPredictor>(std::move(loaded), options);
    } catch (const Error&) {
        throw;
    } catch (const std::exception& e) {
        const std::string what = e.what();
        throw Error(ErrorCode::InvalidContent, checkpoint,
                    "cannot prepare its model for prediction: " + what.substr(0, what.find('\n')));
    }
}

}  // namespace seg::core
