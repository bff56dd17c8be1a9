#include <QTemporaryDir>
#include <QTest>

#include "core/common/error.h"
#include "core/common/paths.h"
#include "core/data/dataset.h"
#include "core/project/project.h"
#include "support/test_files.h"

using namespace seg;
namespace fs = std::filesystem;

class TestProject : public QObject {
    Q_OBJECT

    static core::ErrorCode loadError(const fs::path& folder, const std::string& json) {
        test::writeBytes(folder / "project.json", json);
        return test::errorCodeOf([&] { core::loadProject(folder); }, folder / "project.json");
    }

private Q_SLOTS:
    void saveLoadRoundTrip() {
        QTemporaryDir dir;
        core::Project p;
        p.name = u8"细胞 分割";
        p.classes = core::ClassMap({"background", "cell"});
        p.dataPath = u8"数据";
        p.layout = core::DatasetLayout::Voc;
        p.valFraction = 0.25;
        p.splitSeed = 9;
        p.folder = test::toPath(dir.path()) / u8"我的 项目";
        fs::create_directories(p.folder);
        core::saveProject(p);
        const core::Project q = core::loadProject(p.folder);
        QCOMPARE(q.name, p.name);
        QVERIFY(q.classes == p.classes);
        QCOMPARE(q.dataRoot(), p.folder / u8"数据");
        QCOMPARE(q.layout.value(), core::DatasetLayout::Voc);
        QCOMPARE(q.valFraction, 0.25);
        QCOMPARE(q.splitSeed, uint64_t{9});
        QCOMPARE(q.masksRoot(), p.folder / "masks");
    }

    void brokenProjectFilesAreNamed() {
        QTemporaryDir dir;
        const fs::path f = test::toPath(dir.path());
        const std::string classes = R"("classes":{"classes":[{"name":"bg"}]})";
        QCOMPARE(loadError(f, ""), core::ErrorCode::InvalidJson);
        QCOMPARE(loadError(f, "{\"version\":1,"), core::ErrorCode::InvalidJson);
        QCOMPARE(loadError(f, "[1,2]"), core::ErrorCode::InvalidContent);
        QCOMPARE(loadError(f, "{\"version\":2," + classes + ",\"data\":\"d\"}"),
                 core::ErrorCode::UnsupportedVersion);
        QCOMPARE(loadError(f, "{\"version\":1," + classes + "}"), core::ErrorCode::InvalidContent);
        QCOMPARE(loadError(f, "{\"version\":1," + classes + ",\"data\":\"d\",\"colour\":1}"),
                 core::ErrorCode::InvalidContent);
        QCOMPARE(loadError(f, "{\"version\":1," + classes + ",\"data\":5}"),
                 core::ErrorCode::InvalidContent);
        QCOMPARE(loadError(f, "{\"version\":1," + classes + ",\"data\":\"d\",\"layout\":\"coco\"}"),
                 core::ErrorCode::InvalidContent);
        fs::remove(f / "project.json");
        QVERIFY_THROWS_EXCEPTION(core::Error, core::loadProject(f));
    }

    void imageFolderProjectPicksUpPaintedMasks() {
        QTemporaryDir dir;
        const fs::path folder = test::toPath(dir.path()) / "照片 to label";
        fs::create_directories(folder);
        test::writeWithOpenCv(folder / "a.jpg", test::image(20, 10));
        test::writeWithOpenCv(folder / "b.png", test::image(20, 10));
        const core::Project p =
            core::createImageFolderProject(folder, core::ClassMap({"background", "object"}));
        QCOMPARE(core::loadProject(folder).layout.value(), core::DatasetLayout::ImageFolder);
        core::Dataset d = core::openProjectDataset(p);
        QCOMPARE(d.samples.size(), size_t(2));
        QVERIFY(!d.samples[0].hasMask() && !d.samples[1].hasMask());

        // Every image has its split from the start, so labelling one later keeps it.
        const core::Split splitOfB = d.samples[1].split;
        QVERIFY(splitOfB != core::Split::Unassigned &&
                d.samples[0].split != core::Split::Unassigned);

        // A mask painted into the project's masks folder belongs to its image.
        test::writeMask(p.masksRoot() / "b.png", cv::Mat(10, 20, CV_8UC1, cv::Scalar(1)));
        d = core::openProjectDataset(p);
        QCOMPARE(d.samples[1].mask, p.masksRoot() / "b.png");
        QCOMPARE(d.samples[1].split, splitOfB);
        QCOMPARE(int(core::loadSample(d, d.samples[1]).mask.at<uint8_t>(5, 5)), 1);
        QVERIFY(!d.samples[0].hasMask());

        // Twice, or on a folder without images: refused, naming the folder.
        QCOMPARE(
            test::errorCodeOf(
                [&] { core::createImageFolderProject(folder, core::ClassMap({"a"})); }, folder),
            core::ErrorCode::WriteFailed);
        const fs::path empty = test::toPath(dir.path()) / "empty";
        fs::create_directories(empty);
        QCOMPARE(test::errorCodeOf(
                     [&] { core::createImageFolderProject(empty, core::ClassMap({"a"})); }, empty),
                 core::ErrorCode::NotADataset);
        QVERIFY(!fs::exists(empty / "project.json"));
    }

