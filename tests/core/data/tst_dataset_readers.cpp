#include <QTemporaryDir>
#include <QTest>

#include "core/common/error.h"
#include "core/data/dataset.h"
#include "core/data/image_io.h"
#include "core/data/mask_io.h"
#include "support/test_files.h"

using namespace seg;
namespace fs = std::filesystem;

class TestDatasetReaders : public QObject {
    Q_OBJECT

    static void addPair(const fs::path& image, const fs::path& mask, const cv::Mat& maskContent) {
        test::writeWithOpenCv(image, test::image(maskContent.cols, maskContent.rows));
        fs::create_directories(mask.parent_path());
        test::writeMask(mask, maskContent);
    }

    static const core::Sample& byId(const core::Dataset& d, const std::string& id) {
        for (const auto& s : d.samples)
            if (s.id == id) return s;
        throw std::runtime_error("no sample " + id);
    }

private Q_SLOTS:
    void vocWithSplitFiles() {
        QTemporaryDir dir;
        const fs::path root = test::toPath(dir.path());
        for (const char* id : {"2007_000032", "2007_000039", "2007_000063"})
            addPair(root / "JPEGImages" / (std::string(id) + ".jpg"),
                    root / "SegmentationClass" / (std::string(id) + ".png"),
                    test::mask({{0, 15}, {255, 1}}));
        test::writeWithOpenCv(root / "JPEGImages" / "2007_000099.jpg",
                              test::image(2, 2));  // detection-only image
        test::writeBytes(root / "ImageSets" / "Segmentation" / "train.txt",
                         "2007_000032\n2007_000039\n");
        test::writeBytes(root / "ImageSets" / "Segmentation" / "val.txt", "2007_000063\n");
        const core::Dataset d = core::openDataset(root);
        QCOMPARE(d.layout, core::DatasetLayout::Voc);
        QCOMPARE(d.samples.size(), size_t{3});
        QCOMPARE(d.classes.size(), 21);
        QCOMPARE(byId(d, "2007_000039").split, core::Split::Train);
        QCOMPARE(byId(d, "2007_000063").split, core::Split::Val);
        const auto loaded = core::loadSample(d, byId(d, "2007_000063"));
        QVERIFY(test::sameMat(loaded.mask, test::mask({{0, 15}, {255, 1}})));
        QVERIFY(d.problems.empty());
    }

    void vocWithoutSplitFilesUsesImagesThatHaveMasks() {
        QTemporaryDir dir;
        const fs::path root = test::toPath(dir.path());
        for (int i = 0; i < 10; ++i)
            addPair(root / "JPEGImages" / ("a" + std::to_string(i) + ".jpg"),
                    root / "SegmentationClass" / ("a" + std::to_string(i) + ".png"),
                    test::mask({{0, 1}}));
        test::writeWithOpenCv(root / "JPEGImages" / "lonely.jpg", test::image(2, 1));
        core::DatasetOptions options;
        options.valFraction = 0.3;
        const core::Dataset d = core::openDataset(root, options);
        QCOMPARE(d.samples.size(), size_t{10});
        int val = 0;
        for (const auto& s : d.samples) val += s.split == core::Split::Val;
        QCOMPARE(val, 3);
    }

    void vocListedIdWithoutFilesIsAProblem() {
        QTemporaryDir dir;
        const fs::path root = test::toPath(dir.path());
        addPair(root / "JPEGImages" / "x.jpg", root / "SegmentationClass" / "x.png",
                test::mask({{0}}));
        test::writeBytes(root / "ImageSets" / "Segmentation" / "train.txt", "x\nghost\n");
        const core::Dataset d = core::openDataset(root);
        QCOMPARE(d.samples.size(), size_t{1});
        QCOMPARE(d.problems.size(), size_t{1});
        QVERIFY(d.problems[0].detail.find("ghost") != std::string::npos);
        core::DatasetOptions strict;
        strict.onError = core::OnError::Stop;
        QVERIFY_THROWS_EXCEPTION(core::Error, core::openDataset(root, strict));
    }

    void pennFudanInstancesBecomeOneForegroundClass() {
        QTemporaryDir dir;
        const fs::path root = test::toPath(dir.path());
        test::writeWithOpenCv(root / "PNGImages" / "FudanPed00001.png", test::image(3, 2));
        test::writeWithOpenCv(root / "PedMasks" / "FudanPed00001_mask.png",
                              test::mask({{0, 1, 2}, {2, 0, 3}}));
        test::writeWithOpenCv(root / "PNGImages" / "FudanPed00002.png", test::image(3, 2));
        test::writeWithOpenCv(root / "PedMasks" / "FudanPed00002_mask.png",
                              test::mask({{0, 0, 0}, {1, 1, 1}}));
        const core::Dataset d = core::openDataset(root);
        QCOMPARE(d.layout, core::DatasetLayout::PennFudan);
        QCOMPARE(d.classes.size(), 2);
        QCOMPARE(d.classes.at(1).name, std::string("person"));
        const auto loaded = core::loadSample(d, byId(d, "FudanPed00001"));
        QVERIFY(test::sameMat(loaded.mask, test::mask({{0, 1, 1}, {1, 0, 1}})));

        core::DatasetOptions keep;
        keep.keepInstances = true;
        const core::Dataset instances = core::openDataset(root, keep);
        QVERIFY(test::sameMat(core::loadSample(instances, byId(instances, "FudanPed00001")).mask,
                              test::mask({{0, 1, 2}, {2, 0, 3}})));
    }

