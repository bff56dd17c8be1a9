// Kill tests: SIGKILL at random moments during every replacing write SegStudio makes (mask
// saves, checkpoint saves, project.json, class remapping) and while painting. Afterwards every
// file is the old version or the new one, never torn; the project opens; no temp file is left
// once it has; and every stroke committed before the kill comes back from the journal.
//
// Rounds per scenario: SEG_KILL_ROUNDS (1000 for the figures; CI runs fewer). Seed:
// SEG_KILL_SEED. Each scenario prints how many kills landed mid-write (a temp file was left),
// which shows the kills reach the window that matters.

#include <optional>

#include <QDebug>
#include <QTemporaryDir>
#include <QTest>

#include <torch/torch.h>
#include <opencv2/core.hpp>

#include "core/annotate/mask_journal.h"
#include "core/annotate/mask_tools.h"
#include "core/common/atomic_file.h"
#include "core/common/error.h"
#include "core/data/image_io.h"
#include "core/data/mask_io.h"
#include "core/models/model_registry.h"
#include "core/project/class_edit.h"
#include "core/project/class_edit_intent.h"
#include "core/project/project.h"
#include "core/train/checkpoint_io.h"
#include "kill/kill_harness.h"
#include "support/test_files.h"
#include "ui/annotate/mask_document.h"

using namespace seg;
namespace fs = std::filesystem;
using std::chrono::milliseconds;

namespace {

int countTempFiles(const fs::path& folder) {
    int n = 0;
    for (const auto& entry : fs::directory_iterator(folder)) {
        const std::string name = entry.path().filename().string();
        n += name.find(".tmp-") != std::string::npos ||
             name.find(".classedit.png") != std::string::npos;
    }
    return n;
}

std::vector<std::string> fileNames(const fs::path& folder) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

// Blocks of random classes: compresses like a painted mask, yet every save differs.
cv::Mat blockMask(int size, int classes, uint64_t seed) {
    cv::RNG rng(seed);
    cv::Mat mask(size, size, CV_8U);
    for (int y = 0; y < size; y += 8)
        for (int x = 0; x < size; x += 8)
            mask(cv::Rect(x, y, 8, 8)).setTo(int(rng.uniform(0, classes)));
    return mask;
}

core::ModelSpec tinySpec() {
    core::ModelSpec spec;
    spec.set("width", 4);
    spec.set("depth", 3);
    spec.numClasses = 3;
    return spec;
}

core::CheckpointInfo tinyInfo(int epoch) {
    core::CheckpointInfo info;
    info.model = tinySpec();
    info.classes = core::ClassMap({"bg", "cell", "nucleus"});
    info.epochsCompleted = epoch;
    info.iteration = epoch * 10;
    info.trainConfigJson = "{}";
    return info;
}

core::SegmentationModel seededModel(int seed) {
    torch::manual_seed(seed);
    return core::createModel(tinySpec());
}

// The class name of every pixel (ignore stays ignore): what a class edit must preserve.
cv::Mat meaning(const cv::Mat& mask, const core::ClassMap& classes,
                const core::ClassMap& reference) {
    cv::Mat names(mask.size(), CV_8U);
    for (int y = 0; y < mask.rows; ++y)
        for (int x = 0; x < mask.cols; ++x) {
            const int v = mask.at<uint8_t>(y, x);
            names.at<uint8_t>(y, x) = uint8_t(v);
            if (v < classes.size())
                for (int r = 0; r < reference.size(); ++r)
                    if (reference.at(r).name == classes.at(v).name)
                        names.at<uint8_t>(y, x) = uint8_t(r);
        }
    return names;
}

}  // namespace

class TestKillSafety : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::mt19937 m_random{test::killSeed()};
    const int m_rounds = test::killRounds(200);

    fs::path folder(const char* name) {
        const fs::path f = test::toPath(m_dir.path()) / name;
        fs::create_directories(f);
        return f;
    }

    static void report(const char* what, int rounds, int killed, int midWrite) {
        qInfo().noquote() << QStringLiteral(
                                 "%1: %2 rounds, %3 killed while running, %4 killed "
                                 "mid-write (temp file left)")
                                 .arg(what)
                                 .arg(rounds)
                                 .arg(killed)
                                 .arg(midWrite);
    }

