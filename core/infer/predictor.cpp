#include "core/infer/predictor.h"

#include <algorithm>

#include "core/common/error.h"
#include "core/infer/tiled_predictor.h"
#include "core/models/blocks.h"
#include "core/models/model_spec.h"
#include "core/runtime/torch_errors.h"
#include "core/runtime/torch_runtime.h"
#include "core/train/checkpoint_io.h"
#include "core/train/image_tensor.h"

namespace seg::core {

namespace {

class CheckpointPredictor : public TiledPredictor {
public:
    CheckpointPredictor(const std::filesystem::path& file, LoadedCheckpoint loaded,
                        const PredictOptions& options)
        : TiledPredictor(options), m_loaded(std::move(loaded)) {
        // The count is process-wide: a window's helper jobs pass -1 to leave it alone.
        if (options.threads >= 0) configureTorchThreads(options.threads);
        // The model is in eval mode: BatchNorm folds into the convolutions, and the
        // channels-last layout suits oneDNN's CPU convolutions.
        foldBatchNorms(*m_loaded.model);
        m_loaded.model->useChannelsLast();
        m_info.file = file;
        m_info.model = describeModel(m_loaded.info.model);
        m_info.classes = m_loaded.info.classes;
        m_info.mean = m_loaded.info.mean;
        m_info.std = m_loaded.info.std;
        m_info.inputImages = std::max(1, m_loaded.info.model.inChannels / 3);
    }

    const PredictorInfo& info() const override { return m_info; }

protected:
    torch::Tensor tileProbabilities(const cv::Mat& bgr) override {
        const auto input = imagesToInput({bgr}, m_loaded.info.mean, m_loaded.info.std);
        return torch::softmax(m_loaded.model->forward(input), 1)[0];
    }

private:
    LoadedCheckpoint m_loaded;
    PredictorInfo m_info;
};

}  // namespace

std::unique_ptr<Predictor> Predictor::fromCheckpoint(const std::filesystem::path& checkpoint,
                                                     const PredictOptions& options) {
    LoadedCheckpoint loaded = loadCheckpoint(checkpoint);  // throws Error naming the file
    // Folding BatchNorm reads every weight: weights that loaded but make no sense (a damaged
    // checkpoint from before digests) must not end the process from here either.
    std::unique_ptr<Predictor> predictor;
    guardedTorchStep(
        checkpoint, ErrorCode::InvalidContent, "cannot prepare its model for prediction", [&] {
            predictor =
                std::make_unique<CheckpointPredictor>(checkpoint, std::move(loaded), options);
        });
    return predictor;
}

}  // namespace seg::core
