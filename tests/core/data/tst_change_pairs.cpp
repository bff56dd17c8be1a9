// Change detection's data: the synthetic pairs (the change mask marks exactly what changed,
// colour drift is no change), the LEVIR-CD layout and its variants, and pairs loaded as one
// 6-channel image.
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/core.hpp>

#include "core/data/dataset.h"
#include "core/data/image_io.h"
#include "core/data/image_pair.h"
#include "core/data/mask_census.h"
#include "core/data/mask_io.h"
#include "core/data/synthetic_changes.h"
#include "core/project/project.h"
#include "support/test_files.h"

using namespace seg;
namespace fs = std::filesystem;

class TestChangePairs : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    static int differingPixels(const cv::Mat& a, const cv::Mat& b, const cv::Mat& where) {
        cv::Mat diff;
        cv::absdiff(a, b, diff);
        cv::Mat any;
        cv::transform(diff, any, cv::Matx13f(1, 1, 1));
        return cv::countNonZero((any > 0) & where);
    }

    // `count` synthetic pairs of size x size, otherwise the defaults.
    static core::SyntheticChangesOptions pairOptions(int count, int size) {
        core::SyntheticChangesOptions options;
        options.count = count;
        options.width = options.height = size;
        return options;
    }
    static bool writePairs(const fs::path& folder, int count, int size) {
        return core::writeChangePairsDataset(folder, pairOptions(count, size));
    }

    // LEVIR-CD's train/, val/ and test/, but with before/, after/ and mask/ in each: five
    // pairs, a before image without its after image and so a label without its pair.
    static void writeSplitPairsWithOtherNames(const fs::path& root) {
        const cv::Mat image = test::image(24, 16);
        const cv::Mat label = cv::Mat::zeros(16, 24, CV_8UC1);
        for (const char* split : {"train", "val", "test"}) {
            for (const char* sub : {"before", "after", "mask"})
                fs::create_directories(root / split / sub);
            for (const char* id : {"1", "2"}) {
                const std::string name = std::string(split) + "_" + id + ".png";
                core::writeImagePng(root / split / "before" / name, image);
                if (std::string(split) != "test" || std::string(id) != "2")
                    core::writeImagePng(root / split / "after" / name, image);
                core::writeImagePng(root / split / "mask" / name, label);
            }
        }
    }
    static core::DatasetOptions otherNames() {
        core::DatasetOptions options;
        options.changeFolders = {"before", "after", "mask"};
        return options;
    }

