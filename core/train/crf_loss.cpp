#include "core/train/crf_loss.h"

#include <algorithm>
#include <vector>

#include <ATen/Parallel.h>

#include "core/infer/permutohedral_lattice.h"

namespace seg::core {

namespace {

using torch::autograd::AutogradContext;
using torch::autograd::tensor_list;

// E = 1/(N H W) sum_i sum_k S_ik (1 - (W S)_ik / d_i), d = W 1, W the lattice's affinities.
// dE/dS_jk = (1 - (W S)_jk / d_j - (W^T (S / d))_jk) / (N H W).
class DenseCrfEnergyFunction : public torch::autograd::Function<DenseCrfEnergyFunction> {
public:
    static torch::Tensor forward(AutogradContext* ctx, const torch::Tensor& probabilities,
                                 const torch::Tensor& rgb, double spatial, double colour) {
        const auto s = probabilities.detach().to(torch::kCPU, torch::kFloat).contiguous();
        const auto image = rgb.detach().to(torch::kCPU, torch::kFloat).contiguous();
        const int64_t n = s.size(0), points = s.size(2) * s.size(3);
        auto gradient = torch::empty_like(s);
        std::vector<double> energies(static_cast<size_t>(n), 0.0);
        at::parallel_for(0, n, 1, [&](int64_t begin, int64_t end) {
            for (int64_t b = begin; b < end; ++b)
                energies[static_cast<size_t>(b)] =
                    imageEnergy(s[b], image[b], spatial, colour, gradient[b]);
        });
        double total = 0;
        for (double e : energies) total += e;
        const double norm = double(n * points);
        ctx->saved_data["gradient"] = (gradient / norm).to(probabilities.device());
        return torch::tensor(total / norm, probabilities.options().dtype(torch::kFloat));
    }

    static tensor_list backward(AutogradContext* ctx, tensor_list outputs) {
        const auto gradient = ctx->saved_data["gradient"].toTensor();
        return {gradient * outputs[0], torch::Tensor(), torch::Tensor(), torch::Tensor()};
    }

private:
    // One image: its energy (not yet averaged) and, into `gradient` [C, H, W], dE/dS.
    static double imageEnergy(const torch::Tensor& s, const torch::Tensor& rgb, double spatial,
                              double colour, torch::Tensor gradient) {
        const int64_t classes = s.size(0), h = s.size(1), w = s.size(2), points = h * w;
        std::vector<float> features(static_cast<size_t>(points * 5));
        const float* r = rgb[0].data_ptr<float>();
        const float* g = rgb[1].data_ptr<float>();
        const float* bl = rgb[2].data_ptr<float>();
        for (int64_t y = 0, i = 0; y < h; ++y)
            for (int64_t x = 0; x < w; ++x, ++i) {
                float* f = &features[static_cast<size_t>(i * 5)];
                f[0] = float(x / spatial);
                f[1] = float(y / spatial);
                f[2] = float(r[i] / colour);
                f[3] = float(g[i] / colour);
                f[4] = float(bl[i] / colour);
            }
        const PermutohedralLattice lattice(features, 5);
        // Point-major rows: the classes' probabilities and a 1 (whose filtering gives d).
        const int64_t width = classes + 1;
        const float* planes = s.data_ptr<float>();
        std::vector<float> in(static_cast<size_t>(points * width)), filtered(in.size());
        for (int64_t i = 0; i < points; ++i) {
            for (int64_t k = 0; k < classes; ++k) in[i * width + k] = planes[k * points + i];
            in[i * width + classes] = 1.0f;
        }
        lattice.filter(in.data(), filtered.data(), static_cast<int>(width));
        double energy = 0;
        std::vector<float> scaled(static_cast<size_t>(points * classes)),
            scaledFiltered(scaled.size());
        for (int64_t i = 0; i < points; ++i) {
            const double d = std::max(filtered[i * width + classes], 1e-12f);
            for (int64_t k = 0; k < classes; ++k) {
                const double sik = in[i * width + k];
                energy += sik * (1.0 - filtered[i * width + k] / d);
                scaled[i * classes + k] = float(sik / d);
            }
        }
        lattice.filter(scaled.data(), scaledFiltered.data(), static_cast<int>(classes), true);
        float* out = gradient.data_ptr<float>();
        for (int64_t i = 0; i < points; ++i) {
            const double d = std::max(filtered[i * width + classes], 1e-12f);
            for (int64_t k = 0; k < classes; ++k)
                out[k * points + i] = float(1.0 - filtered[i * width + k] / d -
                                            scaledFiltered[i * classes + k]);
        }
        return energy;
    }
};

}  // namespace

torch::Tensor denseCrfEnergy(const torch::Tensor& probabilities, const torch::Tensor& rgb,
                             double spatial, double colour) {
    return DenseCrfEnergyFunction::apply(probabilities, rgb, spatial, colour);
}

torch::Tensor denseCrfLoss(const torch::Tensor& logits, const torch::Tensor& input,
                           const std::array<double, 3>& mean, const std::array<double, 3>& std,
                           const LossConfig& config) {
    namespace F = torch::nn::functional;
    const auto options = torch::TensorOptions().dtype(torch::kFloat).device(input.device());
    const auto m = torch::tensor({mean[0], mean[1], mean[2]}, options).view({1, 3, 1, 1});
    const auto sd = torch::tensor({std[0], std[1], std[2]}, options).view({1, 3, 1, 1});
    auto rgb = (input.slice(1, 0, 3).detach() * sd + m) * 255.0;
    auto probabilities = torch::softmax(logits, 1);
    // Half resolution, as Tang et al. do: a quarter of the points, the same picture.
    double spatial = config.crfSpatial;
    if (logits.size(2) >= 4 && logits.size(3) >= 4) {
        probabilities = F::avg_pool2d(probabilities, F::AvgPool2dFuncOptions(2));
        rgb = F::avg_pool2d(rgb, F::AvgPool2dFuncOptions(2));
        spatial /= 2;
    }
    return denseCrfEnergy(probabilities, rgb, spatial, config.crfColour);
}

}  // namespace seg::core
