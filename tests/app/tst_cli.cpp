
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/core.hpp>

#include "core/data/class_map.h"
#include "core/data/image_io.h"
#include "core/data/mask_io.h"
#include "core/models/architecture_table.h"
#include "core/project/project.h"
#include "support/cli_runner.h"
#include "support/test_files.h"

using namespace seg;
using test::cli;
using test::CliRun;
using test::fromEnvironment;
using test::json;
namespace fs = std::filesystem;

namespace {

// mask shifted by (dx, dy), uncovered pixels set to 0: a plausible, imperfect prediction.
cv::Mat shifted(const cv::Mat& mask, int dx, int dy) {
    cv::Mat out = cv::Mat::zeros(mask.size(), CV_8UC1);
    mask(cv::Rect(0, 0, mask.cols - dx, mask.rows - dy))
        .copyTo(out(cv::Rect(dx, dy, mask.cols - dx, mask.rows - dy)));
    return out;
}

}  // namespace

class TestCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_data;  // a small synthetic dataset, under a Chinese folder name with a space

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(QFileInfo(fromEnvironment("SEG_CLI_PATH")).isExecutable(),
                 "SEG_CLI_PATH must name segstudio-cli: run through ctest");
        m_data = m_dir.filePath(QStringLiteral("数据/形状 集"));
        const CliRun r = test::synthesizeTestData(m_data);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFileInfo::exists(m_data + QStringLiteral("/masks/shape_0023.png")));
        QVERIFY(QFileInfo::exists(m_data + QStringLiteral("/labels.txt")));
    }

    void usageErrorsExitWithTwo_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList();
        QTest::newRow("unknown command") << QStringList{QStringLiteral("paint")};
        QTest::newRow("synth without out") << QStringList{QStringLiteral("synth")};
        QTest::newRow("bad count")
            << QStringList{QStringLiteral("synth"), QStringLiteral("--out"), QStringLiteral("x"),
                           QStringLiteral("--count"), QStringLiteral("many")};
        QTest::newRow("bad size") << QStringList{QStringLiteral("synth"), QStringLiteral("--out"),
                                                 QStringLiteral("x"), QStringLiteral("--size"),
                                                 QStringLiteral("8")};
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("inspect"), QStringLiteral("--colour")};
        QTest::newRow("inspect two folders")
            << QStringList{QStringLiteral("inspect"), QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("score without gt")
            << QStringList{QStringLiteral("score"), QStringLiteral("--pred"), QStringLiteral("p")};
        QTest::newRow("compare one model")
            << QStringList{QStringLiteral("compare"), QStringLiteral("--model"),
                           QStringLiteral("a.pt"), QStringLiteral("--data"), QStringLiteral("d")};
        QTest::newRow("export without out") << QStringList{
            QStringLiteral("export"), QStringLiteral("--checkpoint"), QStringLiteral("a.pt")};
        QTest::newRow("mean without classes") << QStringList{
            QStringLiteral("predict"), QStringLiteral("--model"), QStringLiteral("a.pt"),
            QStringLiteral("--input"), QStringLiteral("i"),       QStringLiteral("--out"),
            QStringLiteral("x"),       QStringLiteral("--mean"),  QStringLiteral("0.5,0.5,0.5")};
        QTest::newRow("mean of two numbers") << QStringList{
            QStringLiteral("eval"),   QStringLiteral("--model"), QStringLiteral("a.pt"),
            QStringLiteral("--data"), QStringLiteral("d"),       QStringLiteral("--classes"),
            QStringLiteral("a,b"),    QStringLiteral("--mean"),  QStringLiteral("0.5,0.5")};
    }

    void usageErrorsExitWithTwo() {
        QFETCH(QStringList, args);
        const CliRun r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(!QFileInfo::exists(QStringLiteral("x")));
    }

    void helpForEveryCommand_data() {
        QTest::addColumn<QString>("command");
        for (const char* c : {"synth", "inspect", "score", "demo", "train", "eval", "predict",
                              "model", "runs", "init", "export", "compare"})
            QTest::newRow(c) << QString::fromLatin1(c);
    }

    void helpForEveryCommand() {
        QFETCH(QString, command);
        const CliRun r = cli({command, QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("segstudio-cli ") + command), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("--help")));
    }

    // --version is listed in the help, and -v works like it.
    void versionIsListedAndHasAShortForm() {
        const CliRun help = cli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QStringLiteral("--version")) &&
                     help.out.contains(QStringLiteral("-v,")),
                 qPrintable(help.out));
        const CliRun longForm = cli({QStringLiteral("--version")});
        const CliRun shortForm = cli({QStringLiteral("-v")});
        QCOMPARE(longForm.exitCode, 0);
        QCOMPARE(shortForm.exitCode, 0);
        QVERIFY(longForm.out.startsWith(QStringLiteral("segstudio-cli ")));
        QCOMPARE(shortForm.out, longForm.out);
        // What it runs on, for a bug report: the libraries, the CPU, threads, CUDA, licence.
        for (const char* fact :
             {"Qt 6.", "LibTorch 1.", "oneDNN", "OpenCV 4.", "CPU features: ", "kernels use AVX",
              "Threads: ", "CUDA: ", "General Public License"})
            QVERIFY2(
                longForm.out.contains(QLatin1String(fact)),
                qPrintable(
                    QStringLiteral("no \"%1\" in:\n%2").arg(QLatin1String(fact), longForm.out)));
        QVERIFY(!longForm.out.contains(QStringLiteral("unknown")));
    }

    // Paths in messages read as the user would write them: no "/./", whether the project is
    // its own data folder ("data": ".") or the folder is given as "." or with "/./" in it.
    void pathsInMessagesHaveNoDotSegments() {
        const QString folder = m_dir.filePath(QStringLiteral("dot paths"));
        QDir().mkpath(folder);
        test::writeWithOpenCv(test::toPath(folder) / "ok.png", test::image(16, 12));
        test::writeBytes(test::toPath(folder) / "broken.png", "");
        const CliRun made =
            cli({QStringLiteral("init"), QStringLiteral("."), QStringLiteral("--images")}, folder);
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QVERIFY2(!made.out.contains(QStringLiteral("/./")), qPrintable(made.out));
        for (const QString& given : {folder, folder + QStringLiteral("/./"), QStringLiteral(".")}) {
            const CliRun inspected = cli({QStringLiteral("inspect"), given}, folder);
            QVERIFY2(inspected.exitCode == 0, qPrintable(inspected.err));
            QVERIFY2(inspected.out.contains(QStringLiteral("broken.png: The file is empty.")),
                     qPrintable(inspected.out));
            QVERIFY2(!inspected.out.contains(QStringLiteral("/./")) &&
                         !inspected.err.contains(QStringLiteral("/./")),
                     qPrintable(given + QStringLiteral(": ") + inspected.out + inspected.err));
            // JSON output carries the paths as they are, not as displayed.
            const CliRun asJson =
                cli({QStringLiteral("inspect"), given, QStringLiteral("--json")}, folder);
            QVERIFY2(asJson.exitCode == 0 && asJson.out.contains(QStringLiteral("broken.png")) &&
                         !asJson.out.contains(QStringLiteral("/./")),
                     qPrintable(given + QStringLiteral(": ") + asJson.out));
        }
        const CliRun absolute = cli({QStringLiteral("inspect"), folder});
        QVERIFY2(absolute.out.contains(folder + QStringLiteral("/broken.png")),
                 qPrintable(absolute.out));
        // A bare dataset (no project) given with "/./".
        const CliRun dataset = cli(
            {QStringLiteral("inspect"), m_data + QStringLiteral("/./"), QStringLiteral("--json")});
        QVERIFY2(dataset.exitCode == 0 && !dataset.out.contains(QStringLiteral("/./")),
                 qPrintable(dataset.out.left(2000)));
        const CliRun missing =
            cli({QStringLiteral("inspect"), folder + QStringLiteral("/./nowhere")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(folder + QStringLiteral("/nowhere")) &&
                     !missing.err.contains(QStringLiteral("/./")),
                 qPrintable(missing.err));
    }

    void inspectReportsTheDataset() {
        const CliRun r = cli({QStringLiteral("inspect"), m_data, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject report = json(r.out);
        QCOMPARE(report.value(QStringLiteral("samples")).toInt(), 24);
        QCOMPARE(
            report.value(QStringLiteral("split")).toObject().value(QStringLiteral("val")).toInt(),
            5);
        QCOMPARE(report.value(QStringLiteral("layout")).toString(), QStringLiteral("folders"));
        const CliRun text = cli({QStringLiteral("inspect"), m_data});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(QStringLiteral("ellipse")));
        QVERIFY(text.out.contains(QStringLiteral("Samples   24 (24 labelled, 0 unlabelled)")));
    }

    void inspectNamesMissingFolderAndBrokenFiles() {
        const QString missing = m_dir.filePath(QStringLiteral("不存在"));
        CliRun r = cli({QStringLiteral("inspect"), missing});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(missing), qPrintable(r.err));

        const QString broken = m_dir.filePath(QStringLiteral("broken"));
        QVERIFY(QDir().mkpath(broken + QStringLiteral("/images")));
        fs::copy(test::toPath(m_data) / "images" / "shape_0000.png",
                 test::toPath(broken) / "images" / "ok.png");
        test::writeBytes(test::toPath(broken) / "images" / "empty.png", "");
        r = cli({QStringLiteral("inspect"), broken});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("empty.png: The file is empty.")),
                 qPrintable(r.out));
        r = cli({QStringLiteral("inspect"), broken, QStringLiteral("--strict")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("empty.png")));
    }

    void scoreOfMasksAgainstThemselvesIsPerfect() {
        const QString masks = m_data + QStringLiteral("/masks");
        const CliRun r = cli({QStringLiteral("score"), QStringLiteral("--pred"), masks,
                              QStringLiteral("--gt"), masks, QStringLiteral("--classes"),
                              m_data + QStringLiteral("/labels.txt"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject s = json(r.out);
        QCOMPARE(s.value(QStringLiteral("mean_iou")).toDouble(), 1.0);
        QCOMPARE(s.value(QStringLiteral("pixel_accuracy")).toDouble(), 1.0);
        QCOMPARE(s.value(QStringLiteral("pixels")).toInteger(), 24 * 64 * 64);
    }

    // Shifted predictions against ground truth with an ignored border, scored by the CLI and
    // by numpy on the very same pixels.
    void scoreOfShiftedMasksMatchesNumpy() {
        const fs::path root = test::toPath(m_dir.path());
        const fs::path pred = root / "pred", gt = root / "gt";
        fs::create_directories(pred);
        fs::create_directories(gt);
        const auto classes = core::ClassMap::fromLabelsFile(test::toPath(m_data) / "labels.txt");
        std::string gtRaw, predRaw;
        for (const auto& entry : fs::directory_iterator(test::toPath(m_data) / "masks")) {
            cv::Mat truth = core::readMask(entry.path());
            truth.rowRange(0, 3).setTo(255);  // unlabelled strip: never counted
            const cv::Mat guess = shifted(core::readMask(entry.path()), 3, 2);
            core::writeMask(gt / entry.path().filename(), truth, classes);
            core::writeMask(pred / entry.path().filename(), guess, classes);
            gtRaw.append(reinterpret_cast<const char*>(truth.data), truth.total());
            predRaw.append(reinterpret_cast<const char*>(guess.data), guess.total());
        }
        test::writeBytes(root / "gt.raw", gtRaw);
        test::writeBytes(root / "pred.raw", predRaw);

        const CliRun ours = cli({QStringLiteral("score"), QStringLiteral("--pred"),
                                 QString::fromStdString(pred.string()), QStringLiteral("--gt"),
                                 QString::fromStdString(gt.string()), QStringLiteral("--classes"),
                                 m_data + QStringLiteral("/labels.txt"), QStringLiteral("--json")});
        QVERIFY2(ours.exitCode == 0, qPrintable(ours.err));
        if (!QFileInfo::exists(QStringLiteral("/usr/bin/python3")))
            QSKIP(
                "/usr/bin/python3 with numpy is needed for the reference "
                "(packaging/install-deps.sh installs it)");
        const CliRun reference = test::runProgram(
            QStringLiteral("/usr/bin/python3"),
            {fromEnvironment("SEG_NUMPY_METRICS_SCRIPT"),
             QString::fromStdString((root / "gt.raw").string()),
             QString::fromStdString((root / "pred.raw").string()), QStringLiteral("5")});
        QVERIFY2(reference.exitCode == 0, qPrintable(reference.err));

        const QJsonObject a = json(ours.out), b = json(reference.out);
        QCOMPARE(a.value(QStringLiteral("pixels")).toInteger(),
                 b.value(QStringLiteral("pixels")).toInteger());
        QCOMPARE(a.value(QStringLiteral("pixels")).toInteger(), 24 * 61 * 64);
        for (const char* key :
             {"pixel_accuracy", "mean_class_accuracy", "mean_iou", "fw_iou", "mean_dice"}) {
            const double x = a.value(QLatin1String(key)).toDouble(),
                         y = b.value(QLatin1String(key)).toDouble();
            QVERIFY2(std::abs(x - y) < 1e-12,
                     qPrintable(QStringLiteral("%1: %2 vs numpy %3").arg(key).arg(x).arg(y)));
        }
        const double miou = a.value(QStringLiteral("mean_iou")).toDouble();
        QVERIFY2(miou > 0.3 && miou < 0.95,
                 qPrintable(QString::number(miou)));  // shifted: clearly imperfect
        const QJsonArray rows = a.value(QStringLiteral("classes")).toArray();
        const QJsonArray numpyIou = b.value(QStringLiteral("class_iou")).toArray();
        for (int c = 0; c < 5; ++c)
            QVERIFY(std::abs(rows[c].toObject().value(QStringLiteral("iou")).toDouble() -
                             numpyIou[c].toDouble()) < 1e-12);
    }

    void scoreReportsMissingPredictionsButScoresTheRest() {
        const fs::path pred = test::toPath(m_dir.path()) / "partial";
        fs::create_directories(pred);
        fs::copy(test::toPath(m_data) / "masks" / "shape_0001.png", pred / "shape_0001.png");
        const CliRun r = cli({QStringLiteral("score"), QStringLiteral("--pred"),
                              QString::fromStdString(pred.string()), QStringLiteral("--gt"),
                              m_data + QStringLiteral("/masks")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Scored 1 mask pairs")));
        QCOMPARE(r.err.count(QStringLiteral("warning:")), 23);
        const CliRun strict = cli({QStringLiteral("score"), QStringLiteral("--pred"),
                                   QString::fromStdString(pred.string()), QStringLiteral("--gt"),
                                   m_data + QStringLiteral("/masks"), QStringLiteral("--strict")});
        QCOMPARE(strict.exitCode, 1);
    }

    void demoCreatesAProject() {
        const QString folder = m_dir.filePath(QStringLiteral("demo project"));
        const CliRun r = cli({QStringLiteral("demo"), QStringLiteral("--out"), folder});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFileInfo::exists(folder + QStringLiteral("/project.json")));
        QCOMPARE(QDir(folder + QStringLiteral("/data/images")).count() - 2, 500u);

        // Its runs: none yet.
        const CliRun runs = cli({QStringLiteral("runs"), QStringLiteral("--data"), folder});
        QVERIFY2(runs.exitCode == 0, qPrintable(runs.err));
        QVERIFY(runs.out.contains(QStringLiteral("No runs")));
    }

    void initMakesProjectsOfImageAndDatasetFolders() {
        const QString images = m_dir.filePath(QStringLiteral("to label"));
        QDir().mkpath(images);
        test::writeWithOpenCv(test::toPath(images) / "a.png", test::image(16, 12));
        const CliRun made = cli({QStringLiteral("init"), images, QStringLiteral("--images"),
                                 QStringLiteral("--classes"), QStringLiteral("bg,cell,nucleus")});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QVERIFY(made.out.contains(QStringLiteral("3 classes")));
        QCOMPARE(core::loadProject(test::toPath(images)).classes.size(), 3);
        // inspect reads the project: its layout and classes, not a guess from the folder.
        const CliRun inspected = cli({QStringLiteral("inspect"), images});
        QVERIFY2(inspected.exitCode == 0, qPrintable(inspected.err));
        QVERIFY2(inspected.out.contains(QStringLiteral("images")) &&
                     inspected.out.contains(QStringLiteral("nucleus")),
                 qPrintable(inspected.out));
        // Again: refused, the project stays.
        const CliRun again = cli({QStringLiteral("init"), images, QStringLiteral("--images")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("already holds a project")),
                 qPrintable(again.err));
        QCOMPARE(core::loadProject(test::toPath(images)).classes.size(), 3);
        // A folder that is no dataset.
        const QString empty = m_dir.filePath(QStringLiteral("empty"));
        QDir().mkpath(empty);
        const CliRun none = cli({QStringLiteral("init"), empty});
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.err.contains(empty));
        QVERIFY(!QFileInfo::exists(empty + QStringLiteral("/project.json")));
    }

    // Change pairs under folder names of their own: init takes the names and the project
    // keeps them, so inspect (and every later command) reads the pairs without being told.
    void initKeepsTheFolderNamesOfChangePairs() {
        const QString pairs = m_dir.filePath(QStringLiteral("dated pairs"));
        const CliRun synth =
            cli({QStringLiteral("synth"), QStringLiteral("--change"), QStringLiteral("--out"),
                 pairs, QStringLiteral("--count"), QStringLiteral("3"), QStringLiteral("--size"),
                 QStringLiteral("32")});
        QVERIFY2(synth.exitCode == 0, qPrintable(synth.err));
        const fs::path root = test::toPath(pairs);
        fs::rename(root / "A", root / "2019");
        fs::rename(root / "B", root / "2022");
        const CliRun badName =
            cli({QStringLiteral("init"), pairs, QStringLiteral("--change-folders"),
                 QStringLiteral("2019,../2022,label")});
        QCOMPARE(badName.exitCode, 2);
        QVERIFY2(badName.err.contains(QStringLiteral("three folder names")),
                 qPrintable(badName.err));
        const CliRun made = cli({QStringLiteral("init"), pairs, QStringLiteral("--change-folders"),
                                 QStringLiteral("2019,2022,label")});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QVERIFY((core::loadProject(root).changeFolders ==
                 core::ChangeFolders{"2019", "2022", "label"}));
        const CliRun inspected = cli({QStringLiteral("inspect"), pairs});
        QVERIFY2(inspected.exitCode == 0, qPrintable(inspected.err));
        QVERIFY2(inspected.out.contains(QStringLiteral("change")), qPrintable(inspected.out));
        QCOMPARE(core::openProjectDataset(core::loadProject(root)).samples.size(), size_t{3});
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