    // Painting saves into the masks folder: a new project has it from the start, so the
    // first save of a mask works (it failed with "cannot open for writing").
    void newProjectsHaveTheirMasksFolder() {
        QTemporaryDir dir;
        const fs::path folder = test::toPath(dir.path()) / "images";
        fs::create_directories(folder);
        test::writeWithOpenCv(folder / "a.png", test::image(8, 6));
        const core::ClassMap classes({"background", "object"});
        const core::Project p = core::createImageFolderProject(folder, classes);
        QVERIFY(fs::is_directory(p.masksRoot()));
        QCOMPARE(p.masksRoot(), folder / "masks");

        core::SyntheticShapesOptions o;
        o.count = 4;
        o.width = o.height = 16;
        const auto demo = core::createDemoProject(test::toPath(dir.path()) / "demo", o);
        QVERIFY(demo && fs::is_directory(demo->masksRoot()));

        const fs::path voc = test::toPath(dir.path()) / "voc";
        test::writeWithOpenCv(voc / "JPEGImages" / "x.jpg", test::image(8, 6));
        test::writeMask(voc / "SegmentationClass" / "x.png", cv::Mat(6, 8, CV_8UC1, cv::Scalar(1)));
        const core::Project vocProject = core::createDatasetProject(voc);
        QVERIFY(fs::is_directory(vocProject.masksRoot()));
    }

    // A project whose data is its own folder ("data": ".") names its files without "/./".
    void samplePathsOfAProjectInItsDataFolderAreClean() {
        QTemporaryDir dir;
        const fs::path folder = test::toPath(dir.path()) / "photos";
        test::writeWithOpenCv(folder / "a.png", test::image(8, 6));
        const core::Project p = core::createImageFolderProject(folder, core::ClassMap({"a", "b"}));
        QCOMPARE(p.dataRoot(), folder);
        const core::Dataset d = core::openProjectDataset(core::loadProject(folder));
        QCOMPARE(d.samples.size(), size_t{1});
        QCOMPARE(core::pathToUtf8(d.samples[0].image), core::pathToUtf8(folder / "a.png"));
    }

    void demoProjectOpensAsADataset() {
        QTemporaryDir dir;
        core::SyntheticShapesOptions o;
        o.count = 20;
        o.width = o.height = 32;
        const auto project = core::createDemoProject(test::toPath(dir.path()) / "demo", o);
        QVERIFY(project.has_value());
        const core::Project loaded = core::loadProject(project->file());
        const core::Dataset d = core::openProjectDataset(loaded);
        QCOMPARE(d.samples.size(), size_t{20});
        int val = 0;
        for (const auto& s : d.samples) val += s.split == core::Split::Val;
        QCOMPARE(val, 4);
        QCOMPARE(d.classes.at(1).name, std::string("circle"));
    }

    void cancelledDemoWritesNoProjectFile() {
        QTemporaryDir dir;
        core::SyntheticShapesOptions o;
        o.count = 20;
        o.width = o.height = 16;
        const fs::path folder = test::toPath(dir.path()) / "demo";
        QVERIFY(!core::createDemoProject(folder, o, [](int done, int) { return done < 5; }));
        QVERIFY(!fs::exists(folder / "project.json"));
    }
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
