#include <csignal>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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
#include "support/test_files.h"

using namespace seg;
namespace fs = std::filesystem;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString& program, const QStringList& args, const QString& workingDir = {}) {
    QProcess process;
    if (!workingDir.isEmpty()) process.setWorkingDirectory(workingDir);
    process.start(program, args);
    if (!process.waitForFinished(120000)) return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// Set by CTest (tests/CMakeLists.txt).
QString fromEnvironment(const char* name) {
    return qEnvironmentVariable(name);
}

Run cli(const QStringList& args, const QString& workingDir = {}) {
    return run(fromEnvironment("SEG_CLI_PATH"), args, workingDir);
}

QJsonObject json(const QString& text) {
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

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

    // A checkpoint of a one-epoch run of a tiny U-Net into `name`; empty on failure.
    QString trainTinyCheckpoint(const QString& name) {
        const QString run = m_dir.filePath(name);
        const Run train =
            cli({QStringLiteral("train"), QStringLiteral("--data"), m_data, QStringLiteral("--out"),
                 run, QStringLiteral("--width"), QStringLiteral("4"), QStringLiteral("--depth"),
                 QStringLiteral("3"), QStringLiteral("--epochs"), QStringLiteral("1"),
                 QStringLiteral("--batch"), QStringLiteral("4"), QStringLiteral("--threads"),
                 QStringLiteral("1")});
        if (train.exitCode != 0) return {};
        return run + QStringLiteral("/checkpoints/last.pt");
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(QFileInfo(fromEnvironment("SEG_CLI_PATH")).isExecutable(),
                 "SEG_CLI_PATH must name segstudio-cli: run through ctest");
        m_data = m_dir.filePath(QStringLiteral("数据/形状 集"));
        const Run r =
            cli({QStringLiteral("synth"), QStringLiteral("--out"), m_data,
                 QStringLiteral("--count"), QStringLiteral("24"), QStringLiteral("--size"),
                 QStringLiteral("64"), QStringLiteral("--seed"), QStringLiteral("5")});
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
        const Run r = cli(args);
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
        const Run r = cli({command, QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("segstudio-cli ") + command), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("--help")));
    }

