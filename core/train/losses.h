#pragma once
// Segmentation losses. logits: [N, C, H, W] float; target: [N, H, W] int64 class indices
// where `ignoreIndex` marks unlabelled pixels, which no loss looks at (so partially
// labelled masks train). A batch with no labelled pixel gives a zero loss that still
// backpropagates (all gradients zero).

#include <torch/torch.h>

#include "core/train/train_config.h"

namespace seg::core {

torch::Tensor crossEntropyLoss(const torch::Tensor& logits, const torch::Tensor& target,
                               int64_t ignoreIndex, const torch::Tensor& classWeights = {},
                               double labelSmoothing = 0.0);
// 1 - mean over classes present in the batch (target or prediction) of soft Dice.
torch::Tensor softDiceLoss(const torch::Tensor& logits, const torch::Tensor& target,
                           int64_t ignoreIndex);
torch::Tensor focalLoss(const torch::Tensor& logits, const torch::Tensor& target,
                        int64_t ignoreIndex, double gamma);
// Lovász-softmax (Berman et al. 2018) over the batch, averaged over classes present.
torch::Tensor lovaszSoftmaxLoss(const torch::Tensor& logits, const torch::Tensor& target,
                                int64_t ignoreIndex);

// The loss the config names; throws Error(InvalidArgument) for an unknown one.
// `classWeights` may be undefined (equal weights).
torch::Tensor segmentationLoss(const LossConfig& config, const torch::Tensor& logits,
                               const torch::Tensor& target, int64_t ignoreIndex,
                               const torch::Tensor& classWeights);

}  // namespace seg::core
