#include <array>

#include <QTemporaryDir>
#include <QTest>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include "core/annotate/mask_journal.h"
#include "core/annotate/mask_tools.h"
#include "support/test_files.h"

using namespace seg;

// The painting tools on known masks: exact footprints, gap-free fast strokes, locks, fills,
// and patches that undo and redo bit-exactly while holding only what changed.
class TestMaskTools : public QObject {
    Q_OBJECT

    static cv::Mat unlabelled(int w, int h) { return cv::Mat(h, w, CV_8UC1, cv::Scalar(255)); }

    static int count(const cv::Mat& m, int value) { return cv::countNonZero(m == value); }

private Q_SLOTS:
    void roundStrokeHasTheBrushWidthAndNoMore() {
        cv::Mat m = unlabelled(64, 24);
        core::Brush brush{5.0f, core::BrushShape::Round};
        const auto patch = core::paintSegment(m, {10, 10}, {50, 10}, brush, 3);
        for (int x = 10; x <= 50; ++x)
            for (int y = 0; y < 24; ++y)
                QCOMPARE(int(m.at<uint8_t>(y, x)), (y >= 8 && y <= 12) ? 3 : 255);
        QCOMPARE(int(m.at<uint8_t>(10, 8)), 3);     // the round cap
        QCOMPARE(int(m.at<uint8_t>(10, 53)), 255);  // and no further
        QCOMPARE(int(m.at<uint8_t>(8, 8)), 255);    // a cap is round, not square
        QCOMPARE(patch.changedPixels(), size_t(count(m, 3)));
    }

    void squareBrushDabIsASquare() {
        cv::Mat m = unlabelled(20, 20);
        core::paintSegment(m, {10, 10}, {10, 10}, {5.0f, core::BrushShape::Square}, 1);
        QCOMPARE(count(m, 1), 25);
        QCOMPARE(int(m.at<uint8_t>(8, 8)), 1);
        QCOMPARE(int(m.at<uint8_t>(12, 12)), 1);
    }

    void fastDiagonalMoveLeavesNoGap() {
        cv::Mat m = unlabelled(120, 120);
        // Two mouse events 100 pixels apart, as a fast flick gives.
        core::paintSegment(m, {5, 5}, {105, 105}, {3.0f, core::BrushShape::Round}, 2);
        for (int i = 5; i <= 105; ++i) QCOMPARE(int(m.at<uint8_t>(i, i)), 2);
        // A 3-pixel brush is wider than an 8-connected line: the neighbours are painted too.
        for (int i = 5; i < 105; ++i) QCOMPARE(int(m.at<uint8_t>(i, i + 1)), 2);
        // Single-pixel brush: an 8-connected line with no holes either.
        cv::Mat thin = unlabelled(50, 50);
        core::paintSegment(thin, {0, 0}, {49, 20}, {1.0f, core::BrushShape::Round}, 4);
        for (int x = 0; x < 50; ++x) {
            int painted = 0;
            for (int y = 0; y < 50; ++y) painted += thin.at<uint8_t>(y, x) == 4;
            QCOMPARE(painted, 1);
        }
    }

    void lockKeepsOtherClasses() {
        cv::Mat m = unlabelled(30, 10);
        m.colRange(0, 15).setTo(2);
        core::PaintLock lock;
        lock.mode = core::PaintLock::Mode::UnlabelledOnly;
        core::fillRectangle(m, {0, 0, 30, 10}, 1, lock);
        QCOMPARE(count(m, 2), 150);
        QCOMPARE(count(m, 1), 150);
        lock.mode = core::PaintLock::Mode::ClassOnly;
        lock.lockedClass = 2;
        core::paintSegment(m, {0, 5}, {29, 5}, {3.0f, core::BrushShape::Square}, 3, lock);
        QCOMPARE(count(m, 1), 150);  // class 1 untouched
        QCOMPARE(count(m, 3), 45);   // 3 rows x 15 columns of class 2
    }

    void polygonFillMatchesOpenCv() {
        cv::Mat m = unlabelled(100, 100);
        const std::vector<cv::Point> triangle{{10, 10}, {90, 20}, {40, 85}};
        core::fillPolygon(m, triangle, 1);
        cv::Mat reference(100, 100, CV_8UC1, cv::Scalar(0));
        cv::fillPoly(reference, std::vector<std::vector<cv::Point>>{triangle}, cv::Scalar(1));
        QCOMPARE(count(m, 1), cv::countNonZero(reference));
    }

    void floodFillFollowsTheImageWithinTolerance() {
        cv::Mat image(40, 60, CV_8UC3, cv::Scalar(100, 100, 100));
        image.colRange(30, 60).setTo(cv::Scalar(150, 150, 150));
        cv::Mat noise(40, 60, CV_8UC3);
        cv::randu(noise, 0, 5);
        image += noise;
        cv::Mat m = unlabelled(60, 40);
        core::floodFill(m, image, {5, 5}, 10, 1);
        QCOMPARE(count(m, 1), 30 * 40);
        QCOMPARE(int(m.at<uint8_t>(20, 29)), 1);
        QCOMPARE(int(m.at<uint8_t>(20, 30)), 255);
        // Without an image: the connected pixels of the seed's class.
        cv::Mat classes = unlabelled(60, 40);
        classes.colRange(20, 22).setTo(1);
        core::floodFill(classes, cv::Mat(), {50, 5}, 0, 2);
        QCOMPARE(count(classes, 2), 38 * 40);
        QCOMPARE(count(classes, 255), 20 * 40);
    }

