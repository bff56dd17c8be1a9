#include <sstream>

#include <QTest>

#include <torch/torch.h>
#include <nlohmann/json.hpp>

#include "core/common/error.h"
#include "core/models/blocks.h"
#include "core/models/model_registry.h"
#include "core/models/model_summary.h"

using namespace seg;

Q_DECLARE_METATYPE(seg::core::ModelSpec)

namespace {

// Small enough for a CPU test, every option exercised somewhere.
std::vector<std::pair<const char*, core::ModelSpec>> tinySpecs() {
    auto make = [](std::string arch, std::string backbone, int width, int stride, bool bilinear,
                   int depth) {
        core::ModelSpec s;
        s.architecture = std::move(arch);
        s.backbone = std::move(backbone);
        s.width = width;
        s.outputStride = stride;
        s.bilinear = bilinear;
        s.depth = depth;
        s.numClasses = 5;
        return s;
    };
    return {
        {"unet learned up", make("unet", "", 8, 16, false, 4)},
        {"unet bilinear depth 3", make("unet", "", 4, 16, true, 3)},
        {"unet depth 5", make("unet", "", 4, 16, false, 5)},
        {"deeplabv3plus r18 os16", make("deeplabv3plus", "resnet18", 8, 16, false, 4)},
        {"deeplabv3plus r34 os8", make("deeplabv3plus", "resnet34", 8, 8, false, 4)},
        {"deeplabv3plus r50 os16", make("deeplabv3plus", "resnet50", 8, 16, false, 4)},
        {"deeplabv3 r18 os8", make("deeplabv3", "resnet18", 8, 8, false, 4)},
        {"fcn8s r18", make("fcn8s", "resnet18", 8, 16, false, 4)},
        {"fcn16s r18", make("fcn16s", "resnet18", 8, 16, false, 4)},
        {"fcn32s r18", make("fcn32s", "resnet18", 8, 16, false, 4)},
    };
}

}  // namespace

// The conformance suite run over every architecture (see STYLE.md).
class TestModels : public QObject {
    Q_OBJECT

    static void addSpecs() {
        QTest::addColumn<core::ModelSpec>("spec");
        for (const auto& [name, spec] : tinySpecs()) QTest::newRow(name) << spec;
    }

private Q_SLOTS:
    void initTestCase() { torch::manual_seed(0); }

    void logitsHaveTheInputSizeForOddSizes_data() { addSpecs(); }
    void logitsHaveTheInputSizeForOddSizes() {
        QFETCH(core::ModelSpec, spec);
        auto model = core::createModel(spec);
        for (auto [h, w] : {std::pair{37, 45}, std::pair{32, 32}, std::pair{17, 70}}) {
            const auto logits = model->forward(torch::randn({2, 3, h, w}));
            QCOMPARE(logits.sizes().vec(), (std::vector<int64_t>{2, 5, h, w}));
            QVERIFY(torch::isfinite(logits).all().item<bool>());
        }
    }

    void gradientsReachEveryParameter_data() { addSpecs(); }
    void gradientsReachEveryParameter() {
        QFETCH(core::ModelSpec, spec);
        auto model = core::createModel(spec);
        const auto target = torch::randint(0, 5, {2, 33, 41}, torch::kLong);
        const auto loss = torch::nn::functional::cross_entropy(
            model->forward(torch::randn({2, 3, 33, 41})), target);
        loss.backward();
        for (const auto& p : model->named_parameters()) {
            QVERIFY2(p.value().grad().defined(), p.key().c_str());
            QVERIFY2(p.value().grad().abs().sum().item<double>() > 0, p.key().c_str());
        }
    }

    void saveLoadRoundTripIsExact_data() { addSpecs(); }
    void saveLoadRoundTripIsExact() {
        QFETCH(core::ModelSpec, spec);
        auto model = core::createModel(spec);
        model->forward(torch::randn({2, 3, 32, 32}));  // moves BatchNorm running statistics
        std::stringstream stream;
        torch::save(model, stream);
        auto copy = core::createModel(spec);
        torch::load(copy, stream);
        model->eval();
        copy->eval();
        const auto x = torch::randn({1, 3, 29, 31});
        QVERIFY(torch::equal(model->forward(x), copy->forward(x)));
    }

    void foldingBatchNormKeepsPredictions_data() { addSpecs(); }
    void foldingBatchNormKeepsPredictions() {
        QFETCH(core::ModelSpec, spec);
        auto model = core::createModel(spec);
        for (int i = 0; i < 3; ++i)
            model->forward(torch::randn({2, 3, 32, 32}) * 2 + 1);  // non-trivial statistics
        model->eval();
        torch::NoGradGuard noGrad;
        const auto x = torch::randn({1, 3, 35, 41});
        const auto before = model->forward(x);
        core::foldBatchNorms(*model);
        const auto after = model->forward(x);
        const double scale = before.abs().max().item<double>();
        QVERIFY2((before - after).abs().max().item<double>() <= 1e-4 * std::max(1.0, scale),
                 qPrintable(QString::number((before - after).abs().max().item<double>())));
    }

