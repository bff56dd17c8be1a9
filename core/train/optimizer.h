#pragma once
// The optimiser a training config names, over a model's parameters. Training thread.

#include <memory>
#include <vector>

#include <torch/torch.h>

#include "core/train/train_config.h"

namespace seg::core {

// Throws Error(InvalidArgument) listing the valid names when `config.type` is none of them.
std::unique_ptr<torch::optim::Optimizer> makeOptimizer(const OptimizerConfig& config,
                                                       const std::vector<torch::Tensor>& params);

}  // namespace seg::core
