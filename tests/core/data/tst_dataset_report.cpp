#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include "core/common/error.h"
#include "core/data/dataset_report.h"
#include "core/data/mask_io.h"
#include "support/test_files.h"

using namespace seg;
namespace fs = std::filesystem;

// A folder-pairs dataset with one good sample and one of each kind of broken file.
class TestDatasetReport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    fs::path m_root;

private Q_SLOTS:
    void initTestCase() {
        m_root = test::toPath(m_dir.path()) / u8"数据 集";
        const fs::path images = m_root / "images", masks = m_root / "masks";
        test::writeWithOpenCv(images / "good.png", test::image(3, 2));
        test::writeMask(masks / "good.png", test::mask({{0, 1, 1}, {2, 2, 255}}));
        test::writeWithOpenCv(images / "good2.png", test::image(4, 1));
        test::writeMask(masks / "good2.png", test::mask({{0, 0, 1, 2}}));
        test::writeWithOpenCv(images / "unlabelled.jpg", test::image(8, 8));
        test::writeBytes(images / "zero.png", "");
        test::writeTruncatedCopy(images / "good.png", images / "truncated.png", 40);
        test::writeBytes(images / "text.jpg", "hello");
        test::writeWithOpenCv(images / "wrongsize.png", test::image(5, 5));
        test::writeMask(masks / "wrongsize.png", test::mask({{0, 1}}));
        test::writeWithOpenCv(images / "badvalues.png", test::image(2, 1));
        test::writeMask(masks / "badvalues.png", test::mask({{0, 7}}));
        test::writeBytes(m_root / "labels.txt", "background\ncat\ndog\n");
    }

    void skipCollectsEveryProblemAndKeepsGoodSamples() {
        core::Dataset d = core::openDataset(m_root);
        QCOMPARE(d.samples.size(), size_t{8});
        const core::DatasetReport r = core::scanDataset(d, core::OnError::Skip);
        QCOMPARE(r.samples, 3);
        QCOMPARE(r.labelled, 2);
        QCOMPARE(r.skipped, 5);
        QCOMPARE(d.samples.size(), size_t{3});
        QCOMPARE(r.problems.size(), size_t{5});
        std::map<std::string, core::ErrorCode> byFile;
        for (const auto& p : r.problems) byFile[p.file.filename().string()] = p.code;
        QCOMPARE(byFile.at("zero.png"), core::ErrorCode::FileEmpty);
        QCOMPARE(byFile.at("truncated.png"), core::ErrorCode::FileTruncated);
        QCOMPARE(byFile.at("text.jpg"), core::ErrorCode::NotAnImage);
        QCOMPARE(byFile.at("wrongsize.png"), core::ErrorCode::SizeMismatch);
        QCOMPARE(byFile.at("badvalues.png"), core::ErrorCode::ValueOutOfRange);
        // class pixels: good = {0:1, 1:2, 2:2, ignore:1}, good2 = {0:2, 1:1, 2:1}
        QCOMPARE(r.classPixels, (std::vector<uint64_t>{3, 3, 3}));
        QCOMPARE(r.ignorePixels, uint64_t{1});
        QVERIFY(!r.classesInferred);
    }

    void stopThrowsTheFirstProblem() {
        core::Dataset d = core::openDataset(m_root);
        QVERIFY_THROWS_EXCEPTION(core::Error, core::scanDataset(d, core::OnError::Stop));
    }

    void progressCanCancel() {
        core::Dataset d = core::openDataset(m_root);
        int calls = 0;
        const auto r =
            core::scanDataset(d, core::OnError::Skip, [&](int, int) { return ++calls <= 2; });
        QCOMPARE(calls, 3);
        QVERIFY(r.samples <= 2);
    }

    void classesAreInferredWithoutLabels() {
        QTemporaryDir dir;
        const fs::path root = test::toPath(dir.path());
        test::writeWithOpenCv(root / "images" / "a.png", test::image(3, 1));
        test::writeMask(root / "masks" / "a.png", test::mask({{0, 4, 255}}));
        core::Dataset d = core::openDataset(root);
        const auto r = core::scanDataset(d, core::OnError::Skip);
        QVERIFY(r.classesInferred);
        QCOMPARE(r.classes.size(), 5);
        QCOMPARE(r.classPixels[4], uint64_t{1});
    }

    void jsonReportHoldsTheFigures() {
        core::Dataset d = core::openDataset(m_root);
        const auto json =
            nlohmann::json::parse(core::reportToJson(core::scanDataset(d, core::OnError::Skip)));
        QCOMPARE(json.at("samples").get<int>(), 3);
        QCOMPARE(json.at("problems").size(), size_t{5});
        QCOMPARE(json.at("class_pixels").at(1).at("name").get<std::string>(), std::string("cat"));
        QVERIFY(json.at("root").get<std::string>().find(u8"数据 集") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestDatasetReport)
#include "tst_dataset_report.moc"