private Q_SLOTS:
    // Without noise and drift, unchanged pixels are identical in both images and changed
    // pixels differ: the mask is exactly the change.
    void theMaskIsExactlyTheChange() {
        core::SyntheticChangesOptions options;
        options.noiseSigma = 0;
        options.colourDrift = 0;
        int changed = 0, pixels = 0;
        for (int i = 0; i < 20; ++i) {
            const auto pair = core::generateChangePair(options, i);
            QCOMPARE(pair.before.type(), CV_8UC3);
            QCOMPARE(pair.after.size(), pair.before.size());
            QCOMPARE(pair.change.type(), CV_8UC1);
            double lo = 0, hi = 0;
            cv::minMaxLoc(pair.change, &lo, &hi);
            QVERIFY(lo >= 0 && hi <= 1);
            QCOMPARE(differingPixels(pair.before, pair.after, pair.change == 0), 0);
            const int marked = cv::countNonZero(pair.change);
            QCOMPARE(differingPixels(pair.before, pair.after, pair.change == 1), marked);
            changed += marked;
            pixels += int(pair.change.total());
        }
        // Something changes in most pairs, and never the whole scene.
        QVERIFY2(changed > pixels / 50 && changed < pixels / 2,
                 qPrintable(QStringLiteral("%1 of %2").arg(changed).arg(pixels)));
    }

    void drawsAreRepeatableAndDriftChangesColoursOnly() {
        core::SyntheticChangesOptions options;
        const auto a = core::generateChangePair(options, 3),
                   b = core::generateChangePair(options, 3);
        QVERIFY(test::sameMat(a.before, b.before) && test::sameMat(a.after, b.after) &&
                test::sameMat(a.change, b.change));
        core::SyntheticChangesOptions still = options;
        still.colourDrift = 0;
        const auto c = core::generateChangePair(still, 3);
        QVERIFY(test::sameMat(a.change, c.change));  // the drift changes no label
        QVERIFY(!test::sameMat(a.after, c.after));
        options.colourDrift = 2;
        QVERIFY_THROWS_EXCEPTION(core::Error, core::generateChangePair(options, 0));
    }

    // Written in the LEVIR-CD layout, the pairs are found, labelled 0/255 on disk and read
    // as classes 0 and 1, each sample one 6-channel image: before, then after.
    void writtenPairsOpenAsAChangeDataset() {
        const fs::path folder = test::toPath(m_dir.path()) / "pairs";
        QVERIFY(writePairs(folder, 12, 40));
        const core::Dataset d = core::openDataset(folder);
        QCOMPARE(d.layout, core::DatasetLayout::ChangePairs);
        QCOMPARE(core::imagesPerSample(d), 2);
        QCOMPARE(d.samples.size(), size_t{12});
        QVERIFY(d.problems.empty());
        QCOMPARE(d.classes.names(), (std::vector<std::string>{"unchanged", "change"}));
        const core::Sample& s = d.samples[4];
        QVERIFY(s.isPair() && s.hasMask());
        QCOMPARE(s.image.parent_path().filename().string(), std::string("A"));
        QCOMPARE(s.after.parent_path().filename().string(), std::string("B"));
        cv::Mat onDisk = core::readImage(s.mask);
        double lo = 0, hi = 0;
        cv::minMaxLoc(onDisk.reshape(1), &lo, &hi);
        QCOMPARE(hi, 255.0);
        const core::LoadedSample loaded = core::loadSample(d, s);
        QCOMPARE(loaded.image.type(), CV_8UC(6));
        const auto [before, after] = core::splitPair(loaded.image);
        QVERIFY(test::sameMat(before, core::readImage(s.image)));
        QVERIFY(test::sameMat(after, core::readImage(s.after)));
        const auto expected = core::generateChangePair(pairOptions(12, 40), 4);
        QVERIFY(test::sameMat(loaded.mask, expected.change));
    }

    // LEVIR-CD's own layout: train/, val/ and test/ each with the three folders, here under
    // other names; a pair missing its after image is reported, the rest is read.
    void splitFoldersAndOtherNames() {
        const fs::path root = test::toPath(m_dir.path()) / "levir";
        writeSplitPairsWithOtherNames(root);
        const core::Dataset d = core::openDataset(root, otherNames());
        QCOMPARE(d.layout, core::DatasetLayout::ChangePairs);
        QCOMPARE(d.samples.size(), size_t{5});
        int train = 0, val = 0, test = 0;
        for (const auto& s : d.samples) {
            train += s.split == core::Split::Train;
            val += s.split == core::Split::Val;
            test += s.split == core::Split::Test;
        }
        QCOMPARE(train, 2);
        QCOMPARE(val, 2);
        QCOMPARE(test, 1);
        QCOMPARE(d.problems.size(), size_t{2});  // no after image; a label without its pair
        QVERIFY(d.problems[0].detail.find("after/") != std::string::npos);
        // Under the default names the folder is no dataset, and the message says what it
        // looked for.
        try {
            core::openDataset(root);
            QFAIL("opened without its folder names");
        } catch (const core::Error& e) {
            QVERIFY2(e.detail().find("A/ + B/ + label/") != std::string::npos, e.what());
        }
    }

    // A project made from such a dataset keeps its folder names in project.json and
    // reopens with all its pairs; a name that is a path is refused, naming the file.
    void aProjectKeepsItsChangeFolders() {
        const fs::path root = test::toPath(m_dir.path()) / "named folders";
        writeSplitPairsWithOtherNames(root);
        const core::Project made = core::createDatasetProject(root, otherNames());
        QVERIFY(made.changeFolders == otherNames().changeFolders);
        const core::Project loaded = core::loadProject(root);
        QVERIFY(loaded.changeFolders == otherNames().changeFolders);
        QCOMPARE(loaded.layout, core::DatasetLayout::ChangePairs);
        QCOMPARE(core::openProjectDataset(loaded).samples.size(), size_t{5});

        core::Project tampered = loaded;
        tampered.changeFolders.label = "../mask";
        test::writeBytes(root / "project.json", core::projectFileText(tampered));
        try {
            core::loadProject(root);
            QFAIL("a folder name that is a path was accepted");
        } catch (const core::Error& e) {
            QCOMPARE(e.code(), core::ErrorCode::InvalidContent);
            QCOMPARE(e.file(), root / "project.json");
            QVERIFY2(e.detail().find("change_folders.label") != std::string::npos, e.what());
        }
    }

    // In a project, a mask painted for a pair holds class indices (1 = change, 255 =
    // unlabelled) and is read as it is, while the dataset's own labels (0/255) still go
    // through the change encoding: training, evaluation and the class census all see the
    // painted change as change and its unlabelled pixels as ignored.
    void paintedMasksOfAChangeProjectAreClassIndices() {
        const fs::path folder = test::toPath(m_dir.path()) / "painted project";
        QVERIFY(writePairs(folder, 4, 32));
        core::Project project = core::createDatasetProject(folder);
        const core::Dataset before = core::openProjectDataset(project);
        const std::string painted = before.samples[0].id;
        cv::Mat mask(32, 32, CV_8UC1, cv::Scalar(255));
        mask(cv::Rect(0, 0, 10, 10)).setTo(1);
        mask(cv::Rect(10, 0, 10, 10)).setTo(0);
        fs::create_directories(project.masksRoot());
        core::writeMask(project.masksRoot() / (painted + ".png"), mask, project.classes);

        const core::Dataset dataset = core::openProjectDataset(project);
        QVERIFY(dataset.samples[0].paintedMask);
        QVERIFY(!dataset.samples[1].paintedMask);
        const core::LoadedSample loaded = core::loadSample(dataset, dataset.samples[0]);
        QVERIFY(test::sameMat(loaded.mask, mask));
        const core::LoadedSample other = core::loadSample(dataset, dataset.samples[1]);
        QVERIFY(test::sameMat(other.mask, core::loadSample(before, before.samples[1]).mask));

        const core::MaskCensus census = core::countMaskPixels(dataset);
        uint64_t datasetChange = 0;
        for (size_t i = 1; i < dataset.samples.size(); ++i)
            datasetChange +=
                uint64_t(cv::countNonZero(core::loadSample(dataset, dataset.samples[i]).mask == 1));
        QCOMPARE(census.classPixels[1], datasetChange + 100);
        QCOMPARE(census.ignorePixels, uint64_t(32 * 32 - 200));
    }

    void pairsOfTwoSizesAreRefused() {
        const fs::path root = test::toPath(m_dir.path()) / "sizes";
        fs::create_directories(root / "A");
        fs::create_directories(root / "B");
        core::writeImagePng(root / "A" / "x.png", test::image(24, 16));
        core::writeImagePng(root / "B" / "x.png", test::image(20, 16));
        const core::Dataset d = core::openDataset(root);
        try {
            core::loadSample(d, d.samples.at(0));
            QFAIL("loaded a pair of two sizes");
        } catch (const core::Error& e) {
            QCOMPARE(e.code(), core::ErrorCode::SizeMismatch);
            QVERIFY(e.file().filename() == "x.png");
            QVERIFY2(e.detail().find("20x16") != std::string::npos, e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestChangePairs)
#include "tst_change_pairs.moc"
