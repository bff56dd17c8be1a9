#include <QTemporaryDir>
#include <QTest>

#include <opencv2/core.hpp>

#include "core/annotate/journal_recovery.h"
#include "core/annotate/mask_journal.h"
#include "core/annotate/mask_tools.h"
#include "core/data/mask_io.h"
#include "core/project/project.h"
#include "support/test_files.h"

using namespace seg;
namespace fs = std::filesystem;

// Journals left by a crash are replayed when a project opens: the masks are written at once
// (so counts and training see the edits) and the mask from before is kept for one Undo.
class TestJournalRecovery : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    core::Project makeProject(const char* name) {
        const fs::path folder = test::toPath(m_dir.path()) / name;
        fs::create_directories(folder);
        for (const char* image : {"a.png", "b.png"})
            test::writeWithOpenCv(folder / image, test::image(40, 30));
        return core::createImageFolderProject(folder, core::ClassMap({"bg", "thing"}));
    }

    // Paints a stroke of class 1 into `mask` and journals it, as the window does.
    static void journalStroke(const fs::path& maskFile, cv::Mat& mask) {
        core::MaskJournal journal(core::MaskJournal::fileFor(maskFile), mask.size());
        journal.append(core::paintSegment(mask, {5, 5}, {30, 20}, {5.0f}, 1));
    }

private Q_SLOTS:
    void aJournalIsReplayedSavedAndKeptUndoable() {
        const core::Project project = makeProject("replayed");
        core::Dataset dataset = core::openProjectDataset(project);
        const fs::path maskFile = project.masksRoot() / "a.png";
        const cv::Mat before(30, 40, CV_8UC1, cv::Scalar(255));
        cv::Mat painted = before.clone();
        journalStroke(maskFile, painted);

        const core::JournalRecovery recovery = core::recoverJournals(project, dataset);
        QCOMPARE(recovery.recovered.size(), size_t(1));
        QVERIFY(recovery.problems.empty());
        QCOMPARE(recovery.recovered[0].sampleId, std::string("a"));
        QVERIFY(test::sameMat(core::readMask(maskFile), painted));
        QVERIFY(test::sameMat(core::readMask(core::beforeRecoveryFile(maskFile)), before));
        QVERIFY(!fs::exists(core::MaskJournal::fileFor(maskFile)));
        QCOMPARE(dataset.samples[0].mask, maskFile);  // the dataset sees the mask now
        QVERIFY(!dataset.samples[1].hasMask());

        // Nothing left to recover the next time; a class edit drops the snapshot.
        QVERIFY(core::recoverJournals(project, dataset).recovered.empty());
        core::discardRecoverySnapshots(project);
        QVERIFY(!fs::exists(core::beforeRecoveryFile(maskFile)));
    }

    void aDamagedJournalIsAProblemAndStays() {
        const core::Project project = makeProject("damaged");
        core::Dataset dataset = core::openProjectDataset(project);
        const fs::path journal = core::MaskJournal::fileFor(project.masksRoot() / "b.png");
        fs::create_directories(journal.parent_path());
        test::writeBytes(journal, "not a journal at all");
        const core::JournalRecovery recovery = core::recoverJournals(project, dataset);
        QVERIFY(recovery.recovered.empty());
        QCOMPARE(recovery.problems.size(), size_t(1));
        QCOMPARE(recovery.problems[0].file(), journal);
        QVERIFY(fs::exists(journal));
        QVERIFY(!fs::exists(project.masksRoot() / "b.png"));
    }
};

QTEST_GUILESS_MAIN(TestJournalRecovery)
#include "tst_journal_recovery.moc"
