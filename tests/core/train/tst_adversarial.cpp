// Adversarial training (Luc et al. 2016): the ground-truth encoding, the discriminator's
// learning, and a run that records both losses and resumes its discriminator.
#include <cmath>

#include <QTemporaryDir>
#include <QTest>

#include <torch/torch.h>

#include "core/project/run_store.h"
#include "core/train/adversarial.h"
#include "core/train/checkpoint_io.h"
#include "support/test_files.h"
#include "support/tiny_training.h"

using namespace seg;
namespace fs = std::filesystem;

class TestAdversarial : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    core::Dataset m_data;

    static core::TrainConfig adversarialConfig(int epochs) {
        core::TrainConfig config = test::tinyConfig(epochs);
        config.adversarial.enabled = true;
        config.adversarial.weight = 0.1;
        config.adversarial.learningRate = 1e-3;
        return config;
    }

private Q_SLOTS:
    void initTestCase() {
        torch::set_num_threads(1);
        m_data = test::tinyShapesDataset(test::toPath(m_dir.path()) / "shapes");
    }

    // The true class shows at least 0.9, the others share the rest in the prediction's
    // proportions, each pixel still sums to 1, and unlabelled pixels show the prediction.
    void groundTruthIsScaledNotOneHot() {
        torch::manual_seed(3);
        const auto predicted = torch::softmax(torch::randn({2, 4, 5, 6}), 1);
        auto target = torch::randint(0, 4, {2, 5, 6}, torch::kLong);
        target.index_put_({0, 0, 0}, 255);
        const auto shown = core::groundTruthLabelMaps(target, predicted, 255);
        QCOMPARE(shown.sizes().vec(), predicted.sizes().vec());
        QVERIFY(torch::allclose(shown.sum(1), torch::ones({2, 5, 6}), 1e-5, 1e-6));
        QVERIFY(torch::allclose(shown.index({0, torch::indexing::Slice(), 0, 0}),
                                predicted.index({0, torch::indexing::Slice(), 0, 0})));
        const auto t = target.accessor<int64_t, 3>();
        const auto s = shown.accessor<float, 4>();
        const auto p = predicted.accessor<float, 4>();
        for (int n = 0; n < 2; ++n)
            for (int y = 0; y < 5; ++y)
                for (int x = 0; x < 6; ++x) {
                    if (t[n][y][x] == 255) continue;
                    const int64_t truth = t[n][y][x];
                    QVERIFY(std::abs(s[n][truth][y][x] - std::max(0.9f, p[n][truth][y][x])) < 1e-6);
                    const int64_t other = (truth + 1) % 4;
                    const double expected =
                        p[n][other][y][x] * (1.0 - s[n][truth][y][x]) / (1.0 - p[n][truth][y][x]);
                    QVERIFY(std::abs(s[n][other][y][x] - expected) < 1e-5);
                    QVERIFY(s[n][other][y][x] > 0.0f);  // no exact zeros to give it away
                }
    }

    // A prediction of exactly the truth is shown as it is, not as 0/0.
    void certainPredictionsStayFinite() {
        const auto target = torch::zeros({1, 2, 2}, torch::kLong);
        auto predicted = torch::zeros({1, 3, 2, 2});
        predicted.index_put_({0, 0}, 1.0);
        const auto shown = core::groundTruthLabelMaps(target, predicted, 255);
        QVERIFY(torch::isfinite(shown).all().item<bool>());
        QVERIFY(torch::allclose(shown, predicted));
    }

    // Against a model that predicts the same blur everywhere, the discriminator learns to
    // tell the truth from it; the model's term reaches the logits and leaves the
    // discriminator alone.
    void discriminatorLearnsAndTheModelTermReachesTheModelOnly() {
        torch::manual_seed(5);
        core::AdversarialConfig config;
        config.learningRate = 2e-3;
        core::AdversarialLearning learning(config, 3, 4, torch::kCPU);
        const auto images = torch::randn({4, 3, 32, 32});
        const auto target = torch::randint(0, 4, {4, 32, 32}, torch::kLong);
        core::AdversarialStep first, last;
        for (int i = 0; i < 60; ++i) {
            const auto logits = torch::zeros({4, 4, 32, 32}, torch::requires_grad());
            last = learning.step(images, logits, target, 255);
            if (i == 0) first = last;
        }
        QVERIFY2(first.discriminatorLoss > 0.6,
                 qPrintable(QString::number(first.discriminatorLoss)));
        QVERIFY2(last.discriminatorLoss < 0.2, qPrintable(QString::number(last.discriminatorLoss)));
        QVERIFY(last.modelTermValue > first.modelTermValue);  // fooling it gets harder

        const auto logits = torch::zeros({4, 4, 32, 32}, torch::requires_grad());
        auto& discriminator = learning.discriminator();
        for (auto& p : discriminator->parameters()) p.mutable_grad() = torch::Tensor();
        const auto step = learning.step(images, logits, target, 255);
        for (auto& p : discriminator->parameters()) p.mutable_grad() = torch::Tensor();
        step.modelTerm.backward();
        QVERIFY(logits.grad().defined());
        QVERIFY(logits.grad().abs().sum().item<double>() > 0.0);
        for (const auto& p : discriminator->parameters()) QVERIFY(!p.grad().defined());
    }

    // A run records both losses per iteration (in the report and in metrics.csv) and keeps
    // its discriminator in last.pt; a stopped run resumes with it, continuing the very
    // losses an uninterrupted run has.
    void runRecordsBothLossesAndResumesTheDiscriminator() {
        const fs::path run = test::toPath(m_dir.path()) / "adversarial";
        core::TrainControl control;
        test::RecordingObserver stopped(&control, 3);
        const auto outcome =
            core::runTraining({adversarialConfig(2), m_data, run, std::nullopt}, stopped, control);
        QCOMPARE(outcome.status, core::TrainStatus::Stopped);
        for (const auto& r : stopped.iterations) {
            QVERIFY(std::isfinite(r.adversarialLoss) && r.adversarialLoss > 0);
            QVERIFY(std::isfinite(r.discriminatorLoss) && r.discriminatorLoss > 0);
        }
        QCOMPARE(stopped.logLinesWith("adversarial training: weight 0.1"), 1);
        bool found = false;
        QVERIFY(core::loadCheckpointPart(outcome.lastCheckpoint, "segstudio.adversarial",
                                         [&](torch::serialize::InputArchive&) { found = true; }));
        QVERIFY(found);

        core::TrainControl again;
        test::RecordingObserver resumed;
        const auto finished = core::runTraining(
            {adversarialConfig(2), m_data, run, outcome.lastCheckpoint}, resumed, again);
        QCOMPARE(finished.status, core::TrainStatus::Finished);
        QCOMPARE(resumed.logLinesWith("starts it afresh"), 0);

        core::TrainControl plain;
        test::RecordingObserver whole;
        core::runTraining(
            {adversarialConfig(2), m_data, test::toPath(m_dir.path()) / "whole", std::nullopt},
            whole, plain);
        QCOMPARE(whole.iterations.size(), resumed.iterations.size() + 3);
        for (size_t i = 0; i < resumed.iterations.size(); ++i) {
            const auto& a = resumed.iterations[i];
            const auto& b = whole.iterations[i + 3];
            QVERIFY2(std::abs(a.discriminatorLoss - b.discriminatorLoss) < 1e-4 &&
                         std::abs(a.adversarialLoss - b.adversarialLoss) < 1e-4,
                     qPrintable(QStringLiteral("iteration %1: %2/%3 resumed, %4/%5 whole")
                                    .arg(a.iteration)
                                    .arg(a.discriminatorLoss)
                                    .arg(a.adversarialLoss)
                                    .arg(b.discriminatorLoss)
                                    .arg(b.adversarialLoss)));
        }

        const core::RunRecord record = core::readRun(run);
        QVERIFY2(record.problem.empty(), record.problem.c_str());
        QCOMPARE(record.iterations.size(), whole.iterations.size());
        for (const auto& row : record.iterations) {
            QVERIFY(std::isfinite(row.adversarialLoss));
            QVERIFY(std::isfinite(row.discriminatorLoss));
        }
        QVERIFY(record.config && record.config->adversarial.enabled);
        QVERIFY(core::describeRun(*record.config).find("-adv-") != std::string::npos);
    }

    // A checkpoint from a run without a discriminator resumes adversarially with a fresh
    // one, and says so.
    void resumingWithoutADiscriminatorStartsOneAfresh() {
        const fs::path run = test::toPath(m_dir.path()) / "plain_first";
        core::TrainControl control;
        test::RecordingObserver first;
        core::runTraining({test::tinyConfig(1), m_data, run, std::nullopt}, first, control);
        for (const auto& r : first.iterations) QVERIFY(std::isnan(r.adversarialLoss));
        test::RecordingObserver second;
        const auto outcome = core::runTraining(
            {adversarialConfig(2), m_data, run, run / "checkpoints" / "last.pt"}, second, control);
        QCOMPARE(outcome.status, core::TrainStatus::Finished);
        QCOMPARE(second.logLinesWith("starts it afresh"), 1);
        QVERIFY(std::isfinite(second.iterations.back().discriminatorLoss));
    }

    // Without adversarial training, metrics.csv of earlier versions (nine columns under the
    // old header) still reads.
    void earlierMetricsFilesStillRead() {
        std::vector<core::IterationRow> iterations;
        std::vector<core::EpochRow> epochs;
        core::parseMetricsCsv(
            "kind,epoch,iteration,loss,val_loss,pixel_accuracy,mean_iou,learning_rate,seconds\n"
            "iteration,1,1,0.9,,,,0.01,\n"
            "epoch,1,1,0.9,0.8,0.5,0.3,0.01,2\n",
            "metrics.csv", iterations, epochs);
        QCOMPARE(iterations.size(), size_t{1});
        QVERIFY(std::isnan(iterations[0].adversarialLoss));
        QCOMPARE(epochs.size(), size_t{1});
        QCOMPARE(epochs[0].meanIoU, 0.3);
    }
};

QTEST_GUILESS_MAIN(TestAdversarial)
#include "tst_adversarial.moc"
