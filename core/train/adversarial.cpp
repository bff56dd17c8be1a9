#include "core/train/adversarial.h"

#include <stdexcept>
#include <vector>

namespace seg::core {

namespace nn = torch::nn;
namespace F = torch::nn::functional;

DiscriminatorImpl::DiscriminatorImpl(int64_t imageChannels, int64_t numClasses, int64_t width) {
    auto conv = [](int64_t in, int64_t out, int64_t kernel, int64_t stride) {
        return nn::Conv2d(nn::Conv2dOptions(in, out, kernel).stride(stride).padding(kernel / 2));
    };
    auto leaky = [] { return nn::LeakyReLU(nn::LeakyReLUOptions().negative_slope(0.2)); };
    m_layers =
        register_module("layers", nn::Sequential(conv(imageChannels + numClasses, width, 3, 2),
                                                 leaky(), conv(width, 2 * width, 3, 2), leaky(),
                                                 conv(2 * width, 4 * width, 3, 2), leaky(),
                                                 conv(4 * width, 4 * width, 3, 2), leaky(),
                                                 conv(4 * width, 1, 1, 1)));
}

torch::Tensor DiscriminatorImpl::forward(const torch::Tensor& image,
                                         const torch::Tensor& labelMaps) {
    return m_layers->forward(torch::cat({image, labelMaps}, 1)).mean({1, 2, 3});
}

torch::Tensor groundTruthLabelMaps(const torch::Tensor& target, const torch::Tensor& predicted,
                                   int64_t ignoreIndex, double floor) {
    torch::NoGradGuard noGrad;
    const int64_t classes = predicted.size(1);
    const auto labelled = (target != ignoreIndex).unsqueeze(1).to(predicted.scalar_type());
    const auto classOf = torch::where(target == ignoreIndex, torch::zeros_like(target), target);
    const auto oneHot = F::one_hot(classOf.clamp(0, classes - 1), classes)
                            .permute({0, 3, 1, 2})
                            .to(predicted.scalar_type());
    const auto predictedTrue = (predicted * oneHot).sum(1, true);
    const auto shownTrue = predictedTrue.clamp_min(floor);
    // The other classes keep the prediction's proportions and share what the true class
    // leaves; both sides clamp so that a prediction of exactly 1 scales by 1, not 0/0.
    constexpr double eps = 1e-12;
    const auto scale = (1.0 - shownTrue).clamp_min(eps) / (1.0 - predictedTrue).clamp_min(eps);
    const auto shown = oneHot * shownTrue + (1.0 - oneHot) * predicted * scale;
    return labelled * shown + (1.0 - labelled) * predicted;
}

AdversarialLearning::AdversarialLearning(const AdversarialConfig& config, int64_t imageChannels,
                                         int64_t numClasses, torch::Device device)
    : m_discriminator(imageChannels, numClasses) {
    m_discriminator->to(device);
    // Adam with a short first-moment memory, as GAN discriminators are usually trained.
    m_optimizer = std::make_unique<torch::optim::Adam>(
        m_discriminator->parameters(),
        torch::optim::AdamOptions(config.learningRate).betas({0.5, 0.999}));
}

AdversarialStep AdversarialLearning::step(const torch::Tensor& images, const torch::Tensor& logits,
                                          const torch::Tensor& target, int64_t ignoreIndex) {
    const auto predicted = torch::softmax(logits, 1);
    const auto detached = predicted.detach();
    const auto truth = groundTruthLabelMaps(target, detached, ignoreIndex);
    const auto image = images.detach();

    const auto realLogits = m_discriminator->forward(image, truth);
    const auto fakeLogits = m_discriminator->forward(image, detached);
    const auto discriminatorLoss =
        0.5 * (F::binary_cross_entropy_with_logits(realLogits, torch::ones_like(realLogits)) +
               F::binary_cross_entropy_with_logits(fakeLogits, torch::zeros_like(fakeLogits)));
    m_optimizer->zero_grad();
    discriminatorLoss.backward();
    m_optimizer->step();

    // The model's term reaches the model only: the discriminator's weights are held fixed
    // while it is built, which also spares computing their gradients.
    for (auto& p : m_discriminator->parameters()) p.requires_grad_(false);
    const auto judged = m_discriminator->forward(image, predicted);
    for (auto& p : m_discriminator->parameters()) p.requires_grad_(true);
    AdversarialStep out;
    out.modelTerm = F::binary_cross_entropy_with_logits(judged, torch::ones_like(judged));
    out.modelTermValue = out.modelTerm.item<double>();
    out.discriminatorLoss = discriminatorLoss.item<double>();
    return out;
}

void AdversarialLearning::save(torch::serialize::OutputArchive& archive) {
    torch::serialize::OutputArchive weights, optimizer;
    m_discriminator->save(weights);
    m_optimizer->save(optimizer);
    archive.write("discriminator", weights);
    archive.write("optimizer", optimizer);
}

void AdversarialLearning::load(torch::serialize::InputArchive& archive) {
    torch::serialize::InputArchive weights, optimizer;
    archive.read("discriminator", weights);
    archive.read("optimizer", optimizer);
    // Module::load takes tensors of any shape: what it loaded must match what is built.
    std::vector<std::vector<int64_t>> shapes;
    for (const auto& p : m_discriminator->parameters()) shapes.push_back(p.sizes().vec());
    m_discriminator->load(weights);
    const auto loaded = m_discriminator->parameters();
    for (size_t i = 0; i < loaded.size(); ++i)
        if (i >= shapes.size() || loaded[i].sizes().vec() != shapes[i])
            throw std::runtime_error("the discriminator's weights have other shapes");
    m_optimizer->load(optimizer);
}

}  // namespace seg::core
