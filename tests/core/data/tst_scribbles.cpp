#include <QTemporaryDir>
#include <QTest>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include "core/common/error.h"
#include "core/data/mask_io.h"
#include "core/data/synthetic_scribbles.h"
#include "core/data/synthetic_shapes.h"
#include "core/project/project.h"
#include "core/project/scribble_project.h"
#include "support/test_files.h"

using namespace seg;
namespace fs = std::filesystem;

namespace {

constexpr uint8_t kIgnore = 255;

cv::Mat demoMask(int index) {
    core::SyntheticShapesOptions options;
    options.width = options.height = 128;
    return core::generateShapesSample(options, index).mask;
}

int labelled(const cv::Mat& scribbles) {
    return static_cast<int>(scribbles.total()) - cv::countNonZero(scribbles == kIgnore);
}

}  // namespace

// Scribbles made from complete masks (to measure what sparse labels train).
class TestScribbles : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    core::Project freshProject(const std::string& name) {
        core::SyntheticShapesOptions options;
        options.count = 10;
        options.width = options.height = 48;
        return *core::createDemoProject(test::toPath(m_dir.path()) / name, options);
    }

private Q_SLOTS:
    // Every scribbled pixel carries its true class, every object and the background get
    // some, and the share asked for is reached (not by much more).
    void strokesStayInsideTheirRegionsAndReachTheShare_data() {
        QTest::addColumn<double>("fraction");
        QTest::newRow("2%") << 0.02;
        QTest::newRow("5%") << 0.05;
        QTest::newRow("10%") << 0.10;
    }
    void strokesStayInsideTheirRegionsAndReachTheShare() {
        QFETCH(double, fraction);
        core::ScribbleOptions options;
        options.fraction = fraction;
        for (int i = 0; i < 8; ++i) {
            const cv::Mat mask = demoMask(i);
            const auto s = core::scribblesFromMask(mask, kIgnore, options, i);
            QCOMPARE(s.mask.size(), mask.size());
            const cv::Mat scribbled = s.mask != kIgnore;
            QCOMPARE(cv::countNonZero((s.mask != mask) & scribbled), 0);
            QCOMPARE(s.labelledFraction, double(labelled(s.mask)) / double(mask.total()));
            QVERIFY2(s.labelledFraction >= fraction, qPrintable(QString::number(s.labelledFraction)));
            QVERIFY2(s.labelledFraction < 2.5 * fraction,
                     qPrintable(QString::number(s.labelledFraction)));
            for (int cls = 0; cls <= 4; ++cls)
                if (cv::countNonZero(mask == cls) > 0)
                    QVERIFY2(cv::countNonZero(s.mask == cls) > 0, qPrintable(QString::number(cls)));
        }
    }

    // Every object of a class gets its own stroke, not only the class; thin and curved ones
    // too, whatever the seed.
    void everyObjectIsCrossed() {
        cv::Mat mask(64, 64, CV_8UC1, cv::Scalar(0));
        mask(cv::Rect(4, 4, 12, 12)).setTo(1);
        mask(cv::Rect(40, 40, 14, 10)).setTo(1);
        mask(cv::Rect(40, 4, 3, 3)).setTo(2);  // too small for a wide stroke
        cv::ellipse(mask, {20, 44}, {14, 14}, 0, 200, 340, cv::Scalar(3), 2);  // an arc, a "U"
        for (uint64_t seed = 1; seed <= 5; ++seed) {
            const auto s = core::scribblesFromMask(mask, kIgnore, {0.1, 2, seed}, 0);
            QVERIFY(cv::countNonZero(s.mask(cv::Rect(4, 4, 12, 12)) == 1) > 0);
            QVERIFY(cv::countNonZero(s.mask(cv::Rect(40, 40, 14, 10)) == 1) > 0);
            QVERIFY(cv::countNonZero(s.mask(cv::Rect(40, 4, 3, 3)) == 2) > 0);
            QVERIFY(cv::countNonZero(s.mask == 3) > 0);
            QCOMPARE(cv::countNonZero((s.mask != mask) & (s.mask != kIgnore)), 0);
            QVERIFY(s.strokeWidth > 1);
        }
    }

    void unlabelledPixelsStayUnlabelled() {
        cv::Mat mask = demoMask(3);
        mask(cv::Rect(0, 0, 128, 40)).setTo(kIgnore);
        const auto s = core::scribblesFromMask(mask, kIgnore, {}, 3);
        QCOMPARE(cv::countNonZero(s.mask(cv::Rect(0, 0, 128, 40)) != kIgnore), 0);
        QVERIFY(labelled(s.mask) > 0);
    }

    void theSameSeedGivesTheSameScribbles() {
        const cv::Mat mask = demoMask(5);
        const auto a = core::scribblesFromMask(mask, kIgnore, {0.05, 3, 7}, 5);
        const auto b = core::scribblesFromMask(mask, kIgnore, {0.05, 3, 7}, 5);
        const auto c = core::scribblesFromMask(mask, kIgnore, {0.05, 3, 8}, 5);
        QCOMPARE(cv::countNonZero(a.mask != b.mask), 0);
        QVERIFY(cv::countNonZero(a.mask != c.mask) > 0);
    }

    void badInputIsRefused() {
        const auto code = [](auto call) {
            return test::errorCodeOf(call, fs::path());
        };
        QCOMPARE(code([] { core::scribblesFromMask(cv::Mat(), kIgnore, {}, 0); }),
                 core::ErrorCode::InvalidArgument);
        QCOMPARE(code([] { core::scribblesFromMask(cv::Mat(8, 8, CV_8UC3), kIgnore, {}, 0); }),
                 core::ErrorCode::InvalidArgument);
        QCOMPARE(code([] { core::scribblesFromMask(cv::Mat(8, 8, CV_8UC1), kIgnore, {0.0}, 0); }),
                 core::ErrorCode::InvalidArgument);
    }

    // The project trains on scribbles and is scored on the whole truth.
    void aProjectsTrainingMasksBecomeScribbles() {
        const core::Project project = freshProject("scribbled");
        const auto report = core::scribbleTrainingMasks(project, {0.05, 3, 1});
        const core::Dataset dataset = core::openProjectDataset(project);
        int training = 0;
        for (const auto& sample : dataset.samples) {
            const cv::Mat mask = core::readSampleMask(dataset, sample);
            if (sample.split == core::Split::Train) {
                ++training;
                QVERIFY(sample.paintedMask);
                QVERIFY(labelled(mask) > 0);
                QVERIFY(labelled(mask) < int(mask.total()) / 3);
            } else {
                QVERIFY(!sample.paintedMask);
                QCOMPARE(labelled(mask), int(mask.total()));
            }
        }
        QVERIFY(training > 0);
        QCOMPARE(report.images, training);
        QVERIFY(report.labelledFraction >= 0.05 && report.labelledFraction < 0.15);
    }

    // A painted training mask stops it before anything is written.
    void paintedMasksAreNeverReplaced() {
        const core::Project project = freshProject("painted");
        const core::Dataset dataset = core::openProjectDataset(project);
        const core::Sample* firstTraining = nullptr;
        const core::Sample* lastTraining = nullptr;
        for (const auto& s : dataset.samples)
            if (s.split == core::Split::Train) {
                if (!firstTraining) firstTraining = &s;
                lastTraining = &s;
            }
        QVERIFY(firstTraining && lastTraining != firstTraining);
        const fs::path painted = project.masksRoot() / (lastTraining->id + ".png");
        const cv::Mat full = core::readSampleMask(dataset, *lastTraining);
        core::writeMask(painted, full, dataset.classes);
        QCOMPARE(test::errorCodeOf([&] { core::scribbleTrainingMasks(project, {}); }, painted),
                 core::ErrorCode::WriteFailed);
        QVERIFY(!fs::exists(project.masksRoot() / (firstTraining->id + ".png")));
        QCOMPARE(cv::countNonZero(core::readMask(painted) != full), 0);
    }
};

QTEST_GUILESS_MAIN(TestScribbles)
#include "tst_scribbles.moc"