private Q_SLOTS:
    void initTestCase() { qInfo() << "seed" << test::killSeed() << "rounds" << m_rounds; }

    void maskSavesAreOldOrNew() {
        const fs::path masks = folder("masks");
        const fs::path file = masks / "sample.png";
        const core::ClassMap classes({"bg", "a", "b", "c"});
        const cv::Mat a = blockMask(512, 4, 1), b = blockMask(512, 4, 2);
        core::writeMask(file, a, classes);
        int killed = 0, midWrite = 0;
        for (int round = 0; round < m_rounds; ++round) {
            const auto outcome = test::runAndKill(
                [&](test::ChildChannel& channel) {
                    channel.ready();
                    for (int i = 0;; ++i) core::writeMask(file, i % 2 ? a : b, classes);
                },
                milliseconds(30), m_random);
            QVERIFY2(outcome.childError.empty(), outcome.childError.c_str());
            killed += outcome.killed;
            midWrite += countTempFiles(masks) > 0;
            cv::Mat read;
            try {
                read = core::readMask(file);
            } catch (const core::Error& e) {
                QFAIL(qPrintable(QStringLiteral("round %1: %2").arg(round).arg(e.what())));
            }
            QVERIFY2(test::sameMat(read, a) || test::sameMat(read, b),
                     qPrintable(QStringLiteral("round %1: torn mask").arg(round)));
            core::removeAbandonedTempFiles(masks);
            QCOMPARE(fileNames(masks), std::vector<std::string>{"sample.png"});
        }
        report("mask saves", m_rounds, killed, midWrite);
        QVERIFY(killed > m_rounds / 2);
    }

    void checkpointSavesAreOldOrNew() {
        const fs::path runs = folder("run");
        const fs::path file = runs / "checkpoint.pt";
        const fs::path refs = folder("references");
        std::string error;
        // The references and the starting file, made in a child: LibTorch must not start its
        // thread pools in this process, which forks.
        QCOMPARE(test::runInChild(
                     [&] {
                         torch::set_num_threads(1);
                         auto a = seededModel(1), b = seededModel(2);
                         core::saveCheckpoint(refs / "a.pt", tinyInfo(1), *a, nullptr);
                         core::saveCheckpoint(refs / "a-again.pt", tinyInfo(1), *a, nullptr);
                         core::saveCheckpoint(refs / "b.pt", tinyInfo(2), *b, nullptr);
                         core::saveCheckpoint(file, tinyInfo(1), *a, nullptr);
                     },
                     &error),
                 0);
        const std::string a = test::readBytes(refs / "a.pt"), b = test::readBytes(refs / "b.pt");
        QCOMPARE(a, test::readBytes(refs / "a-again.pt"));  // saving is deterministic
        QVERIFY(a != b);
        int killed = 0, midWrite = 0;
        for (int round = 0; round < m_rounds; ++round) {
            const auto outcome = test::runAndKill(
                [&](test::ChildChannel& channel) {
                    torch::set_num_threads(1);
                    auto ma = seededModel(1), mb = seededModel(2);
                    channel.ready();
                    for (int i = 0;; ++i)
                        i % 2 ? core::saveCheckpoint(file, tinyInfo(1), *ma, nullptr)
                              : core::saveCheckpoint(file, tinyInfo(2), *mb, nullptr);
                },
                milliseconds(40), m_random);
            QVERIFY2(outcome.childError.empty(), outcome.childError.c_str());
            killed += outcome.killed;
            midWrite += countTempFiles(runs) > 0;
            const std::string now = test::readBytes(file);
            QVERIFY2(now == a || now == b,
                     qPrintable(QStringLiteral("round %1: torn checkpoint").arg(round)));
            core::removeAbandonedTempFiles(runs);
            QCOMPARE(fileNames(runs), std::vector<std::string>{"checkpoint.pt"});
        }
        report("checkpoint saves", m_rounds, killed, midWrite);
        QVERIFY(killed > m_rounds / 2);
        QCOMPARE(test::runInChild(
                     [&] {
                         torch::set_num_threads(1);
                         core::loadCheckpoint(file);
                     },
                     &error),
                 0);
    }

    void projectFileIsOldOrNew() {
        core::Project a;
        a.folder = folder("project");
        a.name = "before";
        a.classes = core::ClassMap({"bg", "cell"});
        a.dataPath = "images";
        core::Project b = a;
        b.name = "after";
        b.classes = core::ClassMap({"bg", "cell", "nucleus", "membrane"});
        b.valFraction = 0.3;
        core::saveProject(a);
        int killed = 0, midWrite = 0;
        for (int round = 0; round < m_rounds; ++round) {
            const auto outcome = test::runAndKill(
                [&](test::ChildChannel& channel) {
                    channel.ready();
                    for (int i = 0;; ++i) core::saveProject(i % 2 ? a : b);
                },
                milliseconds(10), m_random);
            QVERIFY2(outcome.childError.empty(), outcome.childError.c_str());
            killed += outcome.killed;
            midWrite += countTempFiles(a.folder) > 0;
            // The next start: loads, and clears what the kill left.
            const core::Project loaded = core::loadProject(a.folder);
            const core::Project& expected = loaded.name == a.name ? a : b;
            QCOMPARE(loaded.name, expected.name);
            QCOMPARE(loaded.classes.size(), expected.classes.size());
            QCOMPARE(loaded.valFraction, expected.valFraction);
            QCOMPARE(fileNames(a.folder), std::vector<std::string>{"project.json"});
        }
        report("project.json saves", m_rounds, killed, midWrite);
        QVERIFY(killed > m_rounds / 2);
    }

    void classEditsFinishOrUndo() {
        core::SyntheticShapesOptions options;
        options.count = 8;
        options.width = options.height = 48;
        options.noiseSigma = 0;
        const fs::path projectFolder = test::toPath(m_dir.path()) / "edited";
        const core::Project original = *core::createDemoProject(projectFolder, options);
        std::map<std::string, cv::Mat> meanings;
        for (const auto& s : core::openProjectDataset(original).samples)
            meanings[s.id] = core::readMask(s.mask);
        const fs::path maskFolder =
            core::openProjectDataset(original).samples.front().mask.parent_path();
        int killed = 0, finished = 0, undone = 0;
        for (int round = 0; round < m_rounds; ++round) {
            const auto outcome = test::runAndKill(
                [&](test::ChildChannel& channel) {
                    core::Project project = core::loadProject(projectFolder);
                    channel.ready();
                    for (;;) {
                        core::ClassEdit edit;  // swap the second and third class
                        edit.sourceIndex = {0, 2, 1};
                        for (int i = 3; i < project.classes.size(); ++i)
                            edit.sourceIndex.push_back(i);
                        for (int i : edit.sourceIndex)
                            edit.classes.push_back(project.classes.at(i));
                        core::applyClassEdit(project, edit);
                    }
                },
                milliseconds(60), m_random);
            QVERIFY2(outcome.childError.empty(), outcome.childError.c_str());
            killed += outcome.killed;
            // What the kill interrupted, for the figures; opening the project must sort it out.
            const fs::path intent = core::classEditIntentFile(projectFolder);
            if (fs::exists(intent)) {
                const bool replacing =
                    test::readBytes(intent).find("\"replacing\"") != std::string::npos;
                finished += replacing;
                undone += !replacing;
            }
            const core::Project loaded = core::loadProject(projectFolder);
            for (const auto& s : core::openProjectDataset(loaded).samples)
                QVERIFY2(
                    test::sameMat(meaning(core::readMask(s.mask), loaded.classes, original.classes),
                                  meanings.at(s.id)),
                    qPrintable(QStringLiteral("round %1: %2 means something else")
                                   .arg(round)
                                   .arg(QString::fromStdString(s.mask.string()))));
            QVERIFY(!fs::exists(core::classEditIntentFile(projectFolder)));
            QCOMPARE(countTempFiles(projectFolder), 0);
            QCOMPARE(countTempFiles(maskFolder), 0);
        }
        qInfo().noquote() << QStringLiteral(
                                 "class edits: %1 rounds, %2 killed while running, "
                                 "%3 finished and %4 undone at the next open")
                                 .arg(m_rounds)
                                 .arg(killed)
                                 .arg(finished)
                                 .arg(undone);
        QVERIFY(killed > m_rounds / 2);
        QVERIFY(finished > 0);
        QVERIFY(undone > 0);
    }

    // Every stroke committed before the kill comes back when the image is opened again (the
    // issue asks for strokes painted 2 s before; this holds for all of them), every pixel of
    // it: the parent paints the same strokes to know what each pixel must hold.
    void committedStrokesAreRecovered() {
        const fs::path work = folder("painting");
        const fs::path image = work / "image.png";
        const fs::path maskFile = work / "masks" / "image.png";
        fs::create_directories(maskFile.parent_path());
        core::writeImagePng(image, test::image(128, 128));
        const core::ClassMap classes({"bg", "a", "b", "c"});
        // Stroke k: three segments of a square 5-pixel brush around cell k % 256 (16 x 16
        // cells of 8 pixels), in class 1 + (k / 256) % 3; later strokes paint over earlier.
        auto strokeSegments = [](cv::Mat& mask, int k) {
            const int cell = k % 256;
            const cv::Point2f c(float(cell % 16) * 8 + 4, float(cell / 16) * 8 + 4);
            const uint8_t value = uint8_t(1 + (k / 256) % 3);
            const core::Brush brush{5.0f, core::BrushShape::Square};
            std::vector<core::MaskPatch> segments;
            for (const cv::Point2f to :
                 {c + cv::Point2f(-3, 0), c + cv::Point2f(3, 0), c + cv::Point2f(0, 3)})
                segments.push_back(core::paintSegment(mask, c, to, brush, value));
            return segments;
        };
        int killed = 0, strokes = 0, minStrokes = INT32_MAX;
        for (int round = 0; round < m_rounds; ++round) {
            std::error_code ec;
            fs::remove(maskFile, ec);
            core::MaskJournal::discardAll(maskFile);
            const auto outcome = test::runAndKill(
                [&](test::ChildChannel& channel) {
                    ui::MaskDocument document;
                    QString error;
                    if (!document.open(image, {}, maskFile, classes, &error))
                        throw std::runtime_error(error.toStdString());
                    channel.ready();
                    // Autosaves every 40 strokes, alternately as the window saves in the
                    // background (journal sealed, mask copied, written while 10 more strokes
                    // are painted, sealed journal deleted) and in the foreground.
                    std::optional<ui::MaskDocument::SaveSnapshot> saving;
                    for (int k = 0;; ++k) {
                        core::MaskPatch stroke;
                        for (auto& segment : strokeSegments(document.mask(), k)) {
                            document.journal(segment);  // as a drag journals each segment
                            stroke.merge(segment);
                        }
                        document.commit(std::move(stroke), QStringLiteral("stroke"), true);
                        channel.report(k);
                        if (k % 80 == 39 && !document.save(&error))
                            throw std::runtime_error(error.toStdString());
                        if (k % 80 == 79) {
                            saving.emplace();
                            if (!document.takeSnapshot(ui::MaskDocument::SaveMode::Write, &*saving,
                                                       &error))
                                throw std::runtime_error(error.toStdString());
                        }
                        if (saving && k % 80 == 9) {  // the saver's thread, and its end
                            ui::MaskDocument::writeSnapshot(*saving);
                            fs::remove(core::MaskJournal::sealedFileFor(maskFile));
                            document.snapshotWritten(*saving);
                            saving.reset();
                        }
                    }
                },
                milliseconds(100), m_random);
            QVERIFY2(outcome.childError.empty(), outcome.childError.c_str());
            killed += outcome.killed;
            const int committed = int(outcome.reports.size());
            strokes += committed;
            minStrokes = std::min(minStrokes, committed);
            cv::Mat before(128, 128, CV_8UC1, cv::Scalar(255));  // new masks are unlabelled
            for (int k = 0; k < committed; ++k) strokeSegments(before, k);
            cv::Mat after = before.clone();  // the stroke being painted may be in part
            strokeSegments(after, committed);
            ui::MaskDocument reopened;
            QString error;
            QVERIFY2(reopened.open(image, {}, maskFile, classes, &error), qPrintable(error));
            const cv::Mat wrong = (reopened.mask() != before) & (reopened.mask() != after);
            QVERIFY2(cv::countNonZero(wrong) == 0,
                     qPrintable(QStringLiteral("round %1: %2 pixels lost of %3 committed strokes")
                                    .arg(round)
                                    .arg(cv::countNonZero(wrong))
                                    .arg(committed)));
        }
        qInfo().noquote() << QStringLiteral(
                                 "strokes: %1 rounds, %2 killed while painting, %3 "
                                 "committed strokes recovered (at least %4 a round)")
                                 .arg(m_rounds)
                                 .arg(killed)
                                 .arg(strokes)
                                 .arg(minStrokes);
        QVERIFY(killed > m_rounds / 2);
    }
};

QTEST_GUILESS_MAIN(TestKillSafety)
#include "tst_kill_safety.moc"
