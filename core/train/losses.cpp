#include "core/train/losses.h"

#include "core/common/error.h"

namespace seg::core {

namespace F = torch::nn::functional;

namespace {

torch::Tensor zeroLoss(const torch::Tensor& logits) {
    return logits.sum() * 0.0;
}

// Probabilities [P, C] and labels [P] of the labelled pixels only.
std::pair<torch::Tensor, torch::Tensor> labelledPixels(const torch::Tensor& logits,
                                                       const torch::Tensor& target,
                                                       int64_t ignoreIndex) {
    const auto classes = logits.size(1);
    const auto probabilities =
        torch::softmax(logits, 1).permute({0, 2, 3, 1}).reshape({-1, classes});
    const auto labels = target.reshape({-1});
    const auto valid = labels != ignoreIndex;
    return {probabilities.index({valid}), labels.index({valid})};
}

}  // namespace

torch::Tensor crossEntropyLoss(const torch::Tensor& logits, const torch::Tensor& target,
                               int64_t ignoreIndex, const torch::Tensor& classWeights,
                               double labelSmoothing) {
    if (!(target != ignoreIndex).any().item<bool>()) return zeroLoss(logits);
    auto options =
        F::CrossEntropyFuncOptions().ignore_index(ignoreIndex).label_smoothing(labelSmoothing);
    if (classWeights.defined()) options = options.weight(classWeights);
    return F::cross_entropy(logits, target, options);
}

torch::Tensor softDiceLoss(const torch::Tensor& logits, const torch::Tensor& target,
                           int64_t ignoreIndex) {
    const auto [probabilities, labels] = labelledPixels(logits, target, ignoreIndex);
    if (labels.numel() == 0) return zeroLoss(logits);
    const auto onehot = F::one_hot(labels, logits.size(1)).to(probabilities.dtype());
    const auto intersection = (probabilities * onehot).sum(0);
    const auto total = probabilities.sum(0) + onehot.sum(0);
    const auto dice = (2.0 * intersection + 1.0) / (total + 1.0);
    // Classes absent from both target and prediction say nothing about this batch.
    const auto present =
        (onehot.sum(0) > 0) | (probabilities.argmax(1).bincount({}, logits.size(1)) > 0);
    return 1.0 - dice.index({present}).mean();
}

torch::Tensor focalLoss(const torch::Tensor& logits, const torch::Tensor& target,
                        int64_t ignoreIndex, double gamma) {
    const auto valid = target != ignoreIndex;
    if (!valid.any().item<bool>()) return zeroLoss(logits);
    const auto perPixel = F::cross_entropy(
        logits, target,
        F::CrossEntropyFuncOptions().ignore_index(ignoreIndex).reduction(torch::kNone));
    const auto pt = torch::exp(-perPixel);
    return (torch::pow(1.0 - pt, gamma) * perPixel).index({valid}).mean();
}

torch::Tensor lovaszSoftmaxLoss(const torch::Tensor& logits, const torch::Tensor& target,
                                int64_t ignoreIndex) {
    const auto [probabilities, labels] = labelledPixels(logits, target, ignoreIndex);
    if (labels.numel() == 0) return zeroLoss(logits);
    std::vector<torch::Tensor> losses;
    for (int64_t c = 0; c < logits.size(1); ++c) {
        const auto foreground = (labels == c).to(probabilities.dtype());
        if (foreground.sum().item<double>() == 0) continue;
        const auto errors = (foreground - probabilities.select(1, c)).abs();
        const auto [sorted, order] = torch::sort(errors, 0, /*descending=*/true);
        const auto fgSorted = foreground.index({order});
        // Gradient of the Lovász extension of the Jaccard loss at the sorted errors.
        const auto gts = fgSorted.sum();
        const auto intersection = gts - fgSorted.cumsum(0);
        const auto unionPixels = gts + (1.0 - fgSorted).cumsum(0);
        auto jaccard = 1.0 - intersection / unionPixels;
        if (jaccard.numel() > 1)
            jaccard = torch::cat(
                {jaccard.narrow(0, 0, 1), jaccard.narrow(0, 1, jaccard.numel() - 1) -
                                              jaccard.narrow(0, 0, jaccard.numel() - 1)});
        losses.push_back(torch::dot(sorted, jaccard));
    }
    return torch::stack(losses).mean();
}

torch::Tensor segmentationLoss(const LossConfig& config, const torch::Tensor& logits,
                               const torch::Tensor& target, int64_t ignoreIndex,
                               const torch::Tensor& classWeights) {
    if (config.type == "dice") return softDiceLoss(logits, target, ignoreIndex);
    if (config.type == "ce_dice")
        return crossEntropyLoss(logits, target, ignoreIndex, classWeights, config.labelSmoothing) +
               config.diceWeight * softDiceLoss(logits, target, ignoreIndex);
    if (config.type == "focal") return focalLoss(logits, target, ignoreIndex, config.focalGamma);
    if (config.type == "lovasz") return lovaszSoftmaxLoss(logits, target, ignoreIndex);
    if (config.type == "ce")
        return crossEntropyLoss(logits, target, ignoreIndex, classWeights, config.labelSmoothing);
    requireKnownName("loss", config.type, lossTypes());
    throw Error(ErrorCode::InvalidArgument, {}, "loss '" + config.type + "' is not implemented");
}

}  // namespace seg::core
