#pragma once
// Counts the multiply-accumulates that produced a tensor by walking its autograd graph:
// convolutions, linear layers and batched matrix products (the bulk of any network's work).
// The tensor must come from a forward pass with gradients on. Any thread.

#include <cstdint>

#include <torch/torch.h>

namespace seg::core {

struct MacCount {
    double macs = 0.0;
    int64_t convolutions = 0;
    int64_t matrixProducts = 0;
};

MacCount countMacs(const torch::Tensor& output);

}  // namespace seg::core
