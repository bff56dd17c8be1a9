#include <QTest>

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include "core/common/error.h"
#include "core/train/crf_loss.h"
#include "core/train/losses.h"
#include "core/train/train_config.h"

using namespace seg;

namespace {

// [1, 3, h, w] pixels: black on the left `split` columns, white on the rest.
torch::Tensor twoColourImage(int h, int w, int split) {
    auto rgb = torch::zeros({1, 3, h, w});
    rgb.index_put_({torch::indexing::Slice(), torch::indexing::Slice(), torch::indexing::Slice(),
                    torch::indexing::Slice(split)},
                   255.0);
    return rgb;
}

// [1, 2, h, w] probabilities of class 1: `p` where `where` holds, 1 - p elsewhere.
torch::Tensor probabilitiesWhere(const torch::Tensor& where, double p) {
    const auto one = torch::where(where, torch::full_like(where, p, torch::kFloat),
                                  torch::full_like(where, 1 - p, torch::kFloat));
    return torch::stack({1 - one, one}).unsqueeze(0);
}

}  // namespace

// The dense-CRF regularised loss for scribbled masks.
class TestCrfLoss : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { torch::manual_seed(5); }

    // The energy is a quadratic in the probabilities, so central differences are exact up to
    // float rounding: the hand-written backward must match them.
    void gradientMatchesFiniteDifferences() {
        const auto rgb = torch::rand({2, 3, 6, 7}) * 255;
        auto s = torch::softmax(torch::randn({2, 3, 6, 7}), 1).requires_grad_();
        core::denseCrfEnergy(s, rgb, 3.0, 40.0).backward();
        const auto analytic = s.grad();
        const double eps = 1e-2;
        for (int trial = 0; trial < 12; ++trial) {
            const int64_t b = trial % 2, k = trial % 3, y = (trial * 5) % 6, x = (trial * 3) % 7;
            auto plus = s.detach().clone(), minus = s.detach().clone();
            plus[b][k][y][x] += eps;
            minus[b][k][y][x] -= eps;
            const double numeric = (core::denseCrfEnergy(plus, rgb, 3.0, 40.0).item<double>() -
                                    core::denseCrfEnergy(minus, rgb, 3.0, 40.0).item<double>()) /
                                   (2 * eps);
            const double exact = analytic[b][k][y][x].item<double>();
            QVERIFY2(std::abs(numeric - exact) < 1e-5 + 1e-2 * std::abs(exact),
                     qPrintable(QStringLiteral("%1 vs %2").arg(numeric).arg(exact)));
        }
    }

    // Labels that follow the colours cost little; labels cutting across them cost more.
    void followingTheColoursCostsLessThanCuttingAcross() {
        const int h = 16, w = 16;
        const auto rgb = twoColourImage(h, w, 8);
        const auto columns = torch::arange(w).view({1, w}).expand({h, w});
        const auto rows = torch::arange(h).view({h, 1}).expand({h, w});
        const double alongColours =
            core::denseCrfEnergy(probabilitiesWhere(columns >= 8, 0.99), rgb, 8, 15).item<double>();
        const double acrossColours =
            core::denseCrfEnergy(probabilitiesWhere(rows >= 8, 0.99), rgb, 8, 15).item<double>();
        QVERIFY2(alongColours < 0.05, qPrintable(QString::number(alongColours)));
        QVERIFY2(acrossColours > 5 * alongColours + 0.1,
                 qPrintable(QStringLiteral("%1 vs %2").arg(acrossColours).arg(alongColours)));
    }

    // What the loss is for: from one scribbled column per region, free per-pixel logits
    // learn the whole regions with the CRF loss, while cross-entropy alone leaves the rest
    // where it started (a tie, which argmax breaks towards class 0).
    void scribblesSpreadToTheImagesEdges() {
        const int h = 16, w = 16;
        const auto rgb = twoColourImage(h, w, 6);
        auto target = torch::full({1, h, w}, 255, torch::kLong);
        using torch::indexing::Slice;
        target.index_put_({0, Slice(2, 14), 1}, 0);
        target.index_put_({0, Slice(2, 14), 12}, 1);
        const auto truth = (torch::arange(w) >= 6).to(torch::kLong).view({1, 1, w}).expand(
            {1, h, w});
        const auto accuracy = [&](double crfWeight) {
            auto logits = torch::zeros({1, 2, h, w}, torch::requires_grad());
            torch::optim::Adam adam({logits}, torch::optim::AdamOptions(0.05));
            core::LossConfig config;
            config.crfSpatial = 16;
            for (int step = 0; step < 150; ++step) {
                auto loss = core::crossEntropyLoss(logits, target, 255);
                if (crfWeight > 0)
                    loss = loss + crfWeight * core::denseCrfEnergy(torch::softmax(logits, 1), rgb,
                                                                   config.crfSpatial,
                                                                   config.crfColour);
                adam.zero_grad();
                loss.backward();
                adam.step();
            }
            return (logits.argmax(1) == truth).to(torch::kFloat).mean().item<double>();
        };
        const double without = accuracy(0.0), with = accuracy(1.0);
        QVERIFY2(with > 0.97, qPrintable(QString::number(with)));
        QVERIFY2(without < 0.8, qPrintable(QString::number(without)));
    }

    // The trainer's wrapper: logits of the network and its normalised input; a pair's
    // second image is not looked at.
    void theTrainersLossReadsTheFirstImageAtHalfResolution() {
        const std::array<double, 3> mean{0.5, 0.5, 0.5}, sd{0.25, 0.25, 0.25};
        auto input = torch::randn({2, 6, 12, 10});
        auto logits = torch::randn({2, 4, 12, 10}, torch::requires_grad());
        core::LossConfig config;
        const auto loss = core::denseCrfLoss(logits, input, mean, sd, config);
        loss.backward();
        QVERIFY(logits.grad().abs().sum().item<double>() > 0);
        namespace F = torch::nn::functional;
        const auto rgb = (input.slice(1, 0, 3) * 0.25 + 0.5) * 255.0;
        const double byHand =
            core::denseCrfEnergy(F::avg_pool2d(torch::softmax(logits, 1), F::AvgPool2dFuncOptions(2)),
                                 F::avg_pool2d(rgb, F::AvgPool2dFuncOptions(2)),
                                 config.crfSpatial / 2, config.crfColour)
                .item<double>();
        QVERIFY(std::abs(byHand - loss.item<double>()) < 1e-6);
        auto otherAfter = input.clone();
        otherAfter.slice(1, 3, 6).normal_();
        QCOMPARE(core::denseCrfLoss(logits, otherAfter, mean, sd, config).item<double>(),
                 loss.item<double>());
        const double value = loss.item<double>();
        QVERIFY(value > 0 && value < 1);
    }

    void itsSettingsAreSavedAndChecked() {
        core::TrainConfig config;
        config.loss.crfWeight = 2.5;
        config.loss.crfSpatial = 30;
        config.loss.crfColour = 20;
        const auto read = core::trainConfigFromJson(core::trainConfigToJson(config), "c.json");
        QCOMPARE(read.loss.crfWeight, 2.5);
        QCOMPARE(read.loss.crfSpatial, 30.0);
        QCOMPARE(read.loss.crfColour, 20.0);
        auto json = core::trainConfigToJson(config);
        json["loss"].erase("crf_weight");  // a config from before the CRF loss
        QCOMPARE(core::trainConfigFromJson(json, "c.json").loss.crfWeight, 0.0);
        config.loss.crfColour = 0;
        QVERIFY_THROWS_EXCEPTION(core::Error, core::validateTrainConfig(config));
    }
};

QTEST_GUILESS_MAIN(TestCrfLoss)
#include "tst_crf_loss.moc"