    // ICNR: a fresh learned 2x upsampling is nearest-neighbour upsampling of a 1x1
    // convolution, so every 2x2 output cell is constant per channel. With independent
    // filters per sub-pixel it is a checkerboard, which a few epochs of training leave as
    // 1-pixel stripes inside predicted objects.
    void learnedUpsamplingStartsAsNearestNeighbour() {
        core::ModelSpec spec;
        spec.width = 8;
        spec.depth = 4;
        spec.numClasses = 5;
        auto model = core::createModel(spec);
        int checked = 0;
        torch::NoGradGuard noGrad;
        for (const auto& child : model->named_children()) {
            auto* up = child.value()->as<core::Upsample2xImpl>();
            if (!up) continue;
            const int64_t in = up->named_parameters()["conv.weight"].size(1);
            const auto y = up->forward(torch::randn({2, in, 5, 7}));
            QCOMPARE(y.sizes().vec(), (std::vector<int64_t>({2, in / 2, 10, 14})));
            // Each 2x2 cell against its top-left pixel.
            const auto corners = y.slice(2, 0, 10, 2).slice(3, 0, 14, 2);
            const auto nearest = corners.repeat_interleave(2, 2).repeat_interleave(2, 3);
            const double spread = (y - nearest).abs().max().item<double>();
            QVERIFY2(spread < 1e-6, qPrintable(QStringLiteral("%1: %2 within a 2x2 cell")
                                                   .arg(QString::fromStdString(child.key()))
                                                   .arg(spread)));
            QVERIFY(y.abs().max().item<double>() > 1e-3);  // not trivially constant
            ++checked;
        }
        QCOMPARE(checked, 3);  // up0, up1, up2
    }

    // U-Net depth 3, width 4, 3 classes on 16x16 (MACs per output element x outputs, x2):
    //   encoder0: 3x3 3->4 @16x16 and 4->4 @16x16     2*(27*4*256 + 36*4*256)
    //   encoder1: 3x3 4->8 @8x8 and 8->8 @8x8         2*(36*8*64 + 72*8*64)
    //   encoder2: 3x3 8->16 @4x4 and 16->16 @4x4      2*(72*16*16 + 144*16*16)
    //   up1: 1x1 16->32 @4x4; decoder1: 16->8, 8->8 @8x8   2*(16*32*16 + 144*8*64 + 72*8*64)
    //   up0: 1x1 8->16 @8x8;  decoder0: 8->4, 4->4 @16x16  2*(8*16*64 + 72*4*256 + 36*4*256)
    //   head: 1x1 4->3 @16x16                          2*(4*3*256)
    void summaryCountsParametersAndFlops() {
        core::ModelSpec spec;
        spec.width = 4;
        spec.depth = 3;
        spec.numClasses = 3;
        const auto summary = core::summarizeModel(spec, 16, 16);
        const double flops =
            2.0 * (27 * 4 * 256 + 36 * 4 * 256 + 36 * 8 * 64 + 72 * 8 * 64 + 72 * 16 * 16 +
                   144 * 16 * 16 + 16 * 32 * 16 + 144 * 8 * 64 + 72 * 8 * 64 + 8 * 16 * 64 +
                   72 * 4 * 256 + 36 * 4 * 256 + 4 * 3 * 256);
        QCOMPARE(summary.convolutions, int64_t{13});
        QVERIFY2(
            std::abs(summary.forwardGflops * 1e9 - flops) < 0.5,
            qPrintable(QStringLiteral("%1 vs %2").arg(summary.forwardGflops * 1e9).arg(flops)));
        int64_t parameters = 0;
        for (const auto& p : core::createModel(spec)->parameters()) parameters += p.numel();
        QCOMPARE(summary.parameters, parameters);
    }

    void unknownArchitectureListsTheValidOnes() {
        core::ModelSpec spec;
        spec.architecture = "segformer";
        try {
            core::createModel(spec);
            QFAIL("expected an error");
        } catch (const core::Error& e) {
            QVERIFY(e.detail().find("deeplabv3plus") != std::string::npos);
        }
    }

    void badOptionsAreRejected_data() {
        QTest::addColumn<QString>("json");
        QTest::newRow("depth") << QStringLiteral(R"({"architecture":"unet","depth":9})");
        QTest::newRow("stride") << QStringLiteral(
            R"({"architecture":"deeplabv3plus","output_stride":4})");
        QTest::newRow("backbone") << QStringLiteral(
            R"({"architecture":"fcn8s","backbone":"vgg16"})");
        QTest::newRow("classes") << QStringLiteral(R"({"architecture":"unet","num_classes":1})");
        QTest::newRow("unknown key") << QStringLiteral(R"({"architecture":"unet","dropout":0.5})");
        QTest::newRow("type") << QStringLiteral(R"({"architecture":"unet","width":"wide"})");
    }
    void badOptionsAreRejected() {
        QFETCH(QString, json);
        QVERIFY_THROWS_EXCEPTION(
            core::Error,
            core::modelSpecFromJson(nlohmann::json::parse(json.toStdString()), "config.json"));
    }

    void specJsonRoundTrip() {
        const auto spec = tinySpecs()[4].second;
        QVERIFY(core::modelSpecFromJson(core::modelSpecToJson(spec), "x") == spec);
    }

    void wrongInputChannelsAreNamed() {
        auto model = core::createModel(tinySpecs()[0].second);
        QVERIFY_THROWS_EXCEPTION(core::Error, model->forward(torch::randn({1, 1, 16, 16})));
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
