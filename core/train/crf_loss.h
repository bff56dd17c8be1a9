#pragma once
// The dense-CRF regularised loss for partial labels (Tang et al. 2018, "On regularized losses
// for weakly-supervised CNN segmentation"): besides the cross-entropy on the scribbled
// pixels, every pixel pays for the probability that its look-alike neighbours (near it and of
// similar colour) take another class, so the prediction spreads from the scribbles up to the
// image's edges. Here the affinity is normalised per pixel, so the loss is that probability
// averaged over the image: 0 for a confident (one-hot) prediction constant within every
// region of similar colour, at most 1. Computed on the half-resolution image, with a
// permutohedral lattice.

#include <array>

#include <torch/torch.h>

#include "core/train/train_config.h"

namespace seg::core {

// probabilities: [N, C, H, W] softmax output (any device); rgb: [N, 3, H, W] float pixels
// 0 to 255. spatial: the kernel's width in pixels; colour: in intensity levels. Returns a
// scalar whose gradient reaches `probabilities` (exact for the lattice's affinities, up to
// float rounding).
torch::Tensor denseCrfEnergy(const torch::Tensor& probabilities, const torch::Tensor& rgb,
                             double spatial, double colour);

// The loss on a network's logits for its (normalised) input, as the trainer adds it:
// softmax, both halved in resolution, the first image of a pair for the colours.
torch::Tensor denseCrfLoss(const torch::Tensor& logits, const torch::Tensor& input,
                           const std::array<double, 3>& mean, const std::array<double, 3>& std,
                           const LossConfig& config);

}  // namespace seg::core
