#include "core/models/blocks.h"

#include <torch/csrc/jit/frontend/tracer.h>

namespace seg::core {

namespace F = torch::nn::functional;

ConvBnReluImpl::ConvBnReluImpl(int in, int out, int kernel, int stride, int dilation, bool relu,
                               Normalisation norm)
    : m_relu(relu) {
    conv = register_module("conv", torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, kernel)
                                                         .stride(stride)
                                                         .padding(dilation * (kernel / 2))
                                                         .dilation(dilation)
                                                         .bias(false)));
    if (norm == Normalisation::Batch)
        bn = register_module("bn", torch::nn::BatchNorm2d(out));
    else
        instance = register_module(
            "instance_norm",
            torch::nn::InstanceNorm2d(torch::nn::InstanceNorm2dOptions(out).affine(true)));
}

torch::Tensor ConvBnReluImpl::forward(const torch::Tensor& x) {
    auto y = conv(x);
    if (instance)
        y = instance(y);
    else if (!m_folded)
        y = bn(y);
    return m_relu ? torch::relu_(y) : y;
}

void ConvBnReluImpl::foldBatchNorm() {
    if (m_folded || !bn) return;
    torch::NoGradGuard noGrad;
    const auto scale = bn->weight / torch::sqrt(bn->running_var + bn->options.eps());
    const auto& o = conv->options;
    auto folded = torch::nn::Conv2d(
        torch::nn::Conv2dOptions(o.in_channels(), o.out_channels(), o.kernel_size())
            .stride(o.stride())
            .padding(o.padding())
            .dilation(o.dilation())
            .groups(o.groups())
            .bias(true));
    folded->weight.copy_(conv->weight * scale.view({-1, 1, 1, 1}));
    folded->bias.copy_(bn->bias - bn->running_mean * scale);
    conv = replace_module("conv", folded);
    m_folded = true;
}

void foldBatchNorms(torch::nn::Module& model) {
    for (const auto& module : model.modules())
        if (auto* block = dynamic_cast<ConvBnReluImpl*>(module.get())) block->foldBatchNorm();
}

DoubleConvImpl::DoubleConvImpl(int in, int out, Normalisation norm) {
    first = register_module("first", ConvBnRelu(in, out, 3, 1, 1, true, norm));
    second = register_module("second", ConvBnRelu(out, out, 3, 1, 1, true, norm));
}

torch::Tensor DoubleConvImpl::forward(const torch::Tensor& x) {
    return second(first(x));
}

Upsample2xImpl::Upsample2xImpl(int in, int out, bool bilinear) : m_bilinear(bilinear) {
    conv = register_module(
        "conv", torch::nn::Conv2d(torch::nn::Conv2dOptions(in, bilinear ? out : 4 * out, 1)));
    if (!bilinear) initialiseIcnr(*conv, 2);
}

void initialiseIcnr(torch::nn::Conv2dImpl& conv, int factor) {
    // Independent random filters for the r*r sub-pixel positions start out as a
    // checkerboard: neighbouring output pixels come from unrelated filters, and the pattern
    // (1-pixel stripes inside objects) is still there after a few epochs. ICNR (Aitken et
    // al. 2017) gives the r*r filters of each output channel the same initial kernel, so
    // the shuffled output starts as nearest-neighbour upsampling of one convolution and
    // training moves away from that smoothly.
    torch::NoGradGuard noGrad;
    const int64_t copies = int64_t{factor} * factor;
    // pixel_shuffle takes output channel c at sub-position k from input channel c*r*r + k;
    // the first out_channels/(r*r) filters have the default initialisation for that fan-in.
    const int64_t channels = conv.weight.size(0) / copies;
    conv.weight.copy_(conv.weight.narrow(0, 0, channels).repeat_interleave(copies, 0));
    if (conv.bias.defined())
        conv.bias.copy_(conv.bias.narrow(0, 0, channels).repeat_interleave(copies, 0));
}

torch::Tensor Upsample2xImpl::forward(const torch::Tensor& x) {
    if (m_bilinear) {
        // The scale-factor form computes the output size inside the operator, so a traced
        // export (see model_export) keeps it symbolic; F::interpolate would fix it.
        return conv(
            torch::upsample_bilinear2d(x, c10::nullopt, false, std::vector<double>{2.0, 2.0}));
    }
    return F::pixel_shuffle(conv(x), F::PixelShuffleFuncOptions(2));
}

namespace {

// While a model is traced for export, a size taken from `reference` must be recorded as "the
// reference's size" rather than as the numbers of the example input, so that the exported
// module takes any input size. LibTorch's tracer reads such sizes stashed under the
// argument's name: elements `first`... of the `count`-element list `argument` get the
// reference's height and width.
void stashSpatialSize(const char* argument, size_t count, size_t first,
                      const torch::Tensor& reference) {
    namespace tracer = torch::jit::tracer;
    if (!tracer::isTracing()) return;
    tracer::ArgumentStash::stashIntArrayRefElem(argument, count, first,
                                                tracer::getSizeOf(reference, 2));
    tracer::ArgumentStash::stashIntArrayRefElem(argument, count, first + 1,
                                                tracer::getSizeOf(reference, 3));
}

}  // namespace

torch::Tensor resizeLike(const torch::Tensor& x, const torch::Tensor& reference) {
    // Equal sizes need no resize, except while tracing for export: there the sizes may be
    // equal only at the example's size (a pooled 2x2 map of a 2x2 input), and the exported
    // module must resize at every other.
    if (x.size(2) == reference.size(2) && x.size(3) == reference.size(3) &&
        !torch::jit::tracer::isTracing())
        return x;
    stashSpatialSize("output_size", 2, 0, reference);
    return torch::upsample_bilinear2d(x, std::vector<int64_t>{reference.size(2), reference.size(3)},
                                      false);
}

torch::Tensor unpoolLike(const torch::Tensor& x, const torch::Tensor& indices,
                         const torch::Tensor& reference) {
    stashSpatialSize("output_size", 2, 0, reference);
    return torch::max_unpool2d(x, indices,
                               std::vector<int64_t>{reference.size(2), reference.size(3)});
}

torch::Tensor expandSpatiallyLike(const torch::Tensor& x, const torch::Tensor& reference) {
    stashSpatialSize("size", 4, 2, reference);
    // Copied out in the reference's memory layout: concatenated with channels-last maps, a
    // broadcast view makes torch::cat fall back to NCHW, and every convolution after it then
    // converts its input forward and its gradient backward (7% of a DeepLabv3+ step).
    return x.expand({-1, -1, reference.size(2), reference.size(3)})
        .contiguous(reference.suggest_memory_format());
}

}  // namespace seg::core
