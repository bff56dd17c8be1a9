#pragma once
// Evaluates a model on batches: mean loss and the confusion matrix of argmax predictions.
// Training or prediction thread; runs under inference mode and restores the model's mode.

#include <atomic>
#include <functional>

#include <torch/torch.h>

#include "core/eval/confusion_matrix.h"
#include "core/models/segmentation_model.h"
#include "core/train/batch_loader.h"

namespace seg::core {

struct EvaluationResult {
    double loss = 0.0;  // mean over batches; NaN when there were none
    ConfusionMatrix matrix;
    int images = 0;
    bool cancelled = false;
};

EvaluationResult evaluate(SegmentationModelImpl& model, BatchLoader& loader, const LossConfig& loss,
                          const torch::Tensor& classWeights, uint8_t ignoreIndex,
                          const torch::Device& device, const std::atomic<bool>* stop = nullptr);

}  // namespace seg::core
