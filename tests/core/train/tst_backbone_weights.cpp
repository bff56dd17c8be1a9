#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <iterator>

#include <torch/torch.h>

#include "core/common/error.h"
#include "core/models/model_registry.h"
#include "core/train/backbone_weights.h"
#include "core/train/checkpoint_io.h"
#include "support/test_files.h"

using namespace seg;
namespace fs = std::filesystem;

// Starting a backbone from weights on disk: torchvision-named state dicts written by Python,
// SegStudio checkpoints, and the files that must be refused.
class TestBackboneWeights : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    fs::path m_torchvisionRaw;    // an OrderedDict, as model.state_dict() gives
    fs::path m_torchvisionPlain;  // the same after packaging/tools/export_state_dict.py

    fs::path file(const char* name) const { return test::toPath(m_dir.path()) / name; }

    static void python(const QStringList& args) {
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"), args);
        QVERIFY2(p.waitForFinished(120000), "python3 did not finish");
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }

    static std::map<std::string, torch::Tensor> readPlainDict(const fs::path& path) {
        std::ifstream in(path, std::ios::binary);
        const std::vector<char> bytes((std::istreambuf_iterator<char>(in)), {});
        std::map<std::string, torch::Tensor> out;
        for (const auto& e : torch::pickle_load(bytes).toGenericDict())
            out[e.key().toStringRef()] = e.value().toTensor();
        return out;
    }

    static core::SegmentationModel deeplab(int width, const std::string& arch = "deeplabv3plus") {
        core::ModelSpec spec;
        spec.architecture = arch;
        spec.set("width", width);
        spec.numClasses = 3;
        return core::createModel(spec);
    }

    static torch::Tensor param(core::SegmentationModelImpl& m, const std::string& name) {
        auto all = m.named_parameters();
        auto buffers = m.named_buffers();
        return all.contains(name) ? all[name] : buffers[name];
    }

    static core::CheckpointInfo infoFor(const core::ModelSpec& spec) {
        core::CheckpointInfo info;
        info.model = spec;
        info.classes = core::ClassMap({"bg", "a", "b"});
        info.trainConfigJson = "{}";
        return info;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(QFileInfo::exists(QStringLiteral("/usr/bin/python3")),
                 "/usr/bin/python3 with torch is needed (packaging/install-deps.sh installs it)");
        m_torchvisionRaw = file("resnet18_raw.pth");
        m_torchvisionPlain = file("resnet18.pt");
        python({qEnvironmentVariable("SEG_TORCHVISION_RESNET_SCRIPT"),
                QString::fromStdString(m_torchvisionRaw.string())});
        python({qEnvironmentVariable("SEG_EXPORT_STATE_DICT_SCRIPT"),
                QString::fromStdString(m_torchvisionRaw.string()),
                QString::fromStdString(m_torchvisionPlain.string())});
    }

    void torchvisionNamesMapToTheBackbone() {
        QCOMPARE(core::backboneNameFromTorchvision("conv1.weight", false),
                 std::string("stem.0.conv.weight"));
        QCOMPARE(core::backboneNameFromTorchvision("layer3.1.bn2.running_var", false),
                 std::string("stage3.1.second.bn.running_var"));
        QCOMPARE(core::backboneNameFromTorchvision("layer2.0.downsample.1.bias", false),
                 std::string("stage2.0.shortcut.bn.bias"));
        QCOMPARE(core::backboneNameFromTorchvision("layer4.2.conv3.weight", true),
                 std::string("stage4.2.expand.conv.weight"));
        QCOMPARE(core::backboneNameFromTorchvision("layer1.0.conv2.weight", true),
                 std::string("stage1.0.spatial.conv.weight"));
        QCOMPARE(core::backboneNameFromTorchvision("fc.weight", false), std::string());
        QCOMPARE(core::backboneNameFromTorchvision("bn1.num_batches_tracked", false),
                 std::string());
    }

    void loadsATorchvisionStateDict() {
        auto model = deeplab(64);
        const torch::Tensor headBefore = param(*model, "classifier.weight").clone();
        const auto report = core::loadBackboneWeights(*model, m_torchvisionPlain);
        QCOMPARE(report.source, std::string("torchvision state dict"));
        // ResNet-18: 20 convolutions, each with a BatchNorm of 4 tensors -> 100.
        QCOMPARE(report.tensorsLoaded, 100);
        const auto source = readPlainDict(m_torchvisionPlain);
        QVERIFY(
            torch::equal(param(*model, "backbone.stem.0.conv.weight"), source.at("conv1.weight")));
        QVERIFY(torch::equal(param(*model, "backbone.stage4.1.second.bn.running_var"),
                             source.at("layer4.1.bn2.running_var")));
        QVERIFY(torch::equal(param(*model, "backbone.stage2.0.shortcut.conv.weight"),
                             source.at("layer2.0.downsample.0.weight")));
        QVERIFY(torch::equal(param(*model, "classifier.weight"), headBefore));
        // The loaded model still runs.
        model->eval();
        QCOMPARE(model->forward(torch::randn({1, 3, 33, 47})).sizes(),
                 (std::vector<int64_t>{1, 3, 33, 47}));
    }

    void refusesAnOrderedDictWithAHint() {
        auto model = deeplab(64);
        try {
            core::loadBackboneWeights(*model, m_torchvisionRaw);
            QFAIL("an OrderedDict file was accepted");
        } catch (const core::Error& e) {
            QCOMPARE(e.code(), core::ErrorCode::InvalidContent);
            QCOMPARE(e.file(), m_torchvisionRaw);
            QVERIFY2(e.detail().find("export_state_dict.py") != std::string::npos,
                     e.detail().c_str());
        }
    }

    void refusesAnotherWidthNamingTheTensor() {
        auto model = deeplab(32);
        const torch::Tensor before = param(*model, "backbone.stem.0.conv.weight").clone();
        try {
            core::loadBackboneWeights(*model, m_torchvisionPlain);
            QFAIL("a width-64 backbone loaded into a width-32 model");
        } catch (const core::Error& e) {
            QCOMPARE(e.code(), core::ErrorCode::InvalidContent);
            QVERIFY2(e.detail().find("[64, 3, 7, 7]") != std::string::npos, e.detail().c_str());
        }
        QVERIFY(torch::equal(param(*model, "backbone.stem.0.conv.weight"), before));
    }

    void refusesAnotherDepth() {
        core::ModelSpec spec;
        spec.architecture = "fcn8s";
        spec.set("backbone", "resnet34");
        spec.set("width", 64);
        spec.numClasses = 3;
        auto model = core::createModel(spec);
        QCOMPARE(test::errorCodeOf([&] { core::loadBackboneWeights(*model, m_torchvisionPlain); },
                                   m_torchvisionPlain),
                 core::ErrorCode::InvalidContent);
    }

    void takesTheBackboneOfASegStudioCheckpoint() {
        auto trained = deeplab(8, "fcn8s");
        trained->forward(torch::randn({2, 3, 32, 32}));  // non-trivial BatchNorm statistics
        const fs::path checkpoint = file("fcn.pt");
        core::saveCheckpoint(checkpoint, infoFor(trained->spec()), *trained, nullptr);

        auto model = deeplab(8, "deeplabv3");
        const auto report = core::loadBackboneWeights(*model, checkpoint);
        QCOMPARE(report.source, std::string("segstudio checkpoint"));
        for (const auto& p : model->named_parameters())
            if (p.key().rfind("backbone.", 0) == 0)
                QVERIFY2(torch::equal(p.value(), param(*trained, p.key())), p.key().c_str());
        QVERIFY(torch::equal(param(*model, "backbone.stage1.0.first.bn.running_mean"),
                             param(*trained, "backbone.stage1.0.first.bn.running_mean")));
    }

    void refusesACheckpointWithoutBackbone() {
        core::ModelSpec unetSpec;
        unetSpec.numClasses = 3;
        unetSpec.set("width", 8);
        auto unet = core::createModel(unetSpec);
        const fs::path checkpoint = file("unet.pt");
        core::saveCheckpoint(checkpoint, infoFor(unetSpec), *unet, nullptr);
        auto model = deeplab(8);
        QCOMPARE(
            test::errorCodeOf([&] { core::loadBackboneWeights(*model, checkpoint); }, checkpoint),
            core::ErrorCode::InvalidContent);
        // And a U-Net has nothing to load into.
        try {
            core::loadBackboneWeights(*unet, m_torchvisionPlain);
            QFAIL("a U-Net accepted backbone weights");
        } catch (const core::Error& e) {
            QCOMPARE(e.code(), core::ErrorCode::InvalidArgument);
        }
    }

    void refusesBrokenFiles() {
        auto model = deeplab(64);
        const fs::path truncated = file("truncated.pt"), text = file("notes.pt"),
                       empty = file("empty.pt"), missing = file("missing.pt");
        test::writeTruncatedCopy(m_torchvisionPlain, truncated, 4000);
        test::writeBytes(text, "these are not weights\n");
        test::writeBytes(empty, "");
        for (const auto& bad : {truncated, text})
            QCOMPARE(test::errorCodeOf([&] { core::loadBackboneWeights(*model, bad); }, bad),
                     core::ErrorCode::InvalidContent);
        QCOMPARE(test::errorCodeOf([&] { core::loadBackboneWeights(*model, empty); }, empty),
                 core::ErrorCode::FileEmpty);
        QCOMPARE(test::errorCodeOf([&] { core::loadBackboneWeights(*model, missing); }, missing),
                 core::ErrorCode::FileNotFound);
    }
};

QTEST_GUILESS_MAIN(TestBackboneWeights)
#include "tst_backbone_weights.moc"