    void replaceAndFillUnlabelled() {
        cv::Mat m = test::mask({{0, 1, 255}, {1, 255, 2}});
        core::replaceClass(m, 1, 2);
        QVERIFY(test::sameMat(m, test::mask({{0, 2, 255}, {2, 255, 2}})));
        core::fillUnlabelled(m, 0);
        QVERIFY(test::sameMat(m, test::mask({{0, 2, 0}, {2, 0, 2}})));
    }

    // Accepting a prediction fills only unlabelled pixels, inside the box, of the class
    // asked for; undone in one step.
    void acceptingAPredictionKeepsWhatIsLabelled() {
        const cv::Mat start = test::mask({{0, 255, 255, 255}, {255, 1, 255, 255}});
        const cv::Mat predicted = test::mask({{1, 1, 2, 0}, {2, 2, 1, 1}});
        cv::Mat m = start.clone();
        const auto all = core::acceptPrediction(m, predicted, {0, 0, 4, 2}, 3, 255);
        QVERIFY(test::sameMat(m, test::mask({{0, 1, 2, 0}, {2, 1, 1, 1}})));
        all.applyBefore(m);
        QVERIFY(test::sameMat(m, start));
        core::acceptPrediction(m, predicted, {2, 0, 2, 2}, 3, 255);
        QVERIFY(test::sameMat(m, test::mask({{0, 255, 2, 0}, {255, 1, 1, 1}})));
        m = start.clone();
        core::acceptPrediction(m, predicted, {0, 0, 4, 2}, 3, 255, 2);
        QVERIFY(test::sameMat(m, test::mask({{0, 255, 2, 255}, {2, 1, 255, 255}})));
        QVERIFY_THROWS_EXCEPTION(core::Error,
                                 core::acceptPrediction(m, cv::Mat(1, 1, CV_8UC1), {}, 3, 255));
    }

    void patchesUndoAndRedoBitExactly() {
        cv::Mat m = unlabelled(300, 200);
        const cv::Mat start = m.clone();
        const auto a =
            core::paintSegment(m, {20, 20}, {280, 180}, {15.0f, core::BrushShape::Round}, 1);
        const cv::Mat afterA = m.clone();
        const auto b = core::fillRectangle(m, {100, 50, 80, 60}, 2);
        const cv::Mat afterB = m.clone();
        b.applyBefore(m);
        QVERIFY(test::sameMat(m, afterA));
        a.applyBefore(m);
        QVERIFY(test::sameMat(m, start));
        a.applyAfter(m);
        b.applyAfter(m);
        QVERIFY(test::sameMat(m, afterB));
        QVERIFY(core::fillRectangle(m, {100, 50, 80, 60}, 2).empty());  // no change, no patch
    }

    void journalReplaysEditsAndUndosAfterACrash() {
        QTemporaryDir dir;
        const auto file = test::toPath(dir.path()) / ".autosave" / "a.seg-journal";
        cv::Mat saved = unlabelled(100, 80);
        cv::Mat m = saved.clone();
        {
            core::MaskJournal journal(file, m.size());
            journal.append(core::paintSegment(m, {5, 5}, {90, 70}, {7.0f}, 1));
            const auto rect = core::fillRectangle(m, {10, 40, 30, 30}, 2);
            journal.append(rect);
            rect.applyBefore(m);  // undo
            journal.append(rect, false);
        }  // the process dies here: no save
        cv::Mat recovered = saved.clone();
        QCOMPARE(core::MaskJournal::replay(file, recovered), 3);
        QVERIFY(test::sameMat(recovered, m));

        // A record torn by the crash is left out; the ones before it still apply.
        const std::string bytes = test::readBytes(file);
        test::writeBytes(file, bytes.substr(0, bytes.size() - 7));
        recovered = saved.clone();
        QCOMPARE(core::MaskJournal::replay(file, recovered), 2);

        cv::Mat other = unlabelled(10, 10);
        QVERIFY_THROWS_EXCEPTION(core::Error, core::MaskJournal::replay(file, other));
        core::MaskJournal(file, m.size()).discard();
        QVERIFY(!std::filesystem::exists(file));
    }

