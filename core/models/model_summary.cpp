#include "core/models/model_summary.h"

#include "core/models/mac_count.h"

#include <array>
#include <unordered_set>

#include <torch/csrc/autograd/generated/Functions.h>
#include <torch/torch.h>

#include "core/common/error.h"
#include "core/models/model_registry.h"

namespace seg::core {

namespace {

namespace gen = torch::autograd::generated;

// A forward pass leaves a ConvolutionBackward0 node per convolution in the autograd graph,
// holding the input and weight it saw and its stride, padding and dilation: enough to count
// the work without hooks, which the C++ frontend lacks.
double convolutionMacs(const gen::ConvolutionBackward0& node) {
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
    return outputs * double(weight.size(1) * weight.size(2) * weight.size(3));
}

// A matrix operand's [rows, columns]. The graph keeps, for each operand, either the tensor
// (needed for the other operand's gradient) or only its sizes (for its own): whichever of
// the two is there.
std::array<double, 2> matrixShape(const torch::autograd::SavedVariable& saved,
                                  const std::vector<c10::SymInt>& sizes) {
    const auto tensor = saved.unpack();
    if (tensor.defined() && tensor.dim() == 2)
        return {double(tensor.size(0)), double(tensor.size(1))};
    if (sizes.size() == 2) return {double(sizes[0].expect_int()), double(sizes[1].expect_int())};
    return {0.0, 0.0};
}

// [m, k] x [k, n]: m * k * n.
double matrixMacs(const std::array<double, 2>& a, const std::array<double, 2>& b) {
    return a[0] * a[1] * b[1];
}

double batchedMatrixMacs(const gen::BmmBackward0& node) {
    const auto a = node.self_.unpack(), b = node.mat2_.unpack();
    if (!a.defined() || !b.defined()) return 0.0;
    return double(a.size(0)) * double(a.size(1)) * double(a.size(2)) * double(b.size(2));
}

}  // namespace

MacCount countMacs(const torch::Tensor& output) {
    MacCount count;
    std::vector<torch::autograd::Node*> pending{output.grad_fn().get()};
    std::unordered_set<torch::autograd::Node*> seen;
    double macs = 0.0;
    while (!pending.empty()) {
        torch::autograd::Node* node = pending.back();
        pending.pop_back();
        if (!node || !seen.insert(node).second) continue;
        if (const auto* conv = dynamic_cast<const gen::ConvolutionBackward0*>(node)) {
            macs += convolutionMacs(*conv);
            ++count.convolutions;
        } else if (const auto* addmm = dynamic_cast<const gen::AddmmBackward0*>(node)) {
            macs += matrixMacs(matrixShape(addmm->mat1_, addmm->mat1_sym_sizes),
                               matrixShape(addmm->mat2_, addmm->mat2_sym_sizes));
            ++count.matrixProducts;
        } else if (const auto* mm = dynamic_cast<const gen::MmBackward0*>(node)) {
            macs += matrixMacs(matrixShape(mm->self_, mm->self_sym_sizes),
                               matrixShape(mm->mat2_, mm->mat2_sym_sizes));
            ++count.matrixProducts;
        } else if (const auto* bmm = dynamic_cast<const gen::BmmBackward0*>(node)) {
            macs += batchedMatrixMacs(*bmm);
            ++count.matrixProducts;
        }
        for (const auto& edge : node->next_edges()) pending.push_back(edge.function.get());
    }
    count.macs = macs;
    return count;
}

ModelSummary summarizeModel(const ModelSpec& spec, int height, int width) {
    if (height < 8 || width < 8)
        throw Error(ErrorCode::InvalidArgument, {}, "input size must be at least 8x8");
    auto model = createModel(spec);
    model->eval();
    ModelSummary summary;
    for (const auto& p : model->parameters()) summary.parameters += p.numel();
    const MacCount count =
        countMacs(model->forward(torch::zeros({1, spec.inChannels, height, width})));
    summary.convolutions = count.convolutions;
    summary.matrixProducts = count.matrixProducts;
    summary.forwardGmacs = count.macs / 1e9;
    return summary;
}

}  // namespace seg::core
