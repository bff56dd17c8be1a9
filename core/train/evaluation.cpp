#include "core/train/evaluation.h"

#include <cmath>

#include "core/train/losses.h"

namespace seg::core {

EvaluationResult evaluate(SegmentationModelImpl& model, BatchLoader& loader,
                          const LossConfig& lossConfig, const torch::Tensor& classWeights,
                          uint8_t ignoreIndex, const torch::Device& device,
                          const std::atomic<bool>* stop) {
    const bool wasTraining = model.is_training();
    model.eval();
    EvaluationResult result{0.0, ConfusionMatrix(model.spec().numClasses, ignoreIndex), 0, false};
    double lossSum = 0.0;
    int batches = 0;
    {
        torch::InferenceMode inference;
        while (auto batch = loader.next()) {
            if (stop && stop->load()) {
                result.cancelled = true;
                break;
            }
            const auto images = batch->images.to(device);
            const auto targets = batch->targets.to(device);
            const auto logits = model.forward(images);
            lossSum += segmentationLoss(lossConfig, logits, targets, ignoreIndex, classWeights)
                           .item<double>();
            ++batches;
            const auto predicted = logits.argmax(1).to(torch::kUInt8).cpu().contiguous();
            const auto truth = batch->targets.to(torch::kUInt8).contiguous();
            result.matrix.add(predicted.data_ptr<uint8_t>(), truth.data_ptr<uint8_t>(),
                              static_cast<size_t>(truth.numel()));
            result.images += static_cast<int>(images.size(0));
        }
    }
    result.loss = batches ? lossSum / batches : std::nan("");
    model.train(wasTraining);
    return result;
}

}  // namespace seg::core
