// The conformance suite (see STYLE.md): every architecture of the table, with each of its
// options exercised, through forward, backward, the real checkpoint code, BatchNorm folding,
// TorchScript export and the predictor. A new table entry is tested without touching this
// file.
#include <QTemporaryDir>
#include <QTest>

#include <torch/torch.h>
#include <nlohmann/json.hpp>
#include <opencv2/core.hpp>

#include "core/common/error.h"
#include "core/infer/model_export.h"
#include "core/infer/predictor.h"
#include "core/models/architecture_table.h"
#include "core/models/blocks.h"
#include "core/models/encoder.h"
#include "core/models/mac_count.h"
#include "core/models/model_registry.h"
#include "core/models/model_summary.h"
#include "core/models/model_zoo.h"
#include "core/train/checkpoint_io.h"
#include "support/test_files.h"

using namespace seg;
namespace fs = std::filesystem;

Q_DECLARE_METATYPE(seg::core::ModelSpec)

namespace {

constexpr int kClasses = 5;

// Rows for one architecture: a base with every number at its smallest (cheap on a CPU),
// then one row per other value of each choice, allowed number or flag, and one row with
// each number a step above its smallest.
std::vector<std::pair<std::string, core::ModelSpec>> rowsFor(const core::Architecture& a) {
    core::ModelSpec base = core::defaultModelSpec(a.name);  // 6 input channels for pairs
    base.numClasses = kClasses;
    for (const core::ModelOption& o : a.options)
        if (o.kind == core::OptionKind::Integer && o.allowed.empty()) base.set(o.key, o.minimum);
    std::vector<std::pair<std::string, core::ModelSpec>> rows{{a.name, base}};
    auto vary = [&](const core::ModelOption& o, core::ModelOptionValue value, std::string text) {
        core::ModelSpec spec = base;
        spec.set(o.key, value);
        if (!(spec == base)) rows.emplace_back(a.name + " " + o.key + "=" + text, spec);
    };
    for (const core::ModelOption& o : a.options) {
        switch (o.kind) {
            case core::OptionKind::Integer:
                if (o.allowed.empty()) {
                    const int next = o.minimum + o.multipleOf;
                    if (next <= o.maximum) vary(o, next, std::to_string(next));
                    // The deepest structure too, where "more" means more stages, not channels.
                    if (o.maximum - o.minimum <= 4 && o.maximum != next)
                        vary(o, o.maximum, std::to_string(o.maximum));
                } else {
                    for (int v : o.allowed) vary(o, v, std::to_string(v));
                }
                break;
            case core::OptionKind::Flag:
                vary(o, !o.defaultFlag, o.defaultFlag ? "off" : "on");
                break;
            case core::OptionKind::Choice:
                for (const auto& c : o.choices) vary(o, c.value, c.value);
                break;
        }
    }
    return rows;
}

// Every option exercised, or (for the slow export round trip) each architecture once.
enum class Rows { EveryOption, EachArchitecture };

void addRows(Rows rows = Rows::EveryOption) {
    QTest::addColumn<core::ModelSpec>("spec");
    for (const core::Architecture& a : core::architectureTable()) {
        auto specs = rowsFor(a);
        if (rows == Rows::EachArchitecture) specs.resize(1);
        for (const auto& [name, spec] : specs) QTest::newRow(name.c_str()) << spec;
    }
}

core::CheckpointInfo infoFor(const core::ModelSpec& spec) {
    core::CheckpointInfo info;
    info.model = spec;
    std::vector<std::string> names;
    for (int c = 0; c < spec.numClasses; ++c) names.push_back("class" + std::to_string(c));
    info.classes = core::ClassMap(names);
    info.trainConfigJson = "{}";
    return info;
}

// Moves BatchNorm's running statistics away from their initial values, as training does.
void warmUp(core::SegmentationModelImpl& model) {
    torch::NoGradGuard noGrad;
    const int channels = model.spec().inChannels;
    for (int i = 0; i < 3; ++i) model.forward(torch::randn({2, channels, 32, 32}) * 2 + 1);
}

}  // namespace

class TestModels : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    fs::path path(const std::string& name) const { return test::toPath(m_dir.path()) / name; }