    // --version is listed in the help, and -v works like it.
    void versionIsListedAndHasAShortForm() {
        const Run help = cli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QStringLiteral("--version")) &&
                     help.out.contains(QStringLiteral("-v,")),
                 qPrintable(help.out));
        const Run longForm = cli({QStringLiteral("--version")});
        const Run shortForm = cli({QStringLiteral("-v")});
        QCOMPARE(longForm.exitCode, 0);
        QCOMPARE(shortForm.exitCode, 0);
        QVERIFY(longForm.out.startsWith(QStringLiteral("segstudio-cli ")));
        QCOMPARE(shortForm.out, longForm.out);
    }

    // Paths in messages read as the user would write them: no "/./", whether the project is
    // its own data folder ("data": ".") or the folder is given as "." or with "/./" in it.
    void pathsInMessagesHaveNoDotSegments() {
        const QString folder = m_dir.filePath(QStringLiteral("dot paths"));
        QDir().mkpath(folder);
        test::writeWithOpenCv(test::toPath(folder) / "ok.png", test::image(16, 12));
        test::writeBytes(test::toPath(folder) / "broken.png", "");
        const Run made =
            cli({QStringLiteral("init"), QStringLiteral("."), QStringLiteral("--images")}, folder);
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QVERIFY2(!made.out.contains(QStringLiteral("/./")), qPrintable(made.out));
        for (const QString& given : {folder, folder + QStringLiteral("/./"), QStringLiteral(".")}) {
            const Run inspected = cli({QStringLiteral("inspect"), given}, folder);
            QVERIFY2(inspected.exitCode == 0, qPrintable(inspected.err));
            QVERIFY2(inspected.out.contains(QStringLiteral("broken.png: The file is empty.")),
                     qPrintable(inspected.out));
            QVERIFY2(!inspected.out.contains(QStringLiteral("/./")) &&
                         !inspected.err.contains(QStringLiteral("/./")),
                     qPrintable(given + QStringLiteral(": ") + inspected.out + inspected.err));
            // JSON output carries the paths as they are, not as displayed.
            const Run asJson =
                cli({QStringLiteral("inspect"), given, QStringLiteral("--json")}, folder);
            QVERIFY2(asJson.exitCode == 0 && asJson.out.contains(QStringLiteral("broken.png")) &&
                         !asJson.out.contains(QStringLiteral("/./")),
                     qPrintable(given + QStringLiteral(": ") + asJson.out));
        }
        const Run absolute = cli({QStringLiteral("inspect"), folder});
        QVERIFY2(absolute.out.contains(folder + QStringLiteral("/broken.png")),
                 qPrintable(absolute.out));
        // A bare dataset (no project) given with "/./".
        const Run dataset = cli(
            {QStringLiteral("inspect"), m_data + QStringLiteral("/./"), QStringLiteral("--json")});
        QVERIFY2(dataset.exitCode == 0 && !dataset.out.contains(QStringLiteral("/./")),
                 qPrintable(dataset.out.left(2000)));
        const Run missing = cli({QStringLiteral("inspect"), folder + QStringLiteral("/./nowhere")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(folder + QStringLiteral("/nowhere")) &&
                     !missing.err.contains(QStringLiteral("/./")),
                 qPrintable(missing.err));
    }

    void inspectReportsTheDataset() {
        const Run r = cli({QStringLiteral("inspect"), m_data, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject report = json(r.out);
        QCOMPARE(report.value(QStringLiteral("samples")).toInt(), 24);
        QCOMPARE(
            report.value(QStringLiteral("split")).toObject().value(QStringLiteral("val")).toInt(),
            5);
        QCOMPARE(report.value(QStringLiteral("layout")).toString(), QStringLiteral("folders"));
        const Run text = cli({QStringLiteral("inspect"), m_data});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(QStringLiteral("ellipse")));
        QVERIFY(text.out.contains(QStringLiteral("Samples   24 (24 labelled, 0 unlabelled)")));
    }

    void inspectNamesMissingFolderAndBrokenFiles() {
        const QString missing = m_dir.filePath(QStringLiteral("不存在"));
        Run r = cli({QStringLiteral("inspect"), missing});
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
        const Run r = cli({QStringLiteral("score"), QStringLiteral("--pred"), masks,
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

        const Run ours = cli({QStringLiteral("score"), QStringLiteral("--pred"),
                              QString::fromStdString(pred.string()), QStringLiteral("--gt"),
                              QString::fromStdString(gt.string()), QStringLiteral("--classes"),
                              m_data + QStringLiteral("/labels.txt"), QStringLiteral("--json")});
        QVERIFY2(ours.exitCode == 0, qPrintable(ours.err));
        if (!QFileInfo::exists(QStringLiteral("/usr/bin/python3")))
            QSKIP(
                "/usr/bin/python3 with numpy is needed for the reference "
                "(packaging/install-deps.sh installs it)");
        const Run reference =
            run(QStringLiteral("/usr/bin/python3"),
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
        const Run r = cli({QStringLiteral("score"), QStringLiteral("--pred"),
                           QString::fromStdString(pred.string()), QStringLiteral("--gt"),
                           m_data + QStringLiteral("/masks")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Scored 1 mask pairs")));
        QCOMPARE(r.err.count(QStringLiteral("warning:")), 23);
        const Run strict = cli({QStringLiteral("score"), QStringLiteral("--pred"),
                                QString::fromStdString(pred.string()), QStringLiteral("--gt"),
                                m_data + QStringLiteral("/masks"), QStringLiteral("--strict")});
        QCOMPARE(strict.exitCode, 1);
    }

    void trainEvalPredictFromTheCheckpointAlone() {
        const QString run = m_dir.filePath(QStringLiteral("run 1"));
        const Run train =
            cli({QStringLiteral("train"), QStringLiteral("--data"), m_data, QStringLiteral("--out"),
                 run, QStringLiteral("--width"), QStringLiteral("4"), QStringLiteral("--depth"),
                 QStringLiteral("3"), QStringLiteral("--epochs"), QStringLiteral("2"),
                 QStringLiteral("--batch"), QStringLiteral("4"), QStringLiteral("--threads"),
                 QStringLiteral("1")});
        QVERIFY2(train.exitCode == 0, qPrintable(train.err));
        // One line per epoch on stdout.
        QCOMPARE(train.out.count(QRegularExpression(QStringLiteral("^epoch \\d/2 .* mIoU "),
                                                    QRegularExpression::MultilineOption)),
                 2);
        QVERIFY(train.out.contains(QStringLiteral("Finished: best mIoU")));
        for (const char* f : {"config.json", "metrics.csv", "log.txt", "checkpoints/last.pt",
                              "checkpoints/best.pt"})
            QVERIFY2(QFileInfo::exists(run + QLatin1Char('/') + QLatin1String(f)), f);

        const QString best = run + QStringLiteral("/checkpoints/best.pt");
        const Run eval = cli({QStringLiteral("eval"), QStringLiteral("--checkpoint"), best,
                              QStringLiteral("--data"), m_data, QStringLiteral("--json")});
        QVERIFY2(eval.exitCode == 0, qPrintable(eval.err));
        const double miou = json(eval.out).value(QStringLiteral("mean_iou")).toDouble(-1);
        QVERIFY(miou >= 0 && miou <= 1);

        const QString masks = m_dir.filePath(QStringLiteral("predicted"));
        const Run predict = cli({QStringLiteral("predict"), QStringLiteral("--checkpoint"), best,
                                 QStringLiteral("--input"), m_data + QStringLiteral("/images"),
                                 QStringLiteral("--out"), masks, QStringLiteral("--overlay")});
        QVERIFY2(predict.exitCode == 0, qPrintable(predict.err));
        // Overlays go to a folder of their own, so the masks folder holds masks only.
        QVERIFY(QFileInfo::exists(masks + QStringLiteral("/overlays/shape_0003_overlay.png")));
        QVERIFY(!QFileInfo::exists(masks + QStringLiteral("/shape_0003_overlay.png")));
        const cv::Mat mask =
            core::readMask(test::toPath(masks + QStringLiteral("/shape_0003.png")));
        QCOMPARE(mask.size(), cv::Size(64, 64));

        // Scoring the written masks gives what eval reported for the same images.
        const Run all = cli({QStringLiteral("eval"), QStringLiteral("--checkpoint"), best,
                             QStringLiteral("--data"), m_data, QStringLiteral("--split"),
                             QStringLiteral("all"), QStringLiteral("--json")});
        const Run scored =
            cli({QStringLiteral("score"), QStringLiteral("--pred"), masks, QStringLiteral("--gt"),
                 m_data + QStringLiteral("/masks"), QStringLiteral("--classes"),
                 m_data + QStringLiteral("/labels.txt"), QStringLiteral("--json")});
        QVERIFY2(scored.exitCode == 0 && !scored.err.contains(QStringLiteral("warning")),
                 qPrintable(scored.err));  // nothing in --pred that is not a mask
        QCOMPARE(json(scored.out).value(QStringLiteral("pixels")).toInteger(), 24 * 64 * 64);
        QVERIFY(std::abs(json(all.out).value(QStringLiteral("mean_iou")).toDouble() -
                         json(scored.out).value(QStringLiteral("mean_iou")).toDouble()) < 1e-9);

        // Per image, worst first; the images are of one size with every pixel labelled, so
        // their mean pixel accuracy is the split's.
        const Run perImage =
            cli({QStringLiteral("eval"), QStringLiteral("--checkpoint"), best,
                 QStringLiteral("--data"), m_data, QStringLiteral("--split"), QStringLiteral("all"),
                 QStringLiteral("--json"), QStringLiteral("--per-image")});
        QVERIFY2(perImage.exitCode == 0, qPrintable(perImage.err));
        const QJsonArray images = json(perImage.out).value(QStringLiteral("images")).toArray();
        QCOMPARE(images.size(), 24);
        double accuracySum = 0, previous = -1;
        QSet<QString> names;
        for (const auto& value : images) {
            const QJsonObject image = value.toObject();
            const double miou = image.value(QStringLiteral("mean_iou")).toDouble();
            QVERIFY(miou >= previous);
            previous = miou;
            accuracySum += image.value(QStringLiteral("pixel_accuracy")).toDouble();
            names.insert(image.value(QStringLiteral("image")).toString());
        }
        QCOMPARE(names.size(), 24);
        QVERIFY(std::abs(accuracySum / 24 -
                         json(all.out).value(QStringLiteral("pixel_accuracy")).toDouble()) < 1e-9);
        const Run table = cli({QStringLiteral("eval"), QStringLiteral("--checkpoint"), best,
                               QStringLiteral("--data"), m_data, QStringLiteral("--per-image")});
        QVERIFY(table.out.contains(QStringLiteral("worst class (IoU)")));
    }

    // --crf refines the model's probabilities in eval, which says so; a CRF setting out of
    // range is a usage error.
    void evalWithDenseCrf() {
        const QString checkpoint = trainTinyCheckpoint(QStringLiteral("run for crf"));
        QVERIFY(!checkpoint.isEmpty());
        const Run eval = cli({QStringLiteral("eval"), QStringLiteral("--model"), checkpoint,
                              QStringLiteral("--data"), m_data, QStringLiteral("--crf-iterations"),
                              QStringLiteral("3")});
        QVERIFY2(eval.exitCode == 0, qPrintable(eval.err));
        QVERIFY2(eval.out.contains(QStringLiteral("with dense CRF post-processing (3 iteration")),
                 qPrintable(eval.out));
        const Run plain = cli({QStringLiteral("eval"), QStringLiteral("--model"), checkpoint,
                               QStringLiteral("--data"), m_data});
        QVERIFY(!plain.out.contains(QStringLiteral("CRF")));
        const Run bad = cli({QStringLiteral("eval"), QStringLiteral("--model"), checkpoint,
                             QStringLiteral("--data"), m_data, QStringLiteral("--crf-iterations"),
                             QStringLiteral("0")});
        QCOMPARE(bad.exitCode, 2);
    }

    // A checkpoint exported as TorchScript scores as the checkpoint does, in eval and side by
    // side in compare, whose CSV and grid are written; a folder name with Chinese and spaces.
    void exportThenCompareWithTheCheckpoint() {
        const QString checkpoint = trainTinyCheckpoint(QStringLiteral("run to export"));
        QVERIFY(!checkpoint.isEmpty());
        const QString exported = m_dir.filePath(QStringLiteral("导出 model.pt"));
        const Run exportRun = cli({QStringLiteral("export"), QStringLiteral("--checkpoint"),
                                   checkpoint, QStringLiteral("--out"), exported});
        QVERIFY2(exportRun.exitCode == 0, qPrintable(exportRun.err));
        QVERIFY(exportRun.out.contains(QStringLiteral("torch.jit.load")));

        double miou[2] = {-1, -1};
        for (int i = 0; i < 2; ++i) {
            const Run eval = cli({QStringLiteral("eval"), QStringLiteral("--model"),
                                  i == 0 ? checkpoint : exported, QStringLiteral("--data"), m_data,
                                  QStringLiteral("--json")});
            QVERIFY2(eval.exitCode == 0, qPrintable(eval.err));
            miou[i] = json(eval.out).value(QStringLiteral("mean_iou")).toDouble(-1);
        }
        QVERIFY(miou[0] >= 0);
        QCOMPARE(miou[1], miou[0]);

        const QString csv = m_dir.filePath(QStringLiteral("table.csv"));
        const QString grid = m_dir.filePath(QStringLiteral("grid.png"));
        const Run compare = cli({QStringLiteral("compare"), QStringLiteral("--model"), checkpoint,
                                 QStringLiteral("--model"), exported, QStringLiteral("--data"),
                                 m_data, QStringLiteral("--csv"), csv, QStringLiteral("--grid"),
                                 grid, QStringLiteral("--images"), QStringLiteral("2")});
        QVERIFY2(compare.exitCode == 0, qPrintable(compare.err));
        QVERIFY(compare.out.contains(QStringLiteral("frequency-weighted IoU")));
        QFile table(csv);
        QVERIFY(table.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(table.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.front(), QStringLiteral("metric,run to export/last,导出 model.pt"));
        for (const QString& line : lines.mid(1)) {
            const QStringList cells = line.split(QLatin1Char(','));
            QCOMPARE(cells.size(), 3);
            QCOMPARE(cells[1], cells[2]);  // the same model, the same predictions
        }
        QVERIFY(lines.contains(QStringLiteral("mean IoU,%1,%1").arg(miou[0], 0, 'f', 6)));
        const cv::Mat picture = core::readImage(test::toPath(grid));
        QCOMPARE(picture.cols, 4 * 256 + 5 * 4);  // image, ground truth, two models
        QCOMPARE(picture.rows, 28 + 2 * (256 + 4) + 4);
    }

    // A damaged checkpoint ends predict with exit code 1 and a message naming it, never an
    // abort (134): a flipped bit (caught by the digest), and a copy from before digests
    // whose code does not compile (LibTorch throws torch::jit::ErrorReport, not c10::Error).
    void predictRefusesDamagedCheckpointsWithoutCrashing() {
        const QString checkpoint = trainTinyCheckpoint(QStringLiteral("run to damage"));
        QVERIFY(!checkpoint.isEmpty());
        const std::string bytes = test::readBytes(test::toPath(checkpoint));
        std::string flipped = bytes;
        flipped[bytes.size() / 2] = static_cast<char>(flipped[bytes.size() / 2] ^ 0x08);
        const QString flippedFile = m_dir.filePath(QStringLiteral("翻转 flipped.pt"));
        test::writeBytes(test::toPath(flippedFile), flipped);
        const QString codeFile = m_dir.filePath(QStringLiteral("old broken code.pt"));
        test::writeBytes(test::toPath(codeFile),
                         test::replaceInZipEntry(test::withoutCheckpointDigest(bytes),
                                                 "class Module(Module):", "clasz Module(Module):"));
        for (const QString& damaged : {flippedFile, codeFile}) {
            const Run r = cli({QStringLiteral("predict"), QStringLiteral("--checkpoint"), damaged,
                               QStringLiteral("--input"), m_data + QStringLiteral("/images"),
                               QStringLiteral("--out"), m_dir.filePath(QStringLiteral("never"))});
            QVERIFY2(r.exitCode == 1,
                     qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
            QVERIFY2(r.err.contains(damaged), qPrintable(r.err));
            QVERIFY(!r.err.contains(QStringLiteral("terminate called")));
        }
    }

    // --model and the option flags come from the architecture table: every entry is named,
    // an option the chosen architecture lacks is refused, and the size of any entry prints.
    void modelFlagsComeFromTheTable() {
        Run r = cli({QStringLiteral("model"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const auto& a : core::architectureTable()) {
            QVERIFY2(r.out.contains(QString::fromStdString(a.name)), a.name.c_str());
            for (const auto& o : a.options)
                QVERIFY2(r.out.contains(QStringLiteral("--") +
                                        QString::fromStdString(o.key).replace('_', '-')),
                         o.key.c_str());
        }
        r = cli({QStringLiteral("model"), QStringLiteral("--model"),
                 QStringLiteral("deeplabv3plus"), QStringLiteral("--depth"), QStringLiteral("4")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--depth does not apply to deeplabv3plus")),
                 qPrintable(r.err));
        r = cli({QStringLiteral("model"), QStringLiteral("--model"), QStringLiteral("fcn8s"),
                 QStringLiteral("--width"), QStringLiteral("12")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("multiple of 8")), qPrintable(r.err));
        r = cli({QStringLiteral("model"), QStringLiteral("--model"), QStringLiteral("fcn8s"),
                 QStringLiteral("--backbone"), QStringLiteral("vgg11"), QStringLiteral("--width"),
                 QStringLiteral("8"), QStringLiteral("--size"), QStringLiteral("64")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("fcn8s-vgg11")) &&
                     r.out.contains(QStringLiteral("GMACs")),
                 qPrintable(r.out));
    }

    void trainRejectsBadInput() {
        Run r = cli({QStringLiteral("train"), QStringLiteral("--data"), m_data,
                     QStringLiteral("--out"), m_dir.filePath(QStringLiteral("bad")),
                     QStringLiteral("--model"), QStringLiteral("no-such-model")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("deeplabv3plus")));
        r = cli({QStringLiteral("train"), QStringLiteral("--data"),
                 m_dir.filePath(QStringLiteral("nowhere")), QStringLiteral("--out"),
                 m_dir.filePath(QStringLiteral("bad"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("nowhere")));
        test::writeBytes(test::toPath(m_dir.filePath(QStringLiteral("junk.pt"))), "junk");
        r = cli({QStringLiteral("eval"), QStringLiteral("--checkpoint"),
                 m_dir.filePath(QStringLiteral("junk.pt")), QStringLiteral("--data"), m_data});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("junk.pt")));
    }

    // Ctrl-C: the run stops after the current iteration and leaves a checkpoint to resume.
    void interruptStopsCleanlyWithACheckpoint() {
        const QString run = m_dir.filePath(QStringLiteral("interrupted"));
        QProcess process;
        process.start(fromEnvironment("SEG_CLI_PATH"),
                      {QStringLiteral("train"), QStringLiteral("--data"), m_data,
                       QStringLiteral("--out"), run, QStringLiteral("--width"), QStringLiteral("4"),
                       QStringLiteral("--depth"), QStringLiteral("3"), QStringLiteral("--epochs"),
                       QStringLiteral("500"), QStringLiteral("--batch"), QStringLiteral("4"),
                       QStringLiteral("--threads"), QStringLiteral("1")});
        QVERIFY(process.waitForStarted());
        QString output;
        while (!output.contains(QStringLiteral("epoch 1/500")) && process.waitForReadyRead(60000))
            output += QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(output.contains(QStringLiteral("epoch 1/500")), qPrintable(output));
        ::kill(static_cast<pid_t>(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 1);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("Continue with: --resume")), qPrintable(err));
        const Run resumed =
            cli({QStringLiteral("train"), QStringLiteral("--data"), m_data,
                 QStringLiteral("--resume"), run + QStringLiteral("/checkpoints/last.pt"),
                 QStringLiteral("--epochs"), QStringLiteral("3")});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        QVERIFY(resumed.out.contains(QStringLiteral("epoch 3/3")));
    }

    void demoCreatesAProject() {
        const QString folder = m_dir.filePath(QStringLiteral("demo project"));
        const Run r = cli({QStringLiteral("demo"), QStringLiteral("--out"), folder});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFileInfo::exists(folder + QStringLiteral("/project.json")));
        QCOMPARE(QDir(folder + QStringLiteral("/data/images")).count() - 2, 500u);

        // Its runs: none yet.
        const Run runs = cli({QStringLiteral("runs"), QStringLiteral("--data"), folder});
        QVERIFY2(runs.exitCode == 0, qPrintable(runs.err));
        QVERIFY(runs.out.contains(QStringLiteral("No runs")));
    }

    void initMakesProjectsOfImageAndDatasetFolders() {
        const QString images = m_dir.filePath(QStringLiteral("to label"));
        QDir().mkpath(images);
        test::writeWithOpenCv(test::toPath(images) / "a.png", test::image(16, 12));
        const Run made = cli({QStringLiteral("init"), images, QStringLiteral("--images"),
                              QStringLiteral("--classes"), QStringLiteral("bg,cell,nucleus")});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QVERIFY(made.out.contains(QStringLiteral("3 classes")));
        QCOMPARE(core::loadProject(test::toPath(images)).classes.size(), 3);
        // inspect reads the project: its layout and classes, not a guess from the folder.
        const Run inspected = cli({QStringLiteral("inspect"), images});
        QVERIFY2(inspected.exitCode == 0, qPrintable(inspected.err));
        QVERIFY2(inspected.out.contains(QStringLiteral("images")) &&
                     inspected.out.contains(QStringLiteral("nucleus")),
                 qPrintable(inspected.out));
        // Again: refused, the project stays.
        const Run again = cli({QStringLiteral("init"), images, QStringLiteral("--images")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("already holds a project")),
                 qPrintable(again.err));
        QCOMPARE(core::loadProject(test::toPath(images)).classes.size(), 3);
        // A folder that is no dataset.
        const QString empty = m_dir.filePath(QStringLiteral("empty"));
        QDir().mkpath(empty);
        const Run none = cli({QStringLiteral("init"), empty});
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.err.contains(empty));
        QVERIFY(!QFileInfo::exists(empty + QStringLiteral("/project.json")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