    // After a crash the journal is continued: a torn last record is cut off first, or the
    // records appended behind it would never be replayed.
    void continuedJournalDropsItsTornRecord() {
        QTemporaryDir dir;
        const auto file = test::toPath(dir.path()) / ".autosave" / "a.seg-journal";
        const cv::Mat saved = unlabelled(100, 80);
        cv::Mat m = saved.clone();
        {
            core::MaskJournal journal(file, m.size());
            journal.append(core::paintSegment(m, {5, 5}, {50, 50}, {7.0f}, 1));
            journal.append(core::fillRectangle(m, {60, 10, 20, 20}, 2));
        }
        const std::string bytes = test::readBytes(file);
        test::writeBytes(file, bytes.substr(0, bytes.size() - 7));  // the kill
        core::fillRectangle(m, {60, 10, 20, 20}, 255);  // the torn edit is lost
        {
            core::MaskJournal journal(file, m.size());  // the image opened again
            journal.append(core::fillRectangle(m, {0, 60, 30, 20}, 1));
        }
        cv::Mat recovered = saved.clone();
        QCOMPARE(core::MaskJournal::replay(file, recovered), 2);
        QVERIFY(test::sameMat(recovered, m));
    }

    // A background save seals the journal; edits made meanwhile go to a new one, and a
    // second seal (the first save failed) appends to the sealed one. Replaying both onto the
    // old mask or the new one gives the edits.
    void sealedJournalsReplayBeforeTheCurrentOne() {
        QTemporaryDir dir;
        const auto maskFile = test::toPath(dir.path()) / "a.png";
        const cv::Mat saved = unlabelled(100, 80);
        cv::Mat m = saved.clone();
        auto edit = [&](cv::Rect r, int v) {
            core::MaskJournal journal(core::MaskJournal::fileFor(maskFile), m.size());
            journal.append(core::fillRectangle(m, r, uint8_t(v)));
        };
        edit({0, 0, 40, 40}, 1);
        core::MaskJournal::seal(maskFile);
        QVERIFY(!std::filesystem::exists(core::MaskJournal::fileFor(maskFile)));
        const cv::Mat snapshot = m.clone();
        edit({20, 20, 40, 40}, 2);
        core::MaskJournal::seal(maskFile);  // the first save failed: both are sealed now
        edit({30, 0, 10, 90}, 1);
        QVERIFY(core::MaskJournal::exists(maskFile));

        cv::Mat fromOld = saved.clone(), fromSnapshot = snapshot.clone();
        QCOMPARE(core::MaskJournal::replayAll(maskFile, fromOld), 3);
        QCOMPARE(core::MaskJournal::replayAll(maskFile, fromSnapshot), 3);
        QVERIFY(test::sameMat(fromOld, m));
        QVERIFY(test::sameMat(fromSnapshot, m));
        QCOMPARE(core::MaskJournal::maskSizeOf(maskFile), m.size());
        core::MaskJournal::discardAll(maskFile);
        QVERIFY(!core::MaskJournal::exists(maskFile));
    }

    void mergedSegmentsUndoTheWholeStroke() {
        cv::Mat m = unlabelled(200, 150);
        const cv::Mat start = m.clone();
        core::MaskPatch stroke;
        const core::Brush brush{11.0f, core::BrushShape::Round};
        const cv::Point2f points[] = {{10, 10}, {60, 40}, {70, 45}, {150, 120}, {20, 140}};
        for (size_t i = 1; i < std::size(points); ++i)
            stroke.merge(core::paintSegment(m, points[i - 1], points[i], brush, 1 + int(i % 2)));
        const cv::Mat end = m.clone();
        stroke.applyBefore(m);
        QVERIFY(test::sameMat(m, start));
        stroke.applyAfter(m);
        QVERIFY(test::sameMat(m, end));
    }

    void countChangesFollowEditsAndUndos() {
        cv::Mat m = unlabelled(300, 200);
        auto histogram = [](const cv::Mat& mask) {
            std::array<int64_t, 256> h{};
            for (int y = 0; y < mask.rows; ++y)
                for (int x = 0; x < mask.cols; ++x) ++h[mask.at<uint8_t>(y, x)];
            return h;
        };
        std::array<int64_t, 256> counts = histogram(m);
        const auto stroke = core::paintSegment(m, {10, 10}, {290, 150}, {21.0f}, 1);
        stroke.countChange(counts, true);
        const auto fill = core::fillRectangle(m, {0, 0, 300, 100}, 2);  // uniform tiles too
        fill.countChange(counts, true);
        QVERIFY(counts == histogram(m));
        fill.applyBefore(m);
        fill.countChange(counts, false);
        QVERIFY(counts == histogram(m));
    }

    void aDiagonalStrokeOnAHugeMaskStoresOnlyItsTiles() {
        cv::Mat m(8000, 8000, CV_8UC1, cv::Scalar(255));
        const auto patch =
            core::paintSegment(m, {0, 0}, {7999, 7999}, {40.0f, core::BrushShape::Round}, 1);
        // The stroke's bounding box is the whole mask (64 MB); its tiles are a sliver.
        QCOMPARE(patch.bounds(), cv::Rect(0, 0, 8000, 8000));
        QVERIFY2(patch.bytes() < 4u << 20, qPrintable(QString::number(patch.bytes())));
        patch.applyBefore(m);
        QCOMPARE(count(m, 255), 8000 * 8000);
    }
};

QTEST_GUILESS_MAIN(TestMaskTools)
#include "tst_mask_tools.moc"