private Q_SLOTS:
    void initTestCase() {
        torch::manual_seed(0);
        QVERIFY(m_dir.isValid());
    }

    void logitsHaveTheInputSizeForOddSizes_data() { addRows(); }
    void logitsHaveTheInputSizeForOddSizes() {
        QFETCH(core::ModelSpec, spec);
        auto model = core::createModel(spec);
        for (auto [h, w] : {std::pair{37, 45}, std::pair{32, 32}, std::pair{17, 70}}) {
            const auto logits = model->forward(torch::randn({2, spec.inChannels, h, w}));
            QCOMPARE(logits.sizes().vec(), (std::vector<int64_t>{2, kClasses, h, w}));
            QVERIFY(torch::isfinite(logits).all().item<bool>());
        }
    }

    void gradientsReachEveryParameter_data() { addRows(); }
    void gradientsReachEveryParameter() {
        QFETCH(core::ModelSpec, spec);
        auto model = core::createModel(spec);
        const auto target = torch::randint(0, kClasses, {2, 33, 41}, torch::kLong);
        const auto loss = torch::nn::functional::cross_entropy(
            model->forward(torch::randn({2, spec.inChannels, 33, 41})), target);
        loss.backward();
        for (const auto& p : model->named_parameters()) {
            QVERIFY2(p.value().grad().defined(), p.key().c_str());
            QVERIFY2(p.value().grad().abs().sum().item<double>() > 0, p.key().c_str());
        }
    }

    void checkpointRoundTripIsExact_data() { addRows(); }
    void checkpointRoundTripIsExact() {
        QFETCH(core::ModelSpec, spec);
        auto model = core::createModel(spec);
        warmUp(*model);
        const fs::path file = path("round-trip.pt");
        core::saveCheckpoint(file, infoFor(spec), *model, nullptr);
        const core::LoadedCheckpoint loaded = core::loadCheckpoint(file);
        QVERIFY(loaded.info.model == spec);
        model->eval();
        torch::NoGradGuard noGrad;
        const auto x = torch::randn({1, spec.inChannels, 29, 31});
        QVERIFY(torch::equal(model->forward(x), loaded.model->forward(x)));
    }

    void foldingBatchNormKeepsPredictions_data() { addRows(); }
    void foldingBatchNormKeepsPredictions() {
        QFETCH(core::ModelSpec, spec);
        auto model = core::createModel(spec);
        warmUp(*model);
        model->eval();
        torch::NoGradGuard noGrad;
        const auto x = torch::randn({1, spec.inChannels, 35, 41});
        const auto before = model->forward(x);
        core::foldBatchNorms(*model);
        const auto after = model->forward(x);
        const double scale = before.abs().max().item<double>();
        QVERIFY2((before - after).abs().max().item<double>() <= 1e-4 * std::max(1.0, scale),
                 qPrintable(QString::number((before - after).abs().max().item<double>())));
    }

    // The export checks its own logits on a probe; this checks what a user sees: the
    // exported module and the checkpoint predict the same mask on an image of odd size.
    // Each architecture once: an export takes a second or more.
    void exportedModelPredictsAsTheCheckpoint_data() { addRows(Rows::EachArchitecture); }
    void exportedModelPredictsAsTheCheckpoint() {
        QFETCH(core::ModelSpec, spec);
        auto model = core::createModel(spec);
        warmUp(*model);
        const fs::path checkpoint = path("export-source.pt"), exported = path("exported.pt");
        core::saveCheckpoint(checkpoint, infoFor(spec), *model, nullptr);
        core::exportTorchScript(checkpoint, exported);
        auto fromCheckpoint = core::Predictor::fromCheckpoint(checkpoint);
        auto fromExport = core::Predictor::open(exported);
        QVERIFY(fromExport->info().torchScript);
        QCOMPARE(fromExport->info().classes, fromCheckpoint->info().classes);
        // Random bytes: an image, or an image pair stacked as 6 channels.
        cv::Mat bytes(37, 45 * spec.inChannels, CV_8UC1);
        cv::randu(bytes, 0, 255);
        const cv::Mat image = bytes.reshape(spec.inChannels);
        QCOMPARE(fromExport->info().inputImages, spec.inChannels / 3);
        const cv::Mat mask = fromCheckpoint->predictMask(image);
        QCOMPARE(mask.size(), image.size());
        QVERIFY(test::sameMat(fromExport->predictMask(image), mask));
    }

    void specJsonRoundTrip_data() { addRows(); }
    void specJsonRoundTrip() {
        QFETCH(core::ModelSpec, spec);
        const nlohmann::json json = core::modelSpecToJson(spec);
        QVERIFY(core::modelSpecFromJson(json, "x") == spec);
        // Every option is written, so a file says what was built even if a default changes.
        for (const auto& o : core::architecture(spec.architecture).options)
            QVERIFY2(json.contains(o.key), o.key.c_str());
    }

    void summaryCountsEveryRow_data() { addRows(); }
    void summaryCountsEveryRow() {
        QFETCH(core::ModelSpec, spec);
        const auto summary = core::summarizeModel(spec, 64, 48);
        int64_t parameters = 0;
        for (const auto& p : core::createModel(spec)->parameters()) parameters += p.numel();
        QCOMPARE(summary.parameters, parameters);
        QVERIFY(summary.convolutions > 0);
        QVERIFY(summary.forwardGmacs > 0);
    }

    // ICNR: a fresh learned 2x upsampling is nearest-neighbour upsampling of a 1x1
    // convolution, so every 2x2 output cell is constant per channel. With independent
    // filters per sub-pixel it is a checkerboard, which a few epochs of training leave as
    // 1-pixel stripes inside predicted objects.
    void learnedUpsamplingStartsAsNearestNeighbour() {
        core::ModelSpec spec;
        spec.set("width", 8);
        spec.set("depth", 4);
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

    // U-Net depth 3, width 4, 3 classes on 16x16 (multiply-accumulates per output element
    // x outputs):
    //   encoder0: 3x3 3->4 @16x16 and 4->4 @16x16     27*4*256 + 36*4*256
    //   encoder1: 3x3 4->8 @8x8 and 8->8 @8x8         36*8*64 + 72*8*64
    //   encoder2: 3x3 8->16 @4x4 and 16->16 @4x4      72*16*16 + 144*16*16
    //   up1: 1x1 16->32 @4x4; decoder1: 16->8, 8->8 @8x8   16*32*16 + 144*8*64 + 72*8*64
    //   up0: 1x1 8->16 @8x8;  decoder0: 8->4, 4->4 @16x16  8*16*64 + 72*4*256 + 36*4*256
    //   head: 1x1 4->3 @16x16                          4*3*256
    void summaryCountsMultiplyAccumulates() {
        core::ModelSpec spec;
        spec.set("width", 4);
        spec.set("depth", 3);
        spec.numClasses = 3;
        const auto summary = core::summarizeModel(spec, 16, 16);
        const double macs = 27 * 4 * 256 + 36 * 4 * 256 + 36 * 8 * 64 + 72 * 8 * 64 + 72 * 16 * 16 +
                            144 * 16 * 16 + 16 * 32 * 16 + 144 * 8 * 64 + 72 * 8 * 64 +
                            8 * 16 * 64 + 72 * 4 * 256 + 36 * 4 * 256 + 4 * 3 * 256;
        QCOMPARE(summary.convolutions, int64_t{13});
        QCOMPARE(summary.matrixProducts, int64_t{0});
        QVERIFY2(std::abs(summary.forwardGmacs * 1e9 - macs) < 0.5,
                 qPrintable(QStringLiteral("%1 vs %2").arg(summary.forwardGmacs * 1e9).arg(macs)));
    }

    // Linear layers count too (attention models are made of them): [m, k] x [k, n] is
    // m * k * n multiply-accumulates, whether or not the input needs a gradient.
    void matrixProductsAreCounted() {
        torch::nn::Linear first(16, 32), second(32, 8);
        const auto x = torch::randn({10, 16});  // needs no gradient
        const auto y = second(torch::relu(first(x)));
        const core::MacCount count = core::countMacs(y);
        QCOMPARE(count.matrixProducts, int64_t{2});
        QCOMPARE(count.macs, 10.0 * 16 * 32 + 10.0 * 32 * 8);
        // Batched, as attention multiplies queries by keys: [b, m, k] x [b, k, n].
        const auto q = torch::randn({3, 7, 4}, torch::requires_grad());
        const auto k = torch::randn({3, 4, 5}, torch::requires_grad());
        const core::MacCount attention = core::countMacs(torch::bmm(q, k));
        QCOMPARE(attention.macs, 3.0 * 7 * 4 * 5);
    }

    void encodersStateTheirFeatureMaps_data() {
        QTest::addColumn<QString>("backbone");
        QTest::addColumn<int>("outputStride");
        for (const char* b : {"resnet18", "resnet50", "vgg11", "vgg16"})
            for (int stride : {32, 16, 8})
                QTest::addRow("%s os%d", b, stride) << QString::fromLatin1(b) << stride;
    }
    void encodersStateTheirFeatureMaps() {
        QFETCH(QString, backbone);
        QFETCH(int, outputStride);
        auto encoder = core::createEncoder(backbone.toStdString(), 3, 8, outputStride);
        QCOMPARE(encoder->outputStride(), outputStride);
        const auto maps = encoder->forward(torch::randn({1, 3, 64, 96}));
        QCOMPARE(maps.size(), encoder->featureMaps().size());
        for (size_t i = 0; i < maps.size(); ++i) {
            const auto& info = encoder->featureMaps()[i];
            QCOMPARE(maps[i].size(1), int64_t(info.channels));
            QCOMPARE(maps[i].size(2), int64_t(64 / info.stride));
            QCOMPARE(maps[i].size(3), int64_t(96 / info.stride));
            if (i > 0) QVERIFY(info.stride >= encoder->featureMaps()[i - 1].stride);
        }
        QVERIFY_THROWS_EXCEPTION(core::Error, encoder->deepestMapAt(64));
    }

    // The zoo's figures are built in from resources/model_zoo.json: the same entries, one
    // for every architecture of the table (a new one is measured with
    // tests/bench/run_zoo_bench.sh 0 NAME), with figures that are measurements; a damaged
    // zoo file is refused naming it.
    void zooFiguresCoverTheTable() {
        const fs::path file = qEnvironmentVariable("SEG_MODEL_ZOO_FILE").toStdString();
        const auto parsed = core::parseModelZoo(test::readBytes(file), file);
        QCOMPARE(core::modelZoo().size(), parsed.size());
        for (const core::Architecture& a : core::architectureTable()) {
            const core::ZooFigures* f = core::zooFigures(a.name);
            QVERIFY2(f, a.name.c_str());
            QCOMPARE(f->parametersMillions, parsed.at(a.name).parametersMillions);
            QVERIFY2(f->parametersMillions > 0 && f->gmacsAt256 > 0 &&
                         f->trainImagesPerSecond > 0 && f->inferenceMillisecondsAt512 > 0,
                     a.name.c_str());
            if (f->meanIoU) {
                QVERIFY(*f->meanIoU >= 0 && *f->meanIoU <= 1);
                QVERIFY(f->budgetMinutes > 0 && f->epochs > 0);
            }
        }
        for (const auto& [name, figures] : parsed)
            QVERIFY2(core::findArchitecture(name), name.c_str());
        try {
            core::parseModelZoo(R"({"models": {"unet": {"parameters_m": "many"}}})", "zoo.json");
            QFAIL("a damaged zoo file was read");
        } catch (const core::Error& e) {
            QCOMPARE(e.code(), core::ErrorCode::InvalidJson);
            QCOMPARE(e.file(), fs::path("zoo.json"));
        }
    }

    void unknownArchitectureListsTheValidOnes() {
        core::ModelSpec spec;
        spec.architecture = "no-such-model";
        try {
            core::createModel(spec);
            QFAIL("expected an error");
        } catch (const core::Error& e) {
            for (const auto& a : core::architectureTable())
                QVERIFY2(e.detail().find(a.name) != std::string::npos, e.detail().c_str());
        }
    }

    void badOptionsAreRejected_data() {
        QTest::addColumn<QString>("json");
        QTest::newRow("depth") << QStringLiteral(R"({"architecture":"unet","depth":9})");
        QTest::newRow("stride") << QStringLiteral(
            R"({"architecture":"deeplabv3plus","output_stride":4})");
        QTest::newRow("backbone") << QStringLiteral(
            R"({"architecture":"fcn8s","backbone":"vgg19"})");
        QTest::newRow("width step") << QStringLiteral(R"({"architecture":"fcn8s","width":12})");
        QTest::newRow("classes") << QStringLiteral(R"({"architecture":"unet","num_classes":1})");
        QTest::newRow("unknown key") << QStringLiteral(R"({"architecture":"unet","dropout":0.5})");
        QTest::newRow("type") << QStringLiteral(R"({"architecture":"unet","width":"wide"})");
        QTest::newRow("flag type") << QStringLiteral(R"({"architecture":"unet","bilinear":1})");
        QTest::newRow("architecture") << QStringLiteral(R"({"architecture":"no-such-model"})");
    }
    void badOptionsAreRejected() {
        QFETCH(QString, json);
        QVERIFY_THROWS_EXCEPTION(
            core::Error,
            core::modelSpecFromJson(nlohmann::json::parse(json.toStdString()), "config.json"));
    }

    // Files written before the table stored every option for every architecture: they
    // still read, each architecture taking its own options and passing over the others.
    void specsOfEarlierVersionsStillRead() {
        const auto old = nlohmann::json::parse(
            R"({"architecture":"deeplabv3plus","in_channels":3,"num_classes":4,"width":32,)"
            R"("depth":4,"bilinear":false,"backbone":"resnet34","output_stride":8})");
        const core::ModelSpec spec = core::modelSpecFromJson(old, "config.json");
        QCOMPARE(spec.integer("width"), 32);
        QCOMPARE(spec.choice("backbone"), std::string("resnet34"));
        QCOMPARE(spec.integer("output_stride"), 8);
        QVERIFY(!spec.has("depth"));
        QCOMPARE(core::describeModel(spec), std::string("deeplabv3plus-resnet34-os8"));
    }

    // DeepLab v1 and v2's rates were chosen for 321-pixel crops; left at 0 they are scaled
    // to the training input, and a rate the user gave stays.
    void atrousRatesFollowTheTrainingInput() {
        core::ModelSpec v1 = core::defaultModelSpec("deeplabv1");
        core::fitModelToInput(v1, 128);
        QCOMPARE(v1.integer("atrous_rate"), 5);  // 12 * 128 / 321
        core::ModelSpec v2 = core::defaultModelSpec("deeplabv2");
        core::fitModelToInput(v2, 642);
        QCOMPARE(v2.integer("atrous_rate"), 12);  // 6 * 642 / 321
        core::fitModelToInput(v2, 128);
        QCOMPARE(v2.integer("atrous_rate"), 12);  // settled once
        core::ModelSpec tiny = core::defaultModelSpec("deeplabv2");
        core::fitModelToInput(tiny, 16);
        QCOMPARE(tiny.integer("atrous_rate"), 1);
        core::ModelSpec unet = core::defaultModelSpec("unet");
        core::fitModelToInput(unet, 128);
        QVERIFY(unet == core::defaultModelSpec("unet"));
    }

    void optionsAnArchitectureLacksAreRejected() {
        core::ModelSpec spec;
        spec.architecture = "deeplabv3";
        spec.set("depth", 4);
        try {
            core::validateModelSpec(spec);
            QFAIL("expected an error");
        } catch (const core::Error& e) {
            QVERIFY2(e.detail().find("depth") != std::string::npos, e.detail().c_str());
        }
        QVERIFY_THROWS_EXCEPTION(core::Error, spec.integer("depth"));
    }

    // Instance normalisation (live learning's U-Net) normalises each image by its own
    // statistics: an image predicts the same alone or in a batch, in training mode or in
    // prediction, and a few steps of training do not change that (no running averages).
    void instanceNormalisationPredictsAsItTrains() {
        core::ModelSpec spec = core::defaultModelSpec("unet");
        spec.set("width", 4).set("norm", std::string("instance"));
        auto model = core::createModel(spec);
        torch::optim::SGD sgd(model->parameters(), 0.1);
        model->train();
        for (int i = 0; i < 3; ++i) {
            sgd.zero_grad();
            model->forward(torch::rand({2, 3, 32, 32})).square().mean().backward();
            sgd.step();
        }
        torch::NoGradGuard noGrad;
        const auto image = torch::rand({1, 3, 32, 32});
        const auto inTraining = model->forward(torch::cat({image, torch::rand({1, 3, 32, 32}) * 3}))[0];
        model->eval();
        const auto alone = model->forward(image)[0];
        QVERIFY2(torch::allclose(inTraining, alone, 1e-4, 1e-5),
                 qPrintable(QString::number((inTraining - alone).abs().max().item<double>())));
        // BatchNorm, by contrast, predicts by what the batch holds.
        auto batchNorm = core::createModel(core::defaultModelSpec("unet").set("width", 4));
        batchNorm->train();
        const auto mixed = batchNorm->forward(torch::cat({image, torch::rand({1, 3, 32, 32}) * 3}))[0];
        const auto single = batchNorm->forward(image)[0];
        QVERIFY(!torch::allclose(mixed, single, 1e-4, 1e-5));
    }

    void wrongInputChannelsAreNamed() {
        auto model = core::createModel(core::ModelSpec{});
        QVERIFY_THROWS_EXCEPTION(core::Error, model->forward(torch::randn({1, 1, 16, 16})));
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
