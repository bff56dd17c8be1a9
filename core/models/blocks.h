#pragma once
// Building blocks shared by the architectures. Modules live on the training thread.

#include <torch/torch.h>

namespace seg::core {

// What a block normalises its features with. Batch: BatchNorm, by the batch's statistics in
// training and running averages in prediction. Instance: each image's own statistics, in
// training and prediction alike (affine InstanceNorm), so that what a network learns from a
// few crops of a few images predicts the same way (live learning).
enum class Normalisation { Batch, Instance };

// 3x3 (or kxk) convolution without bias, normalisation, optional ReLU.
class ConvBnReluImpl : public torch::nn::Module {
public:
    ConvBnReluImpl(int in, int out, int kernel = 3, int stride = 1, int dilation = 1,
                   bool relu = true, Normalisation norm = Normalisation::Batch);
    torch::Tensor forward(const torch::Tensor& x);

    // For inference only: folds BatchNorm's running statistics into the convolution's
    // weights and bias, so one convolution does the work of two layers. Irreversible. Does
    // nothing with instance normalisation, which has no fixed statistics.
    void foldBatchNorm();

private:
    torch::nn::Conv2d conv{nullptr};
    torch::nn::BatchNorm2d bn{nullptr};          // Batch
    torch::nn::InstanceNorm2d instance{nullptr};  // Instance
    bool m_relu;
    bool m_folded = false;
};
TORCH_MODULE(ConvBnRelu);

// Two ConvBnRelu 3x3: the U-Net stage.
class DoubleConvImpl : public torch::nn::Module {
public:
    DoubleConvImpl(int in, int out, Normalisation norm = Normalisation::Batch);
    torch::Tensor forward(const torch::Tensor& x);

private:
    ConvBnRelu first{nullptr}, second{nullptr};
};
TORCH_MODULE(DoubleConv);

// Doubles height and width and maps `in` to `out` channels. Learned: the exact equivalent
// of a 2x2 stride-2 transposed convolution, computed as a 1x1 convolution to 4*out channels
// followed by pixel shuffle (the same function, and much faster on CPU), initialised with
// ICNR so that it starts as nearest-neighbour upsampling. Bilinear: bilinear upsampling
// followed by a 1x1 convolution.
class Upsample2xImpl : public torch::nn::Module {
public:
    Upsample2xImpl(int in, int out, bool bilinear);
    torch::Tensor forward(const torch::Tensor& x);

private:
    torch::nn::Conv2d conv{nullptr};
    bool m_bilinear;
};
TORCH_MODULE(Upsample2x);

// ICNR initialisation of a convolution followed by pixel_shuffle(factor): each group of
// factor*factor filters that fill one output channel gets the same weights (and bias), so
// the shuffled output is constant over each factor x factor cell.
void initialiseIcnr(torch::nn::Conv2dImpl& conv, int factor);

// Folds every ConvBnRelu of `model` (see ConvBnReluImpl::foldBatchNorm); eval mode only.
void foldBatchNorms(torch::nn::Module& model);

// Bilinear resize to `reference`'s height and width (align_corners = false).
torch::Tensor resizeLike(const torch::Tensor& x, const torch::Tensor& reference);

// Max-unpooling of `x` with the `indices` max_pool2d_with_indices returned, to
// `reference`'s height and width (the map that was pooled). Export keeps the size symbolic.
torch::Tensor unpoolLike(const torch::Tensor& x, const torch::Tensor& indices,
                         const torch::Tensor& reference);

// x: [N, C, 1, 1] repeated to `reference`'s height and width, in `reference`'s memory
// layout (channels-last or not).
torch::Tensor expandSpatiallyLike(const torch::Tensor& x, const torch::Tensor& reference);

}  // namespace seg::core
