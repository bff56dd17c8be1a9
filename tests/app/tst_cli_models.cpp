// The CLI's model commands: train, eval, predict, export, compare and their options, on a
// small synthetic dataset, as a user runs them.
#include <cmath>
#include <csignal>

#include <QDir>
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
#include "core/project/run_store.h"
#include "support/cli_runner.h"
#include "support/test_files.h"

using namespace seg;
using test::cli;
using test::CliRun;
using test::fromEnvironment;
using test::json;
namespace fs = std::filesystem;

class TestCliModels : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_data;  // a small synthetic dataset, under a Chinese folder name with a space

    // A checkpoint of a one-epoch run of a tiny U-Net into `name`; empty on failure.
    QString trainTinyCheckpoint(const QString& name) {
        const QString run = m_dir.filePath(name);
        const CliRun train =
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
        const CliRun r = test::synthesizeTestData(m_data);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void trainEvalPredictFromTheCheckpointAlone() {
        const QString run = m_dir.filePath(QStringLiteral("run 1"));
        const CliRun train =
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
        const CliRun eval = cli({QStringLiteral("eval"), QStringLiteral("--checkpoint"), best,
                                 QStringLiteral("--data"), m_data, QStringLiteral("--json")});
        QVERIFY2(eval.exitCode == 0, qPrintable(eval.err));
        const double miou = json(eval.out).value(QStringLiteral("mean_iou")).toDouble(-1);
        QVERIFY(miou >= 0 && miou <= 1);

        const QString masks = m_dir.filePath(QStringLiteral("predicted"));
        const CliRun predict = cli({QStringLiteral("predict"), QStringLiteral("--checkpoint"), best,
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
        const CliRun all = cli({QStringLiteral("eval"), QStringLiteral("--checkpoint"), best,
                                QStringLiteral("--data"), m_data, QStringLiteral("--split"),
                                QStringLiteral("all"), QStringLiteral("--json")});
        const CliRun scored =
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
        const CliRun perImage =
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
        const CliRun table = cli({QStringLiteral("eval"), QStringLiteral("--checkpoint"), best,
                                  QStringLiteral("--data"), m_data, QStringLiteral("--per-image")});
        QVERIFY(table.out.contains(QStringLiteral("worst class (IoU)")));
    }

    // --crf refines the model's probabilities in eval, which says so; a CRF setting out of
    // range is a usage error.
    void evalWithDenseCrf() {
        const QString checkpoint = trainTinyCheckpoint(QStringLiteral("run for crf"));
        QVERIFY(!checkpoint.isEmpty());
        const CliRun eval = cli({QStringLiteral("eval"), QStringLiteral("--model"), checkpoint,
                                 QStringLiteral("--data"), m_data,
                                 QStringLiteral("--crf-iterations"), QStringLiteral("3")});
        QVERIFY2(eval.exitCode == 0, qPrintable(eval.err));
        QVERIFY2(eval.out.contains(QStringLiteral("with dense CRF post-processing (3 iteration")),
                 qPrintable(eval.out));
        const CliRun plain = cli({QStringLiteral("eval"), QStringLiteral("--model"), checkpoint,
                                  QStringLiteral("--data"), m_data});
        QVERIFY(!plain.out.contains(QStringLiteral("CRF")));
        const CliRun bad = cli({QStringLiteral("eval"), QStringLiteral("--model"), checkpoint,
                                QStringLiteral("--data"), m_data,
                                QStringLiteral("--crf-iterations"), QStringLiteral("0")});
        QCOMPARE(bad.exitCode, 2);
    }

    // A checkpoint exported as TorchScript scores as the checkpoint does, in eval and side by
    // side in compare, whose CSV and grid are written; a folder name with Chinese and spaces.
    void exportThenCompareWithTheCheckpoint() {
        const QString checkpoint = trainTinyCheckpoint(QStringLiteral("run to export"));
        QVERIFY(!checkpoint.isEmpty());
        const QString exported = m_dir.filePath(QStringLiteral("导出 model.pt"));
        const CliRun exportRun = cli({QStringLiteral("export"), QStringLiteral("--checkpoint"),
                                      checkpoint, QStringLiteral("--out"), exported});
        QVERIFY2(exportRun.exitCode == 0, qPrintable(exportRun.err));
        QVERIFY(exportRun.out.contains(QStringLiteral("torch.jit.load")));

        double miou[2] = {-1, -1};
        for (int i = 0; i < 2; ++i) {
            const CliRun eval = cli({QStringLiteral("eval"), QStringLiteral("--model"),
                                     i == 0 ? checkpoint : exported, QStringLiteral("--data"),
                                     m_data, QStringLiteral("--json")});
            QVERIFY2(eval.exitCode == 0, qPrintable(eval.err));
            miou[i] = json(eval.out).value(QStringLiteral("mean_iou")).toDouble(-1);
        }
        QVERIFY(miou[0] >= 0);
        QCOMPARE(miou[1], miou[0]);

        const QString csv = m_dir.filePath(QStringLiteral("table.csv"));
        const QString grid = m_dir.filePath(QStringLiteral("grid.png"));
        const CliRun compare =
            cli({QStringLiteral("compare"), QStringLiteral("--model"), checkpoint,
                 QStringLiteral("--model"), exported, QStringLiteral("--data"), m_data,
                 QStringLiteral("--csv"), csv, QStringLiteral("--grid"), grid,
                 QStringLiteral("--images"), QStringLiteral("2")});
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
            const CliRun r =
                cli({QStringLiteral("predict"), QStringLiteral("--checkpoint"), damaged,
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
        CliRun r = cli({QStringLiteral("model"), QStringLiteral("--help")});
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
        CliRun r = cli({QStringLiteral("train"), QStringLiteral("--data"), m_data,
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
        const CliRun resumed =
            cli({QStringLiteral("train"), QStringLiteral("--data"), m_data,
                 QStringLiteral("--resume"), run + QStringLiteral("/checkpoints/last.pt"),
                 QStringLiteral("--epochs"), QStringLiteral("3")});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        QVERIFY(resumed.out.contains(QStringLiteral("epoch 3/3")));
    }

    // --adversarial trains with a discriminator: the log says so and both losses are
    // recorded; its settings without it are refused.
    void adversarialTrainingFromTheCommandLine() {
        const QString run = m_dir.filePath(QStringLiteral("adversarial run"));
        const CliRun trained =
            cli({QStringLiteral("train"), QStringLiteral("--data"), m_data, QStringLiteral("--out"),
                 run, QStringLiteral("--width"), QStringLiteral("4"), QStringLiteral("--depth"),
                 QStringLiteral("3"), QStringLiteral("--epochs"), QStringLiteral("1"),
                 QStringLiteral("--batch"), QStringLiteral("4"), QStringLiteral("--threads"),
                 QStringLiteral("1"), QStringLiteral("--adversarial"),
                 QStringLiteral("--adversarial-weight"), QStringLiteral("0.05")});
        QVERIFY2(trained.exitCode == 0, qPrintable(trained.err));
        const std::string log = test::readBytes(test::toPath(run) / "log.txt");
        QVERIFY2(log.find("adversarial training: weight 0.05") != std::string::npos, log.c_str());
        const core::RunRecord record = core::readRun(test::toPath(run));
        QVERIFY(record.config && record.config->adversarial.enabled);
        QCOMPARE(record.config->adversarial.weight, 0.05);
        QVERIFY(!record.iterations.empty());
        QVERIFY(std::isfinite(record.iterations.back().discriminatorLoss));

        const CliRun refused =
            cli({QStringLiteral("train"), QStringLiteral("--data"), m_data, QStringLiteral("--out"),
                 m_dir.filePath(QStringLiteral("refused")), QStringLiteral("--adversarial-weight"),
                 QStringLiteral("0.5")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("--adversarial")), qPrintable(refused.err));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("refused"))));
        const CliRun tooHeavy =
            cli({QStringLiteral("train"), QStringLiteral("--data"), m_data, QStringLiteral("--out"),
                 m_dir.filePath(QStringLiteral("refused")), QStringLiteral("--adversarial"),
                 QStringLiteral("--adversarial-weight"), QStringLiteral("50")});
        QCOMPARE(tooHeavy.exitCode, 2);
    }

    // Change detection from the command line: synthetic pairs, a Siamese network, the
    // change class's scores, pairs predicted from two folders (named by the before image) and
    // a grid with both dates; a pair network on single images is refused, in train and in
    // predict.
    void changeDetectionTrainsAndScores() {
        const QString pairs = m_dir.filePath(QStringLiteral("change pairs"));
        const CliRun made =
            cli({QStringLiteral("synth"), QStringLiteral("--change"), QStringLiteral("--out"),
                 pairs, QStringLiteral("--count"), QStringLiteral("20"), QStringLiteral("--size"),
                 QStringLiteral("32")});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QVERIFY(QFileInfo::exists(pairs + QStringLiteral("/B/pair_0019.png")));
        const QString run = m_dir.filePath(QStringLiteral("change run"));
        const CliRun trained =
            cli({QStringLiteral("train"), QStringLiteral("--data"), pairs, QStringLiteral("--out"),
                 run, QStringLiteral("--model"), QStringLiteral("fc_siam_diff"),
                 QStringLiteral("--width"), QStringLiteral("4"), QStringLiteral("--epochs"),
                 QStringLiteral("1"), QStringLiteral("--batch"), QStringLiteral("4"),
                 QStringLiteral("--threads"), QStringLiteral("1")});
        QVERIFY2(trained.exitCode == 0, qPrintable(trained.err));
        const CliRun scored =
            cli({QStringLiteral("eval"), QStringLiteral("--data"), pairs, QStringLiteral("--model"),
                 run + QStringLiteral("/checkpoints/best.pt")});
        QVERIFY2(scored.exitCode == 0, qPrintable(scored.err));
        QVERIFY2(scored.out.contains(QStringLiteral("Change class: precision")),
                 qPrintable(scored.out));
        const QString checkpoint = run + QStringLiteral("/checkpoints/best.pt");
        const QString predicted = m_dir.filePath(QStringLiteral("change masks"));
        const CliRun pairPredict =
            cli({QStringLiteral("predict"), QStringLiteral("--model"), checkpoint,
                 QStringLiteral("--input"), pairs + QStringLiteral("/A"), QStringLiteral("--after"),
                 pairs + QStringLiteral("/B"), QStringLiteral("--out"), predicted,
                 QStringLiteral("--overlay")});
        QVERIFY2(pairPredict.exitCode == 0, qPrintable(pairPredict.err));
        const cv::Mat changeMask = core::readMask(test::toPath(predicted) / "pair_0019.png");
        QCOMPARE(changeMask.size(), cv::Size(32, 32));
        double highest = 0;
        cv::minMaxLoc(changeMask, nullptr, &highest);
        QVERIFY(highest <= 1);  // classes: unchanged, change
        QVERIFY(QFileInfo::exists(predicted + QStringLiteral("/overlays/pair_0019_overlay.png")));
        const CliRun withoutAfter =
            cli({QStringLiteral("predict"), QStringLiteral("--model"), checkpoint,
                 QStringLiteral("--input"), pairs + QStringLiteral("/A"), QStringLiteral("--out"),
                 m_dir.filePath(QStringLiteral("no after"))});
        QCOMPARE(withoutAfter.exitCode, 2);
        QVERIFY2(withoutAfter.err.contains(QStringLiteral("--after")),
                 qPrintable(withoutAfter.err));
        const QString grid = m_dir.filePath(QStringLiteral("change grid.png"));
        const CliRun compared =
            cli({QStringLiteral("compare"), QStringLiteral("--model"), checkpoint,
                 QStringLiteral("--model"), run + QStringLiteral("/checkpoints/last.pt"),
                 QStringLiteral("--data"), pairs, QStringLiteral("--grid"), grid,
                 QStringLiteral("--images"), QStringLiteral("1")});
        QVERIFY2(compared.exitCode == 0, qPrintable(compared.err));
        // before, after, ground truth, the two models
        QCOMPARE(core::readImage(test::toPath(grid)).cols, 5 * 256 + 6 * 4);
        const CliRun refused =
            cli({QStringLiteral("train"), QStringLiteral("--data"), m_data, QStringLiteral("--out"),
                 m_dir.filePath(QStringLiteral("no pairs")), QStringLiteral("--model"),
                 QStringLiteral("fc_ef")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("change-detection dataset")),
                 qPrintable(refused.err));
    }
};

QTEST_GUILESS_MAIN(TestCliModels)
#include "tst_cli_models.moc"
