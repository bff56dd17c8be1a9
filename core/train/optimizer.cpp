#include "core/train/optimizer.h"

#include "core/common/error.h"

namespace seg::core {

std::unique_ptr<torch::optim::Optimizer> makeOptimizer(const OptimizerConfig& c,
                                                       const std::vector<torch::Tensor>& params) {
    if (c.type == "sgd")
        return std::make_unique<torch::optim::SGD>(params, torch::optim::SGDOptions(c.learningRate)
                                                               .momentum(c.momentum)
                                                               .weight_decay(c.weightDecay));
    if (c.type == "adam")
        return std::make_unique<torch::optim::Adam>(
            params, torch::optim::AdamOptions(c.learningRate).weight_decay(c.weightDecay));
    if (c.type == "adamw")
        return std::make_unique<torch::optim::AdamW>(
            params, torch::optim::AdamWOptions(c.learningRate).weight_decay(c.weightDecay));
    requireKnownName("optimizer", c.type, optimizerTypes());
    throw Error(ErrorCode::InvalidArgument, {}, "optimizer '" + c.type + "' is not implemented");
}

}  // namespace seg::core
