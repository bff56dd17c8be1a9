// TorchScript in and out: modules saved from PyTorch open and predict (logits tensor or
// {"out": ...} dict), modules that do not fit get a message naming the file, and a
// checkpoint exported by SegStudio loads in PyTorch with the same output.
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "core/common/error.h"
#include "core/data/image_io.h"
#include "core/infer/model_export.h"
#include "core/infer/predictor.h"
#include "core/infer/torchscript_settings.h"
#include "support/test_files.h"
#include "support/tiny_training.h"

using namespace seg;
namespace fs = std::filesystem;

namespace {

QString qs(const fs::path& path) {
    return QString::fromStdString(path.string());
}

core::TorchScriptSettings rgbSettings(std::vector<std::string> names = {"red", "green", "blue"}) {
    core::TorchScriptSettings s;
    s.classes = core::ClassMap(names);
    s.mean = {0, 0, 0};
    s.std = {1, 1, 1};
    return s;
}

// Three vertical stripes: red, green, blue (BGR order in OpenCV).
cv::Mat stripes(int width, int height) {
    cv::Mat image(height, width, CV_8UC3);
    for (int x = 0; x < width; ++x) {
        const int stripe = x * 3 / width;
        image.col(x).setTo(stripe == 0   ? cv::Scalar(20, 30, 220)
                           : stripe == 1 ? cv::Scalar(40, 210, 10)
                                         : cv::Scalar(230, 20, 60));
    }
    return image;
}

cv::Mat stripeClasses(int width, int height) {
    cv::Mat mask(height, width, CV_8UC1);
    for (int x = 0; x < width; ++x) mask.col(x).setTo(x * 3 / width);
    return mask;
}

}  // namespace

