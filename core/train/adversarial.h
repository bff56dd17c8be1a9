#pragma once
// Adversarial training after Luc et al. 2016, "Semantic Segmentation using Adversarial
// Networks": a small convolutional discriminator sees an image with a label map and tells
// ground truth from the model's prediction; the model is trained to fool it on top of its
// segmentation loss. Training thread.

#include <torch/torch.h>

#include "core/train/train_config.h"

namespace seg::core {

// Image and per-class label maps in, one real-or-predicted logit per sample out: strided
// convolutions without normalisation (real and predicted maps pass through separately, and
// batch statistics would tell them apart), averaged over the remaining positions.
class DiscriminatorImpl : public torch::nn::Module {
public:
    DiscriminatorImpl(int64_t imageChannels, int64_t numClasses, int64_t width = 32);
    // image [N, imageChannels, H, W], labelMaps [N, numClasses, H, W] -> logits [N].
    torch::Tensor forward(const torch::Tensor& image, const torch::Tensor& labelMaps);

private:
    torch::nn::Sequential m_layers{nullptr};
};
TORCH_MODULE(Discriminator);

// The ground truth as the discriminator is shown it: Luc et al.'s "scaling" encoding. A
// one-hot map would give itself away by its exact zeros and ones, so the true class gets
// max(floor, predicted) and the other classes share the rest in the prediction's
// proportions. Unlabelled pixels (`ignoreIndex`) show the prediction itself. target
// [N, H, W] int64, predicted [N, C, H, W] probabilities (not differentiated through).
torch::Tensor groundTruthLabelMaps(const torch::Tensor& target, const torch::Tensor& predicted,
                                   int64_t ignoreIndex, double floor = 0.9);

struct AdversarialStep {
    torch::Tensor modelTerm;  // the model's adversarial loss, differentiable; add it weighted
    double modelTermValue = 0.0;
    double discriminatorLoss = 0.0;
};

// The discriminator, its optimiser and one update per training batch.
class AdversarialLearning {
public:
    AdversarialLearning(const AdversarialConfig& config, int64_t imageChannels, int64_t numClasses,
                        torch::Device device);

    // Trains the discriminator one step on this batch (ground truth against the detached
    // prediction), then returns the term that rewards the model for predictions the updated
    // discriminator takes for ground truth.
    AdversarialStep step(const torch::Tensor& images, const torch::Tensor& logits,
                         const torch::Tensor& target, int64_t ignoreIndex);

    void save(torch::serialize::OutputArchive& archive);
    void load(torch::serialize::InputArchive& archive);

    Discriminator& discriminator() { return m_discriminator; }

private:
    Discriminator m_discriminator{nullptr};
    std::unique_ptr<torch::optim::Adam> m_optimizer;
};

}  // namespace seg::core
