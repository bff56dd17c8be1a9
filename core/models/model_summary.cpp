#include "core/models/model_summary.h"

#include <unordered_set>

#include <torch/csrc/autograd/generated/Functions.h>
#include <torch/torch.h>

#include "core/common/error.h"
#include "core/models/model_registry.h"

namespace seg::core {

namespace {

// One forward pass leaves a ConvolutionBackward0 node per convolution in the autograd graph,
// holding the input and weight it saw and its stride, padding and dilation: enough to count
// the work without hooks, which the C++ frontend lacks.
double convolutionFlops(const torch::autograd::generated::ConvolutionBackward0& node,
                        int64_t& count) {
    const auto input = node.input_.unpack();
    const auto weight = node.weight_.unpack();
    if (!input.defined() || !weight.defined() || node.transposed) return 0.0;
    double outputs = double(weight.size(0)) * double(input.size(0));
    for (int d = 0; d < 2; ++d) {
        const int64_t k = weight.size(2 + d);
        outputs *= double((input.size(2 + d) + 2 * node.padding[size_t(d)] -
                           node.dilation[size_t(d)] * (k - 1) - 1) /
                              node.stride[size_t(d)] +
                          1);
    }
    ++count;
    return 2.0 * outputs * double(weight.size(1) * weight.size(2) * weight.size(3));
}

}  // namespace

ModelSummary summarizeModel(const ModelSpec& spec, int height, int width) {
    if (height < 8 || width < 8)
        throw Error(ErrorCode::InvalidArgument, {}, "input size must be at least 8x8");
    auto model = createModel(spec);
    model->eval();
    ModelSummary summary;
    for (const auto& p : model->parameters()) summary.parameters += p.numel();

    const auto logits = model->forward(torch::zeros({1, spec.inChannels, height, width}));
    std::vector<torch::autograd::Node*> pending{logits.grad_fn().get()};
    std::unordered_set<torch::autograd::Node*> seen;
    double flops = 0.0;
    while (!pending.empty()) {
        torch::autograd::Node* node = pending.back();
        pending.pop_back();
        if (!node || !seen.insert(node).second) continue;
        if (const auto* conv =
                dynamic_cast<const torch::autograd::generated::ConvolutionBackward0*>(node))
            flops += convolutionFlops(*conv, summary.convolutions);
        for (const auto& edge : node->next_edges()) pending.push_back(edge.function.get());
    }
    summary.forwardGflops = flops / 1e9;
    return summary;
}

}  // namespace seg::core