class TestTorchScript : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    fs::path m_modules;

    fs::path module(const char* name) const { return m_modules / (std::string(name) + ".pt"); }

    static QString python(const QStringList& args) {
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"), args);
        if (!p.waitForFinished(180000)) return QStringLiteral("python3 did not finish");
        const QString output =
            QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0
                   ? QString()
                   : QStringLiteral("python3 failed: ") + output;
    }

    // The message a failing open gives, or "" when it opens.
    static std::string openError(const fs::path& file,
                                 const std::optional<core::TorchScriptSettings>& settings) {
        try {
            core::Predictor::open(file, {}, settings);
            return {};
        } catch (const core::Error& e) {
            if (e.file() != file) return "error names " + e.file().string() + ": " + e.detail();
            return e.detail();
        }
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(QFileInfo::exists(QStringLiteral("/usr/bin/python3")),
                 "/usr/bin/python3 with torch is needed (packaging/install-deps.sh installs it)");
        m_modules = test::toPath(m_dir.path()) / "modules";
        const QString failure =
            python({qEnvironmentVariable("SEG_TORCHSCRIPT_MODULES_SCRIPT"), qs(m_modules)});
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    // A module returning a logits tensor, one returning {"out": ...}, and one returning
    // logits at half resolution all predict each stripe's colour, whole and in tiles.
    void modulesFromPyTorchPredict_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("logits tensor") << "logits";
        QTest::newRow("dict with out") << "dict_out";
        QTest::newRow("half resolution") << "half_resolution";
    }
    void modulesFromPyTorchPredict() {
        QFETCH(QString, name);
        auto predictor =
            core::Predictor::open(module(name.toUtf8().constData()), {}, rgbSettings());
        QVERIFY(predictor->info().torchScript);
        QCOMPARE(predictor->info().classes.size(), 3);
        const cv::Mat image = stripes(90, 45);
        QVERIFY(test::sameMat(predictor->predictMask(image), stripeClasses(90, 45)));
        auto tiled =
            core::Predictor::open(module(name.toUtf8().constData()), {32, 8, 0}, rgbSettings());
        const cv::Mat tiledMask = tiled->predictMask(image);
        // Tiles blend at stripe borders only for the half-resolution module.
        const cv::Mat expected = stripeClasses(90, 45);
        QVERIFY(cv::countNonZero(tiledMask != expected) <=
                (name == "half_resolution" ? 45 * 4 : 0));
        const auto probabilities = predictor->predictProbabilities(image);
        QCOMPARE(int(probabilities.size()), 3);
        QCOMPARE(probabilities[0].size(), image.size());
    }

    // A torchvision DeepLabv3 scripted with a 5-class head, as PyTorch users save it, opens
    // with five class names and predicts a full-size mask of those classes.
    void torchvisionSegmentationModelPredicts() {
        core::TorchScriptSettings settings;  // ImageNet normalisation by default
        settings.classes =
            core::ClassMap({"background", "circle", "rectangle", "triangle", "ellipse"});
        auto predictor = core::Predictor::open(module("torchvision_deeplabv3"), {}, settings);
        const cv::Mat mask = predictor->predictMask(test::image(70, 50));
        QCOMPARE(mask.size(), cv::Size(70, 50));
        double highest = 0;
        cv::minMaxLoc(mask, nullptr, &highest);
        QVERIFY(highest < 5);
        QCOMPARE(int(predictor->predictProbabilities(test::image(70, 50)).size()), 5);
        // Four class names for its five channels: refused, saying so.
        settings.classes = core::ClassMap({"a", "b", "c", "d"});
        const std::string message = openError(module("torchvision_deeplabv3"), settings);
        QVERIFY2(message.find("returns 5 channels but 4 classes") != std::string::npos,
                 message.c_str());
    }

    // A module traced at one size gets every image resized to it and the answer resized back.
    void fixedInputSizeResizes() {
        auto settings = rgbSettings();
        settings.inputWidth = 30;
        settings.inputHeight = 30;
        auto predictor = core::Predictor::open(module("logits"), {}, settings);
        const cv::Mat mask = predictor->predictMask(stripes(120, 60));
        QCOMPARE(mask.size(), cv::Size(120, 60));
        QCOMPARE(int(mask.at<uint8_t>(30, 10)), 0);
        QCOMPARE(int(mask.at<uint8_t>(30, 60)), 1);
        QCOMPARE(int(mask.at<uint8_t>(30, 110)), 2);
    }

    // Settings stored next to the model are used when none are given; without any, opening
    // asks for the class names, naming the model.
    void settingsStoredNextToTheModel() {
        const fs::path copy = test::toPath(m_dir.path()) / "stored.pt";
        fs::copy_file(module("logits"), copy);
        const std::string missing = openError(copy, std::nullopt);
        QVERIFY2(missing.find("class names") != std::string::npos, missing.c_str());
        QVERIFY(core::torchScriptSettingsMissing(copy));
        core::writeTorchScriptSettings(copy, rgbSettings({"r", "g", "b"}));
        QVERIFY(!core::torchScriptSettingsMissing(copy));
        QCOMPARE(core::readTorchScriptSettings(copy).value(), rgbSettings({"r", "g", "b"}));
        auto predictor = core::Predictor::open(copy);
        QCOMPARE(predictor->info().classes.names(), (std::vector<std::string>{"r", "g", "b"}));
        // Given settings win over stored ones.
        QCOMPARE(core::Predictor::open(copy, {}, rgbSettings())->info().classes.at(0).name,
                 std::string("red"));
        // A damaged settings file is reported as such, naming it.
        test::writeBytes(core::torchScriptSettingsFile(copy), "{\"version\": 1, \"classes\"");
        try {
            core::Predictor::open(copy);
            QFAIL("a damaged settings file opened");
        } catch (const core::Error& e) {
            QCOMPARE(e.file(), core::torchScriptSettingsFile(copy));
        }
    }

    // Modules that do not fit, and files that are no module, are refused with a message
    // naming the file and what was found; the process goes on.
    void modulesThatDoNotFitAreRefused_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("classes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("channels differ from classes")
            << "logits" << 4 << "returns 3 channels but 4 classes";
        QTest::newRow("wrong rank") << "wrong_rank" << 3 << "tensor of shape [1, 3]";
        QTest::newRow("exception in forward") << "raises" << 3 << "refuses every input";
        QTest::newRow("state dict") << "state_dict" << 3 << "not a TorchScript module";
    }
    void modulesThatDoNotFitAreRefused() {
        QFETCH(QString, name);
        QFETCH(int, classes);
        QFETCH(QString, expected);
        std::vector<std::string> names;
        for (int c = 0; c < classes; ++c) names.push_back("class " + std::to_string(c));
        const std::string message =
            openError(module(name.toUtf8().constData()), rgbSettings(names));
        QVERIFY2(message.find(expected.toStdString()) != std::string::npos, message.c_str());
    }

    void damagedFilesAreRefused() {
        const fs::path truncated = test::toPath(m_dir.path()) / "truncated.pt";
        const std::string bytes = test::readBytes(module("logits"));
        test::writeBytes(truncated, bytes.substr(0, bytes.size() / 2));
        QVERIFY(!openError(truncated, rgbSettings()).empty());
        const fs::path flipped = test::toPath(m_dir.path()) / "flipped.pt";
        std::string damaged = bytes;
        damaged[damaged.size() / 3] = char(damaged[damaged.size() / 3] ^ 0x5a);
        test::writeBytes(flipped, damaged);
        QVERIFY(!openError(flipped, rgbSettings()).empty());
        QVERIFY(!openError(test::toPath(m_dir.path()) / "missing.pt", rgbSettings()).empty());
        // A sound zip that LibTorch did not write (here an empty one) is refused before
        // LibTorch's reader sees it: that reader leaks on it (fuzz_model_file).
        const fs::path emptyZip = test::toPath(m_dir.path()) / "empty.zip";
        test::writeBytes(emptyZip, std::string("PK\x05\x06", 4) + std::string(18, '\0'));
        const std::string message = openError(emptyZip, rgbSettings());
        QVERIFY2(message.find("no version record") != std::string::npos, message.c_str());
    }

    // A trained checkpoint of each architecture family exported as TorchScript: SegStudio
    // opens the export with the classes it carries and predicts the same masks; PyTorch
    // loads it and computes the same probabilities as SegStudio's predictor on an image whose
    // sides are no multiple of the network's downsampling (DeepLab and FCN resize inside the
    // network to sizes that depend on the input: the export must keep them symbolic).
    void exportLoadsInPyTorchWithTheSameOutput_data() {
        QTest::addColumn<QString>("architecture");
        QTest::addColumn<bool>("bilinear");
        QTest::newRow("unet") << "unet" << false;
        QTest::newRow("unet bilinear") << "unet" << true;
        QTest::newRow("deeplabv3plus") << "deeplabv3plus" << false;
        QTest::newRow("deeplabv3") << "deeplabv3" << false;
        QTest::newRow("fcn8s") << "fcn8s" << false;
    }
    void exportLoadsInPyTorchWithTheSameOutput() {
        QFETCH(QString, architecture);
        QFETCH(bool, bilinear);
        const fs::path folder = test::toPath(m_dir.path()) / architecture.toStdString();
        const auto data = test::tinyShapesDataset(folder / "shapes", 8, 40);
        core::TrainConfig config = test::tinyConfig(1);
        config.model.architecture = architecture.toStdString();
        config.model.options = {{"width", 8}};  // small for every architecture
        if (bilinear) config.model.set("bilinear", true);
        test::RecordingObserver observer;
        core::TrainControl control;
        const auto outcome =
            core::runTraining({config, data, folder / "run", {}}, observer, control);
        QCOMPARE(outcome.status, core::TrainStatus::Finished);
        const fs::path exported = folder / "exported.pt";
        core::exportTorchScript(outcome.bestCheckpoint, exported);

        // Both open without asking for settings: the export carries them.
        QVERIFY(!core::torchScriptSettingsMissing(exported));
        QVERIFY(!core::torchScriptSettingsMissing(outcome.bestCheckpoint));
        auto fromCheckpoint = core::Predictor::fromCheckpoint(outcome.bestCheckpoint);
        auto fromExport = core::Predictor::open(exported);
        QVERIFY(fromExport->info().torchScript);
        QCOMPARE(fromExport->info().classes, fromCheckpoint->info().classes);
        const cv::Mat image = core::readImage(data.samples[0].image);
        cv::Mat odd;
        cv::resize(image, odd, cv::Size(45, 37));
        QVERIFY(test::sameMat(fromExport->predictMask(odd), fromCheckpoint->predictMask(odd)));

        const fs::path ppm = folder / "odd.ppm";
        QVERIFY(cv::imwrite(ppm.string(), odd));
        const fs::path probabilities = folder / "probabilities.f32";
        {
            std::ofstream out(probabilities, std::ios::binary);
            for (const cv::Mat& p : fromCheckpoint->predictProbabilities(odd))
                out.write(reinterpret_cast<const char*>(p.data), std::streamsize(p.total() * 4));
        }
        QString names;
        for (const auto& n : fromCheckpoint->info().classes.names())
            names += (names.isEmpty() ? "" : ",") + QString::fromStdString(n);
        const QString failure =
            python({qEnvironmentVariable("SEG_CHECK_EXPORTED_MODEL_SCRIPT"), qs(exported), qs(ppm),
                    qs(probabilities), names, QStringLiteral("1e-5")});
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void exportOfADamagedCheckpointNamesIt() {
        const fs::path broken = test::toPath(m_dir.path()) / "broken.pt";
        test::writeBytes(broken, "not a checkpoint at all");
        try {
            core::exportTorchScript(broken, test::toPath(m_dir.path()) / "never.pt");
            QFAIL("a damaged checkpoint exported");
        } catch (const core::Error& e) {
            QCOMPARE(e.file(), broken);
        }
        QVERIFY(!fs::exists(test::toPath(m_dir.path()) / "never.pt"));
    }
};

QTEST_GUILESS_MAIN(TestTorchScript)
#include "tst_torchscript.moc"
