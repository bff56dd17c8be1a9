#include <QTemporaryDir>
#include <QTest>

#include "core/common/error.h"
#include "core/data/mask_io.h"
#include "core/eval/folder_scorer.h"
#include "support/test_files.h"

using namespace seg;
namespace fs = std::filesystem;

class TestFolderScorer : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    fs::path m_pred, m_gt;

private Q_SLOTS:
    void init() {
        const fs::path root = test::toPath(m_dir.path());
        fs::remove_all(root / "pred");
        fs::remove_all(root / "gt");
        m_pred = root / "pred";
        m_gt = root / "gt";
        fs::create_directories(m_pred);
        fs::create_directories(m_gt);
        const auto voc = core::ClassMap::voc();
        core::writeMask(m_gt / "a.png", test::mask({{0, 0, 1, 1}}), voc);
        core::writeMask(m_pred / "a.png", test::mask({{0, 1, 1, 1}}), voc);
        core::writeMask(m_gt / "b.png", test::mask({{2, 255}}), voc);
        core::writeMask(m_pred / "b.png", test::mask({{2, 0}}), voc);
    }

    void scoresPairsAcrossFiles() {
        const auto score = core::scoreMaskFolders(m_pred, m_gt, std::nullopt, core::OnError::Skip);
        QCOMPARE(score.pairs, 2);
        QVERIFY(score.classesInferred);
        QCOMPARE(score.classes.size(), 3);
        QCOMPARE(score.metrics.pixels, uint64_t{5});
        // TP {1, 2, 1}; GT {2, 2, 1}; PRED {1, 3, 1}: IoU {1/2, 2/3, 1}
        QVERIFY(std::abs(score.metrics.meanIoU - (0.5 + 2.0 / 3 + 1.0) / 3) < 1e-12);
        QVERIFY(score.problems.empty());
    }

    void missingAndBrokenPredictionsAreReportedAndSkipped() {
        test::writeMask(m_gt / "c.png", test::mask({{1}}));  // no prediction
        test::writeBytes(m_pred / "b.png", "");              // broken prediction
        test::writeMask(m_pred / "extra.png", test::mask({{1}}));
        const auto score = core::scoreMaskFolders(m_pred, m_gt, std::nullopt, core::OnError::Skip);
        QCOMPARE(score.pairs, 1);
        QCOMPARE(score.problems.size(), size_t{3});
        QVERIFY_THROWS_EXCEPTION(
            core::Error, core::scoreMaskFolders(m_pred, m_gt, std::nullopt, core::OnError::Stop));
    }

    void valuesOutsideGivenClassesNameTheFile() {
        const core::ClassMap two({"bg", "fg"});
        test::writeMask(m_gt / "b.png", test::mask({{1, 255}}));
        try {
            core::scoreMaskFolders(m_pred, m_gt, two, core::OnError::Stop);  // pred b.png holds 2
            QFAIL("expected an error");
        } catch (const core::Error& e) {
            QCOMPARE(e.code(), core::ErrorCode::ValueOutOfRange);
            QCOMPARE(e.file(), m_pred / "b.png");
        }
    }

    void sizeMismatchIsAProblem() {
        test::writeMask(m_pred / "a.png", test::mask({{0, 1}}));
        const auto score = core::scoreMaskFolders(m_pred, m_gt, std::nullopt, core::OnError::Skip);
        QCOMPARE(score.pairs, 1);
        QCOMPARE(score.problems.at(0).code, core::ErrorCode::SizeMismatch);
    }

    void missingFoldersAndNothingToScoreFail() {
        QVERIFY_THROWS_EXCEPTION(
            core::Error,
            core::scoreMaskFolders(m_pred / "nope", m_gt, std::nullopt, core::OnError::Skip));
        fs::remove_all(m_pred);
        fs::create_directories(m_pred);
        QVERIFY_THROWS_EXCEPTION(
            core::Error, core::scoreMaskFolders(m_pred, m_gt, std::nullopt, core::OnError::Skip));
    }
};

QTEST_GUILESS_MAIN(TestFolderScorer)
#include "tst_folder_scorer.moc"
