#include <QTemporaryDir>
#include <QTest>

#include <opencv2/core.hpp>

#include "core/common/error.h"
#include "core/data/mask_io.h"
#include "core/project/class_edit.h"
#include "core/project/class_edit_intent.h"
#include "support/test_files.h"

using namespace seg;
namespace fs = std::filesystem;

// Editing classes remaps the masks on disk so that every pixel keeps its meaning.
class TestClassEdit : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_round = 0;

    // A fresh tiny demo project: background, circle, rectangle, triangle, ellipse.
    core::Project freshProject() {
        const fs::path folder = test::toPath(m_dir.path()) / ("p" + std::to_string(++m_round));
        core::SyntheticShapesOptions options;
        options.count = 6;
        options.width = options.height = 32;
        options.noiseSigma = 0;
        return *core::createDemoProject(folder, options);
    }

    static std::vector<cv::Mat> masksOf(const core::Project& p) {
        std::vector<cv::Mat> masks;
        for (const auto& s : core::openProjectDataset(p).samples)
            masks.push_back(core::readMask(s.mask));
        return masks;
    }

    static core::ClassInfo info(const core::Project& p, int i) { return p.classes.at(i); }

private Q_SLOTS:
    void remapTableKeepsMeanings() {
        core::ClassEdit edit;
        edit.classes = {{"bg", {0, 0, 0}}, {"b", {1, 1, 1}}, {"a", {2, 2, 2}}, {"new", {3, 3, 3}}};
        edit.sourceIndex = {0, 2, 1, -1};  // old class 3 removed
        const auto t = core::classRemapTable(edit, 4, 255);
        QCOMPARE(int(t[0]), 0);
        QCOMPARE(int(t[1]), 2);
        QCOMPARE(int(t[2]), 1);
        QCOMPARE(int(t[3]), 255);
        QCOMPARE(int(t[255]), 255);
        QCOMPARE(int(t[7]), 7);  // out-of-range values stay for the mask checks to report
        edit.sourceIndex = {0, 1, 1, -1};
        QVERIFY_THROWS_EXCEPTION(core::Error, core::classRemapTable(edit, 4, 255));
    }

    void reorderRemoveAndAddRewriteTheMasks() {
        core::Project p = freshProject();
        const auto before = masksOf(p);
        core::ClassEdit edit;
        // background, rectangle, circle (swapped), ellipse, hexagon (new); triangle removed.
        edit.classes = {info(p, 0), info(p, 2), info(p, 1), info(p, 4), {"hexagon", {9, 9, 9}}};
        edit.classes[0].name = "bg";
        edit.sourceIndex = {0, 2, 1, 4, -1};
        const auto result = core::applyClassEdit(p, edit);
        QCOMPARE(result.masksRewritten + result.masksUnchanged, 6);
        QVERIFY(result.masksRewritten > 0);

        const core::Project reloaded = core::loadProject(p.folder);
        QCOMPARE(reloaded.classes.size(), 5);
        QCOMPARE(reloaded.classes.at(0).name, std::string("bg"));
        QCOMPARE(reloaded.classes.at(4).name, std::string("hexagon"));
        const auto after = masksOf(reloaded);
        const int expected[] = {0, 2, 1, 255, 3};  // old value -> new value
        for (size_t m = 0; m < before.size(); ++m)
            for (int y = 0; y < 32; ++y)
                for (int x = 0; x < 32; ++x)
                    QCOMPARE(int(after[m].at<uint8_t>(y, x)),
                             expected[before[m].at<uint8_t>(y, x)]);
    }

    void renamesAndRecoloursTouchNoMask() {
        core::Project p = freshProject();
        const auto mtime = fs::last_write_time(core::openProjectDataset(p).samples[0].mask);
        core::ClassEdit edit;
        for (int i = 0; i < p.classes.size(); ++i) {
            edit.classes.push_back(info(p, i));
            edit.sourceIndex.push_back(i);
        }
        edit.classes[1].name = "disc";
        edit.classes[1].color = {10, 20, 30};
        const auto result = core::applyClassEdit(p, edit);
        QCOMPARE(result.masksRewritten, 0);
        QCOMPARE(core::loadProject(p.folder).classes.at(1).name, std::string("disc"));
        QCOMPARE(fs::last_write_time(core::openProjectDataset(p).samples[0].mask), mtime);
    }

    void anUnreadableMaskChangesNothing() {
        core::Project p = freshProject();
        const auto samples = core::openProjectDataset(p).samples;
        const fs::path broken = samples.back().mask;
        test::writeBytes(broken, "not a png");
        const auto before = core::readMask(samples.front().mask);
        core::ClassEdit edit;
        edit.classes = {info(p, 0), info(p, 2), info(p, 1)};
        edit.sourceIndex = {0, 2, 1};
        QVERIFY(test::errorCodeOf([&] { core::applyClassEdit(p, edit); }, broken) !=
                core::ErrorCode::InvalidArgument);
        QVERIFY(test::sameMat(core::readMask(samples.front().mask), before));
        QCOMPARE(core::loadProject(p.folder).classes.size(), 5);
        for (const auto& entry : fs::directory_iterator(broken.parent_path()))
            QVERIFY2(entry.path().string().find(".classedit") == std::string::npos,
                     entry.path().string().c_str());
    }

    // Cancelled half-way through (the window's Cancel), nothing changes: masks, classes, and
    // no staged file left; the progress counted the masks.
    void aCancelledEditChangesNothing() {
        core::Project p = freshProject();
        const auto before = masksOf(p);
        core::ClassEdit edit;
        edit.classes = {info(p, 0), info(p, 2), info(p, 1)};
        edit.sourceIndex = {0, 2, 1};
        int lastTotal = 0, calls = 0;
        const auto result = core::applyClassEdit(p, edit, [&](int, int total) {
            lastTotal = total;
            return ++calls <= 3;  // cancels at the fourth mask
        });
        QCOMPARE(lastTotal, 6);
        QCOMPARE(calls, 4);
        QCOMPARE(result.masksRewritten + result.masksUnchanged, 0);
        QCOMPARE(core::loadProject(p.folder).classes.size(), 5);
        const auto after = masksOf(p);
        for (size_t m = 0; m < before.size(); ++m) QVERIFY(test::sameMat(after[m], before[m]));
        for (const auto& entry : fs::recursive_directory_iterator(p.folder))
            QVERIFY2(entry.path().string().find(".classedit") == std::string::npos,
                     entry.path().string().c_str());
    }

    // An edit killed after writing every remapped mask (its intent says "replacing") is
    // finished when the project next opens; one killed while writing them is undone. Either
    // way masks and classes agree. (tst_kill_safety kills real edits at random moments.)
    void aKilledEditIsFinishedOrUndoneOnOpen() {
        for (const auto phase :
             {core::ClassEditIntent::Phase::Replacing, core::ClassEditIntent::Phase::Staging}) {
            core::Project p = freshProject();
            const auto samples = core::openProjectDataset(p).samples;
            const auto before = masksOf(p);
            core::Project edited = p;
            edited.classes = core::ClassMap({info(p, 0), info(p, 2), info(p, 1), info(p, 3),
                                             info(p, 4)},
                                            p.classes.ignoreIndex());
            // What the edit had done when it was killed: two masks of six remapped (written
            // beside the originals), one of them already renamed over its original.
            cv::Mat swap(1, 256, CV_8U);  // old value -> new value
            for (int v = 0; v < 256; ++v) swap.at<uint8_t>(v) = uint8_t(v == 1 ? 2 : v == 2 ? 1 : v);
            core::ClassEditIntent intent;
            intent.phase = phase;
            intent.projectFileText = core::projectFileText(edited);
            for (size_t i = 0; i < 2; ++i) {
                cv::Mat remapped;
                cv::LUT(before[i], swap, remapped);
                core::writeMask(core::stagedMaskFile(samples[i].mask), remapped, edited.classes);
                intent.masks.push_back(samples[i].mask);
            }
            core::writeClassEditIntent(p.folder, intent);
            if (phase == core::ClassEditIntent::Phase::Replacing)
                fs::rename(core::stagedMaskFile(samples[0].mask), samples[0].mask);

            const core::Project reopened = core::loadProject(p.folder);
            const bool finished = phase == core::ClassEditIntent::Phase::Replacing;
            QCOMPARE(reopened.classes.at(1).name, (finished ? info(p, 2) : info(p, 1)).name);
            const auto after = masksOf(reopened);
            for (size_t i = 0; i < after.size(); ++i) {
                cv::Mat expected = before[i].clone();
                if (finished && i < 2) cv::LUT(before[i], swap, expected);
                QVERIFY2(test::sameMat(after[i], expected), qPrintable(QString::number(i)));
            }
            QVERIFY(!fs::exists(core::classEditIntentFile(p.folder)));
            for (const auto& s : samples) QVERIFY(!fs::exists(core::stagedMaskFile(s.mask)));
        }
    }

    void aDamagedIntentIsReportedByName() {
        core::Project p = freshProject();
        const fs::path intent = core::classEditIntentFile(p.folder);
        test::writeBytes(intent, "{\"version\": 1, \"phase\": \"sideways\"}");
        QCOMPARE(test::errorCodeOf([&] { core::loadProject(p.folder); }, intent),
                 core::ErrorCode::InvalidContent);
        QVERIFY(fs::exists(intent));  // left for the user to look at
    }
};

QTEST_GUILESS_MAIN(TestClassEdit)
#include "tst_class_edit.moc"