    void folderPairsMatchByStemAcrossExtensions() {
        QTemporaryDir dir;
        const fs::path root = test::toPath(dir.path());
        test::writeWithOpenCv(root / "images" / "a.jpg", test::image(2, 2));
        test::writeWithOpenCv(root / "images" / "b.JPEG", test::image(2, 2));
        test::writeWithOpenCv(root / "images" / "c.tif", test::image(2, 2));
        test::writeWithOpenCv(root / "images" / "d.bmp", test::image(2, 2));
        test::writeBytes(root / "images" / "readme.txt", "not an image");
        test::writeMask(root / "masks" / "a.png", test::mask({{0, 1}, {1, 0}}));
        test::writeMask(root / "masks" / "b.png", test::mask({{0, 1}, {1, 0}}));
        test::writeWithOpenCv(root / "masks" / "d.bmp", test::mask({{2, 2}, {0, 0}}));
        test::writeMask(root / "masks" / "orphan.png", test::mask({{0}}));
        test::writeBytes(root / "labels.txt", "background\nfoo\nbar\n");

        const core::Dataset d = core::openDataset(root);
        QCOMPARE(d.layout, core::DatasetLayout::FolderPairs);
        QCOMPARE(d.samples.size(), size_t{4});
        QCOMPARE(d.classes.size(), 3);
        QVERIFY(byId(d, "b").hasMask());
        QVERIFY(!byId(d, "c").hasMask());
        QCOMPARE(byId(d, "c").split, core::Split::Unassigned);  // unlabelled: not in train or val
        QVERIFY(
            test::sameMat(core::loadSample(d, byId(d, "d")).mask, test::mask({{2, 2}, {0, 0}})));
        QCOMPARE(d.problems.size(), size_t{1});
        QCOMPARE(d.problems[0].file.filename().string(), std::string("orphan.png"));
    }

    void folderPairsWithSplitFiles() {
        QTemporaryDir dir;
        const fs::path root = test::toPath(dir.path());
        for (const char* id : {"p", "q", "r"})
            addPair(root / "images" / (std::string(id) + ".png"),
                    root / "masks" / (std::string(id) + ".png"), test::mask({{0}}));
        test::writeBytes(root / "train.txt", "p\nr\n");
        test::writeBytes(root / "val.txt", "q\n");
        const core::Dataset d = core::openDataset(root);
        QCOMPARE(byId(d, "p").split, core::Split::Train);
        QCOMPARE(byId(d, "q").split, core::Split::Val);
    }

    void loadSampleRejectsBadPairs() {
        QTemporaryDir dir;
        const fs::path root = test::toPath(dir.path());
        test::writeWithOpenCv(root / "images" / "small.png", test::image(4, 4));
        test::writeMask(root / "masks" / "small.png", test::mask({{0, 1}}));
        test::writeWithOpenCv(root / "images" / "values.png", test::image(2, 1));
        test::writeMask(root / "masks" / "values.png", test::mask({{0, 9}}));
        test::writeBytes(root / "labels.txt", "background\nthing\n");
        const core::Dataset d = core::openDataset(root);
        try {
            core::loadSample(d, byId(d, "small"));
            QFAIL("expected a size mismatch");
        } catch (const core::Error& e) {
            QCOMPARE(e.code(), core::ErrorCode::SizeMismatch);
            QCOMPARE(e.file().filename().string(), std::string("small.png"));
            QVERIFY(e.detail().find("2x1") != std::string::npos &&
                    e.detail().find("4x4") != std::string::npos);
        }
        try {
            core::loadSample(d, byId(d, "values"));
            QFAIL("expected a value error");
        } catch (const core::Error& e) {
            QCOMPARE(e.code(), core::ErrorCode::ValueOutOfRange);
            QCOMPARE(e.file(), root / "masks" / "values.png");
        }
    }

    void notADatasetIsNamed() {
        QTemporaryDir dir;
        const fs::path root = test::toPath(dir.path()) / "holiday photos";
        fs::create_directories(root / "misc");
        try {
            core::openDataset(root);
            QFAIL("expected an error");
        } catch (const core::Error& e) {
            QCOMPARE(e.code(), core::ErrorCode::NotADataset);
            QCOMPARE(e.file(), root);
        }
        try {
            core::openDataset(root / "missing");
            QFAIL("expected an error");
        } catch (const core::Error& e) {
            QCOMPARE(e.code(), core::ErrorCode::FileNotFound);
        }
    }

    void chineseFolderNamesWithSpaces() {
        QTemporaryDir dir;
        const fs::path root = test::toPath(dir.path()) / u8"数据" / u8"图像 集";
        addPair(root / "images" / u8"猫 1.png", root / "masks" / u8"猫 1.png",
                test::mask({{0, 1}}));
        const core::Dataset d = core::openDataset(root);
        QCOMPARE(d.samples.size(), size_t{1});
        QCOMPARE(d.samples[0].id, std::string(u8"猫 1"));
        QVERIFY(test::sameMat(core::loadSample(d, d.samples[0]).mask, test::mask({{0, 1}})));
    }
};

QTEST_GUILESS_MAIN(TestDatasetReaders)
#include "tst_dataset_readers.moc"
