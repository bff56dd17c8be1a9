#include <QTest>

#include <torch/torch.h>

#include "core/common/error.h"
#include "core/train/losses.h"
#include "core/train/optimizer.h"

using namespace seg;

namespace {

const int64_t kIgnore = 255;

// Logits that predict `labels` with confidence `margin`.
torch::Tensor confidentLogits(const torch::Tensor& labels, int classes, double margin) {
    return torch::nn::functional::one_hot(labels.clamp_max(classes - 1), classes)
               .permute({0, 3, 1, 2})
               .to(torch::kFloat32) *
           margin;
}

}  // namespace

class TestLosses : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { torch::manual_seed(3); }

    void everyLossIgnoresUnlabelledPixels_data() {
        QTest::addColumn<QString>("type");
        for (const char* t : {"ce", "dice", "ce_dice", "focal", "lovasz"})
            QTest::newRow(t) << QString::fromLatin1(t);
    }
    // Changing the logits of ignored pixels changes neither the loss nor their gradients.
    void everyLossIgnoresUnlabelledPixels() {
        QFETCH(QString, type);
        core::LossConfig config;
        config.type = type.toStdString();
        auto target = torch::randint(0, 3, {2, 6, 7}, torch::kLong);
        target.index_put_({torch::indexing::Slice(), torch::indexing::Slice(0, 3)}, kIgnore);
        auto logits = torch::randn({2, 3, 6, 7}, torch::requires_grad());
        const auto loss = core::segmentationLoss(config, logits, target, kIgnore, {});
        loss.backward();
        const auto ignoredGrad = logits.grad().index(
            {torch::indexing::Slice(), torch::indexing::Slice(), torch::indexing::Slice(0, 3)});
        QCOMPARE(ignoredGrad.abs().sum().item<double>(), 0.0);
        auto changed = logits.detach().clone();
        changed.index_put_(
            {torch::indexing::Slice(), torch::indexing::Slice(), torch::indexing::Slice(0, 3)},
            50.0);
        const auto again = core::segmentationLoss(config, changed, target, kIgnore, {});
        QVERIFY(std::abs(again.item<double>() - loss.item<double>()) < 1e-5);
    }

    void everyLossIsZeroishWhenRightAndLargerWhenWrong_data() {
        everyLossIgnoresUnlabelledPixels_data();
    }
    void everyLossIsZeroishWhenRightAndLargerWhenWrong() {
        QFETCH(QString, type);
        core::LossConfig config;
        config.type = type.toStdString();
        const auto target = torch::randint(0, 4, {2, 8, 8}, torch::kLong);
        const double right =
            core::segmentationLoss(config, confidentLogits(target, 4, 20), target, kIgnore, {})
                .item<double>();
        const double wrong =
            core::segmentationLoss(config, confidentLogits((target + 1) % 4, 4, 20), target,
                                   kIgnore, {})
                .item<double>();
        QVERIFY2(right < 0.05, qPrintable(QString::number(right)));
        QVERIFY2(wrong > 0.5, qPrintable(QString::number(wrong)));
    }

    void allIgnoredBatchGivesZeroWithAGraph_data() { everyLossIgnoresUnlabelledPixels_data(); }
    void allIgnoredBatchGivesZeroWithAGraph() {
        QFETCH(QString, type);
        core::LossConfig config;
        config.type = type.toStdString();
        auto logits = torch::randn({1, 3, 4, 4}, torch::requires_grad());
        const auto loss = core::segmentationLoss(
            config, logits, torch::full({1, 4, 4}, kIgnore, torch::kLong), kIgnore, {});
        QCOMPARE(loss.item<double>(), 0.0);
        loss.backward();
        QCOMPARE(logits.grad().abs().sum().item<double>(), 0.0);
    }

    void crossEntropyMatchesHandComputation() {
        // Two pixels, two classes: logits (0, 0) and (ln 3, 0); targets 0 and 0.
        const auto logits = torch::tensor({0.0f, std::log(3.0f), 0.0f, 0.0f}).view({1, 2, 1, 2});
        const auto target = torch::tensor({0L, 0L}).view({1, 1, 2});
        const double expected = (std::log(2.0) + std::log(4.0 / 3.0)) / 2;
        QVERIFY(std::abs(core::crossEntropyLoss(logits, target, kIgnore).item<double>() -
                         expected) < 1e-6);
        // Class weights: pixel weights w0 = 2 for both, the weighted mean is unchanged.
        const auto weights = torch::tensor({2.0f, 1.0f});
        QVERIFY(std::abs(core::crossEntropyLoss(logits, target, kIgnore, weights).item<double>() -
                         expected) < 1e-6);
        // Label smoothing moves a confident right answer's loss up.
        const auto sure = confidentLogits(target, 2, 20);
        QVERIFY(core::crossEntropyLoss(sure, target, kIgnore, {}, 0.2).item<double>() >
                core::crossEntropyLoss(sure, target, kIgnore).item<double>() + 0.05);
    }

    void focalDownweightsEasyPixels() {
        const auto target = torch::zeros({1, 1, 4}, torch::kLong);
        const auto easy = confidentLogits(target, 2, 3);
        const double ce = core::crossEntropyLoss(easy, target, kIgnore).item<double>();
        const double focal = core::focalLoss(easy, target, kIgnore, 2.0).item<double>();
        QVERIFY(focal < 0.01 * ce);
        QVERIFY(std::abs(core::focalLoss(easy, target, kIgnore, 0.0).item<double>() - ce) < 1e-6);
    }

    // A misspelt name is an error listing the valid ones, never quietly cross-entropy or
    // AdamW (a config that bypassed validation must not train something else).
    void unknownNamesAreRejected() {
        core::LossConfig loss;
        loss.type = "hinge";
        const auto logits = torch::randn({1, 3, 4, 4});
        const auto target = torch::randint(0, 3, {1, 4, 4}, torch::kLong);
        try {
            core::segmentationLoss(loss, logits, target, kIgnore, {});
            QFAIL("an unknown loss was accepted");
        } catch (const core::Error& e) {
            QCOMPARE(e.code(), core::ErrorCode::InvalidArgument);
            QVERIFY2(std::string(e.what()).find("ce, dice, ce_dice, focal, lovasz") !=
                         std::string::npos,
                     e.what());
        }
        core::OptimizerConfig optimizer;
        optimizer.type = "adamw2";
        const std::vector<torch::Tensor> params{torch::zeros({2}, torch::requires_grad())};
        try {
            core::makeOptimizer(optimizer, params);
            QFAIL("an unknown optimizer was accepted");
        } catch (const core::Error& e) {
            QCOMPARE(e.code(), core::ErrorCode::InvalidArgument);
            QVERIFY2(std::string(e.what()).find("adam, adamw, sgd") != std::string::npos,
                     e.what());
        }
        for (const auto& name : core::optimizerTypes()) {
            optimizer.type = name;
            QVERIFY(core::makeOptimizer(optimizer, params) != nullptr);
        }
    }
};

QTEST_GUILESS_MAIN(TestLosses)
#include "tst_losses.moc"
