#include <QAction>
#include <QApplication>
#include <QFile>
#include <QListView>
#include <QMessageBox>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "core/annotate/mask_journal.h"
#include "core/annotate/mask_tools.h"
#include "core/data/image_pair.h"
#include "core/data/mask_io.h"
#include "core/project/project.h"
#include "support/gui_helpers.h"
#include "support/test_files.h"
#include "ui/annotate/annotator.h"
#include "ui/annotate/mask_canvas.h"
#include "ui/annotate/mask_document.h"
#include "ui/dataset_list_model.h"
#include "ui/main_window.h"

using namespace seg;
namespace fs = std::filesystem;

// Painting through the real window with simulated mouse events: exact mask pixels, undo
// and redo, fill, saving, recovery after a kill, and masks on disk that must not be touched.
class TestMaskPainting : public QObject {
    Q_OBJECT

    // A folder of two 120x90 images: left half dark, right half light (for the fill tool).
    static QString makeFolder(QTemporaryDir& dir) {
        for (const char* name : {"a.png", "b.png"}) {
            cv::Mat image(90, 120, CV_8UC3, cv::Scalar(40, 40, 40));
            image.colRange(60, 120).setTo(cv::Scalar(200, 200, 200));
            test::writeWithOpenCv(test::toPath(dir.path()) / name, image);
        }
        return dir.path();
    }

    // A shown 1280x800 window on a fresh image-folder project of `folder`.
    static bool openWindowOn(ui::MainWindow& w, const QString& folder) {
        w.resize(1280, 800);
        w.show();
        return QTest::qWaitForWindowExposed(&w) &&
               w.createImageFolderProject(folder, {"background", "object"});
    }

    // Where image point (x, y) is on the canvas, and the image pixel under a widget point.
    static QPoint widgetAt(ui::MaskCanvas* canvas, double x, double y) {
        return canvas->toWidget(QPointF(x, y)).toPoint();
    }
    static cv::Point pixelAt(ui::MaskCanvas* canvas, QPoint widget) {
        const QPointF p = canvas->toImage(widget);
        return cv::Point(int(std::floor(p.x())), int(std::floor(p.y())));
    }

    static cv::Mat maskOf(ui::MainWindow& w) { return w.canvas()->document()->mask().clone(); }

    // Drags the brush through widget points; returns the same stroke computed by core, from
    // the image coordinates the canvas maps those points to (midpoint smoothing included).
    static cv::Mat stroke(ui::MainWindow& w, const std::vector<QPoint>& path,
                          const cv::Mat& start) {
        ui::MaskCanvas* canvas = w.canvas();
        std::vector<cv::Point2f> p;
        for (const QPoint& q : path) {
            const QPointF i = canvas->toImage(q) - QPointF(0.5, 0.5);
            p.emplace_back(float(i.x()), float(i.y()));
        }
        cv::Mat expected = start.clone();
        const core::Brush brush = canvas->brush();
        const uint8_t value = uint8_t(canvas->currentClass());
        core::paintSegment(expected, p[0], p[0], brush, value);
        cv::Point2f drawn = p[0], raw = p[0];
        for (size_t i = 1; i < p.size(); ++i) {
            const cv::Point2f mid = (raw + p[i]) * 0.5f;
            core::paintSegment(expected, drawn, mid, brush, value);
            drawn = mid;
            raw = p[i];
        }
        core::paintSegment(expected, drawn, raw, brush, value);

        QTest::mousePress(canvas, Qt::LeftButton, {}, path.front());
        for (size_t i = 1; i < path.size(); ++i) QTest::mouseMove(canvas, path[i]);
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, path.back());
        return expected;
    }

private Q_SLOTS:
    void initTestCase() { qputenv("SEGSTUDIO_DATA_DIR", QByteArray("/nonexistent")); }

    void strokesUndoRedoFillAndSave() {
        QTemporaryDir dir;
        ui::MainWindow w;
        QVERIFY(openWindowOn(w, makeFolder(dir)));
        ui::MaskDocument* doc = w.canvas()->document();
        QVERIFY(doc->isOpen());
        const cv::Mat blank = maskOf(w);
        QCOMPARE(cv::countNonZero(blank != 255), 0);  // a new mask starts unlabelled

        w.canvas()->setCurrentClass(1);
        core::Brush brush{7.0f, core::BrushShape::Round};
        w.canvas()->setBrush(brush);
        const QPoint a = w.canvas()->toWidget(QPointF(10.5, 20.5)).toPoint();
        const cv::Mat expected = stroke(
            w,
            {a, a + QPoint(37, 5), a + QPoint(90, 60), a + QPoint(300, 80), a + QPoint(310, 200)},
            blank);
        const cv::Mat painted = maskOf(w);
        QVERIFY(cv::countNonZero(painted == 1) > 500);
        QVERIFY(test::sameMat(painted, expected));
        QCOMPARE(doc->undoStack()->count(), 1);  // one stroke, one step

        doc->undoStack()->undo();
        QVERIFY(test::sameMat(maskOf(w), blank));
        doc->undoStack()->redo();
        QVERIFY(test::sameMat(maskOf(w), painted));

        // Flood fill: the dark left half, unlabelled pixels only (the stroke stays).
        w.canvas()->setTool(ui::MaskCanvas::Tool::Fill);
        w.canvas()->setCurrentClass(2);
        core::PaintLock lock;
        lock.mode = core::PaintLock::Mode::UnlabelledOnly;
        w.canvas()->setLock(lock);
        QTest::mouseClick(w.canvas(), Qt::LeftButton, {},
                          w.canvas()->toWidget(QPointF(2.5, 80.5)).toPoint());
        const cv::Mat filled = maskOf(w);
        for (int y = 0; y < 90; ++y)
            for (int x = 0; x < 120; ++x) {
                const int before = painted.at<uint8_t>(y, x), after = filled.at<uint8_t>(y, x);
                QCOMPARE(after, before == 1 ? 1 : (x < 60 ? 2 : 255));
            }

        // Saving writes a palette PNG the project reads back, and marks the image labelled.
        QVERIFY(w.annotator()->saveNow());
        const fs::path file = doc->maskFile();
        QCOMPARE(file.parent_path().filename().string(), std::string("masks"));
        QVERIFY(test::sameMat(core::readMask(file), filled));
        QVERIFY(w.datasetModel()
                    ->data(w.datasetModel()->index(0), ui::DatasetListModel::LabelledRole)
                    .toBool());
        QVERIFY(!fs::exists(file.parent_path() / ".autosave" / "a.seg-journal"));
    }

    void shapeToolsPickerEraserAndReplace() {
        QTemporaryDir dir;
        ui::MainWindow w;
        QVERIFY(openWindowOn(w, makeFolder(dir)));
        ui::MaskCanvas* canvas = w.canvas();
        auto at = [&](double x, double y) { return widgetAt(canvas, x, y); };
        auto image = [&](QPoint widget) { return pixelAt(canvas, widget); };

        // Rectangle: every pixel between the two corners the mouse was on.
        canvas->setTool(ui::MaskCanvas::Tool::Rectangle);
        canvas->setCurrentClass(1);
        const QPoint r0 = at(10.5, 10.5), r1 = at(40.5, 30.5);
        QTest::mousePress(canvas, Qt::LeftButton, {}, r0);
        QTest::mouseMove(canvas, r1);
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, r1);
        const cv::Rect rect(image(r0), image(r1) + cv::Point(1, 1));
        QCOMPARE(cv::countNonZero(maskOf(w) == 1), rect.area());
        QCOMPARE(cv::countNonZero(maskOf(w)(rect) == 1), rect.area());

        // Polygon: clicked corners, closed by a double-click, as core fills it.
        canvas->setTool(ui::MaskCanvas::Tool::Polygon);
        canvas->setCurrentClass(2);
        const QPoint corners[] = {at(60.5, 10.5), at(110.5, 20.5), at(90.5, 80.5)};
        for (const QPoint& c : corners) QTest::mouseClick(canvas, Qt::LeftButton, {}, c);
        QTest::mouseDClick(canvas, Qt::LeftButton, {}, corners[2]);
        cv::Mat expected(90, 120, CV_8UC1, cv::Scalar(255));
        expected(rect).setTo(1);
        std::vector<cv::Point> polygon;
        for (const QPoint& c : corners) polygon.push_back(image(c));
        polygon.push_back(image(corners[2]));  // the double-click's press adds its point again
        core::fillPolygon(expected, polygon, 2);
        QVERIFY(test::sameMat(maskOf(w), expected));

        // Picker: Alt+click on the rectangle picks class 1.
        canvas->setCurrentClass(0);
        QTest::mouseClick(canvas, Qt::LeftButton, Qt::AltModifier, at(20.5, 20.5));
        QCOMPARE(canvas->currentClass(), 1);

        // Eraser: back to unlabelled under the stroke, nothing else.
        canvas->setTool(ui::MaskCanvas::Tool::Eraser);
        canvas->setBrush({5.0f, core::BrushShape::Square});
        const QPoint e = at(25.5, 20.5);
        QTest::mouseClick(canvas, Qt::LeftButton, {}, e);
        cv::Mat erased = expected.clone();
        core::paintSegment(
            erased, cv::Point2f(canvas->toImage(e).x() - 0.5f, canvas->toImage(e).y() - 0.5f),
            cv::Point2f(canvas->toImage(e).x() - 0.5f, canvas->toImage(e).y() - 0.5f),
            {5.0f, core::BrushShape::Square}, 255);
        QVERIFY(test::sameMat(maskOf(w), erased));

        // Replace class 2 by class 1, in one undoable step.
        const int steps = canvas->document()->undoStack()->count();
        w.annotator()->replaceClass(2, 1);
        QCOMPARE(cv::countNonZero(maskOf(w) == 2), 0);
        QCOMPARE(cv::countNonZero(maskOf(w) == 1),
                 cv::countNonZero(erased == 1) + cv::countNonZero(erased == 2));
        QCOMPARE(canvas->document()->undoStack()->count(), steps + 1);
        canvas->document()->undoStack()->undo();
        QVERIFY(test::sameMat(maskOf(w), erased));
    }

    // Lasso: the dragged outline, as core fills it; Escape drops a polygon in progress;
    // scissors around a bright disc fill the disc.
    void lassoEscapeAndScissors() {
        QTemporaryDir dir;
        cv::Mat picture(90, 120, CV_8UC3, cv::Scalar(30, 30, 30));
        cv::circle(picture, {60, 45}, 25, cv::Scalar(220, 220, 220), cv::FILLED);
        test::writeWithOpenCv(test::toPath(dir.path()) / "disc.png", picture);
        ui::MainWindow w;
        QVERIFY(openWindowOn(w, dir.path()));
        ui::MaskCanvas* canvas = w.canvas();
        auto at = [&](double x, double y) { return widgetAt(canvas, x, y); };
        auto image = [&](QPoint widget) { return pixelAt(canvas, widget); };

        canvas->setTool(ui::MaskCanvas::Tool::Lasso);
        canvas->setCurrentClass(1);
        const QPoint outline[] = {at(5.5, 5.5), at(30.5, 5.5), at(30.5, 25.5), at(5.5, 25.5)};
        QTest::mousePress(canvas, Qt::LeftButton, {}, outline[0]);
        for (int i = 1; i < 4; ++i) {
            QMouseEvent move(QEvent::MouseMove, QPointF(outline[i]),
                             canvas->mapToGlobal(QPointF(outline[i])), Qt::NoButton, Qt::LeftButton,
                             Qt::NoModifier);
            QApplication::sendEvent(canvas, &move);
        }
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, outline[3]);
        cv::Mat expected(90, 120, CV_8UC1, cv::Scalar(255));
        std::vector<cv::Point> polygon;
        for (const QPoint& p : outline) polygon.push_back(image(p));
        core::fillPolygon(expected, polygon, 1);
        QVERIFY(test::sameMat(maskOf(w), expected));

        canvas->setTool(ui::MaskCanvas::Tool::Polygon);
        for (const QPoint& p : {at(60.5, 60.5), at(80.5, 60.5), at(70.5, 80.5)})
            QTest::mouseClick(canvas, Qt::LeftButton, {}, p);
        QTest::keyClick(canvas, Qt::Key_Escape);
        QTest::keyClick(canvas, Qt::Key_Return);  // nothing left to close
        QVERIFY(test::sameMat(maskOf(w), expected));

        canvas->document()->undoStack()->undo();
        canvas->setTool(ui::MaskCanvas::Tool::Scissors);
        for (const QPoint& p : {at(60.5, 20.5), at(85.5, 45.5), at(60.5, 70.5), at(35.5, 45.5)})
            QTest::mouseClick(canvas, Qt::LeftButton, {}, p);
        QTest::mouseDClick(canvas, Qt::LeftButton, {}, at(35.5, 45.5));
        // The edge maps are built on a worker: the clicks wait their turn, then it fills.
        QTRY_VERIFY_WITH_TIMEOUT(cv::countNonZero(maskOf(w) == 1) > 0, 30000);
        cv::Mat disc(90, 120, CV_8UC1, cv::Scalar(0));
        cv::circle(disc, {60, 45}, 25, cv::Scalar(255), cv::FILLED);
        const cv::Mat filled = maskOf(w) == 1;
        const double iou =
            double(cv::countNonZero(filled & disc)) / cv::countNonZero(filled | disc);
        // 0.97 here; a boundary closed by a straight chord instead of along the edge: 0.90.
        QVERIFY2(iou > 0.94, qPrintable(QString::number(iou)));
    }

    // The autosave writes a copy of the mask on the saver's thread; what is painted
    // meanwhile stays unsaved and journalled, and leaving the image saves it in the
    // background too.
    void autosaveWritesInTheBackground() {
        QTemporaryDir dir;
        const QString folder = makeFolder(dir);
        ui::MainWindow w;
        QVERIFY(openWindowOn(w, folder));
        ui::MaskDocument* doc = w.canvas()->document();
        w.canvas()->setCurrentClass(1);
        const QPoint a = w.canvas()->toWidget(QPointF(10.5, 10.5)).toPoint();
        const cv::Mat first = stroke(w, {a, a + QPoint(60, 20)}, maskOf(w));
        QSignalSpy saved(w.annotator(), &ui::Annotator::saved);
        QVERIFY(w.annotator()->saveInBackground());
        const cv::Mat second = stroke(w, {a + QPoint(0, 120), a + QPoint(90, 130)}, first);
        QVERIFY(saved.wait(10000));
        const fs::path file = doc->maskFile();
        QVERIFY(test::sameMat(core::readMask(file), first));  // the copy taken at the save
        QVERIFY(doc->isModified());                           // the second stroke is not saved
        QVERIFY(!fs::exists(core::MaskJournal::sealedFileFor(file)));
        // A kill now: the journal gives the second stroke back.
        const auto reopened =
            ui::MaskDocument::load(test::toPath(folder) / "a.png", {}, file, doc->classes());
        QVERIFY(test::sameMat(reopened.mask, second));
        QVERIFY(reopened.recovered > 0);  // its segments

        // Opening the next image saves this one in the background.
        w.sampleList()->setCurrentIndex(w.sampleList()->model()->index(1, 0));
        QTRY_COMPARE(w.annotator()->sampleId(), QStringLiteral("b"));
        w.annotator()->finishSaves();
        QVERIFY(test::sameMat(core::readMask(file), second));
        QVERIFY(!core::MaskJournal::exists(file));

        // Back and forth at once: the image opens while its save may still be queued. It
        // waits for the save (its journals are not edits recovered from a crash).
        const cv::Mat third = stroke(w, {a, a + QPoint(40, 90)}, maskOf(w));
        w.sampleList()->setCurrentIndex(w.sampleList()->model()->index(0, 0));
        w.sampleList()->setCurrentIndex(w.sampleList()->model()->index(1, 0));
        QCOMPARE(w.annotator()->sampleId(), QStringLiteral("b"));
        QCOMPARE(doc->recoveredRecords(), 0);
        QVERIFY(test::sameMat(maskOf(w), third));
        w.annotator()->finishSaves();
        QVERIFY(test::sameMat(core::readMask(file.parent_path() / "b.png"), third));
    }

    void aKilledSessionComesBack() {
        QTemporaryDir dir;
        const QString folder = makeFolder(dir);
        cv::Mat painted;
        {
            auto* w = new ui::MainWindow;
            w->resize(1000, 700);
            w->show();
            QVERIFY(QTest::qWaitForWindowExposed(w));
            QVERIFY(w->createImageFolderProject(folder, {"background", "object"}));
            w->canvas()->setCurrentClass(1);
            const QPoint a = w->canvas()->toWidget(QPointF(30.5, 30.5)).toPoint();
            // Mid-stroke: pressed and moved, never released, never saved.
            QTest::mousePress(w->canvas(), Qt::LeftButton, {}, a);
            QTest::mouseMove(w->canvas(), a + QPoint(120, 40));
            painted = maskOf(*w);
            QVERIFY(cv::countNonZero(painted == 1) > 100);
            // The process dies: no close event, no save. (The object is leaked on purpose,
            // as a killed process frees nothing either; only its journal is on disk.)
            w->hide();
        }
        QVERIFY(!fs::exists(test::toPath(folder) / "masks" / "a.png"));

        // The next start says which images had unsaved edits and recovers them at once, so
        // that class counts and training see them.
        ui::MainWindow w;
        w.show();
        QVERIFY(w.openProject(folder));
        QMessageBox* notice = test::visibleMessage(w);
        QVERIFY(notice);
        QVERIFY2(notice->text().contains(QStringLiteral("a")), qPrintable(notice->text()));
        notice->close();
        const fs::path file = test::toPath(folder) / "masks" / "a.png";
        QVERIFY(test::sameMat(core::readMask(file), painted));
        QVERIFY(!fs::exists(test::toPath(folder) / "masks" / ".autosave" / "a.seg-journal"));
        // The recovery is a step in History: Undo takes it back (and that is saved too).
        ui::MaskDocument* doc = w.canvas()->document();
        QVERIFY(test::sameMat(maskOf(w), painted));
        QCOMPARE(doc->undoStack()->count(), 1);
        QCOMPARE(doc->undoStack()->text(0), QStringLiteral("Recovered unsaved edits"));
        doc->undoStack()->undo();
        QCOMPARE(cv::countNonZero(maskOf(w) != 255), 0);
        doc->undoStack()->redo();
        QVERIFY(test::sameMat(maskOf(w), painted));
    }

    void aBadMaskOnDiskIsReportedAndKept() {
        QTemporaryDir dir;
        const QString folder = makeFolder(dir);
        core::createImageFolderProject(test::toPath(folder), core::ClassMap({"bg", "thing"}));
        const fs::path bad = test::toPath(folder) / "masks" / "a.png";
        test::writeMask(bad, cv::Mat(10, 10, CV_8UC1, cv::Scalar(1)));  // another size
        const std::string before = test::readBytes(bad);

        ui::MainWindow w;
        w.show();
        QVERIFY(w.openProject(folder));
        ui::MaskDocument* doc = w.canvas()->document();
        QVERIFY(doc->isReadOnly());
        QMessageBox* box = test::visibleMessage(w);
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("a.png")), qPrintable(box->text()));
        box->close();
        const QPoint p = w.canvas()->toWidget(QPointF(40.5, 40.5)).toPoint();
        QTest::mousePress(w.canvas(), Qt::LeftButton, {}, p);
        QTest::mouseRelease(w.canvas(), Qt::LeftButton, {}, p);
        QCOMPARE(doc->undoStack()->count(), 0);
        QVERIFY(w.annotator()->saveNow());  // nothing to save
        QCOMPARE(test::readBytes(bad), before);
    }

    void assistedToolsFindTheObject() {
        // A bright disc on a dark background, and its true mask.
        QTemporaryDir dir;
        cv::Mat image(90, 120, CV_8UC3, cv::Scalar(30, 40, 50));
        cv::circle(image, {60, 45}, 25, cv::Scalar(210, 200, 190), cv::FILLED);
        cv::Mat noise(image.size(), CV_8UC3);
        cv::randu(noise, 0, 10);
        image += noise;
        test::writeWithOpenCv(test::toPath(dir.path()) / "disc.png", image);
        cv::Mat disc(90, 120, CV_8UC1, cv::Scalar(0));
        cv::circle(disc, {60, 45}, 25, cv::Scalar(255), cv::FILLED);
        auto iou = [&](const cv::Mat& m) {
            return double(cv::countNonZero((m == 1) & disc)) / cv::countNonZero((m == 1) | disc);
        };

        ui::MainWindow w;
        QVERIFY(openWindowOn(w, dir.path()));
        ui::MaskCanvas* canvas = w.canvas();
        ui::MaskDocument* doc = canvas->document();
        canvas->setCurrentClass(1);

        // GrabCut from a box dragged around the disc.
        canvas->setTool(ui::MaskCanvas::Tool::GrabCut);
        const QPoint from = canvas->toWidget(QPointF(31, 16)).toPoint(),
                     to = canvas->toWidget(QPointF(90, 75)).toPoint();
        QSignalSpy grabCutDone(canvas, &ui::MaskCanvas::assistFinished);
        QTest::mousePress(canvas, Qt::LeftButton, {}, from);
        QTest::mouseMove(canvas, to);
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, to);
        QVERIFY(grabCutDone.wait(30000));  // computed off the GUI thread
        QVERIFY2(iou(maskOf(w)) > 0.85, qPrintable(QString::number(iou(maskOf(w)))));
        doc->undoStack()->undo();

        // Scribbles, then grow them to the edges (watershed).
        canvas->setTool(ui::MaskCanvas::Tool::Brush);
        canvas->setBrush({3.0f, core::BrushShape::Round});
        stroke(w,
               {canvas->toWidget(QPointF(55, 45)).toPoint(),
                canvas->toWidget(QPointF(65, 45)).toPoint()},
               maskOf(w));
        canvas->setCurrentClass(0);
        stroke(w,
               {canvas->toWidget(QPointF(5, 5)).toPoint(),
                canvas->toWidget(QPointF(110, 5)).toPoint()},
               maskOf(w));
        QSignalSpy grown(w.annotator(), &ui::Annotator::labelsGrown);
        w.annotator()->growLabels();
        QVERIFY(grown.wait(30000));
        QCOMPARE(cv::countNonZero(maskOf(w) == 255), 0);
        QVERIFY2(iou(maskOf(w)) > 0.9, qPrintable(QString::number(iou(maskOf(w)))));

        // A superpixel click fills a patch inside the disc only.
        doc->undoStack()->undo();
        const cv::Mat before = maskOf(w);
        canvas->setTool(ui::MaskCanvas::Tool::Superpixel);
        canvas->setCurrentClass(1);
        QSignalSpy superpixelsBuilt(canvas, &ui::MaskCanvas::assistFinished);
        QTest::mouseClick(canvas, Qt::LeftButton, {},
                          canvas->toWidget(QPointF(50.5, 50.5)).toPoint());
        QVERIFY(superpixelsBuilt.wait(30000));  // built off the GUI thread, then filled
        const cv::Mat added = (maskOf(w) == 1) & (before != 1);
        QVERIFY(cv::countNonZero(added) > 10);
        QCOMPARE(cv::countNonZero(added & ~disc), 0);
    }

    // A change pair opens with both images: the before image on screen, the after image
    // one toggle away (the tools then read it), both stacked for a model, and the dataset's
    // 0/255 change label read as classes 0 and 1, not as 255 = ignored. An after image of
    // another size is refused, naming it.
    void aChangePairOpensWithBothImagesAndItsLabel() {
        QTemporaryDir dir;
        const fs::path root = test::toPath(dir.path());
        const cv::Mat before = test::image(40, 30);
        const cv::Mat after(30, 40, CV_8UC3, cv::Scalar(10, 20, 200));
        cv::Mat label(30, 40, CV_8UC1, cv::Scalar(0));
        label(cv::Rect(5, 5, 10, 10)).setTo(255);
        test::writeWithOpenCv(root / "A.png", before);
        test::writeWithOpenCv(root / "B.png", after);
        test::writeWithOpenCv(root / "label.png", label);
        const core::ClassMap classes({"unchanged", "change"});
        const ui::MaskDocument::Source pair{root / "A.png", root / "B.png", root / "label.png",
                                            core::MaskEncoding::Change};
        ui::MaskDocument doc;
        QString error;
        QVERIFY2(doc.adopt(ui::MaskDocument::load(pair, root / "masks" / "A.png", classes), &error),
                 qPrintable(error));
        QVERIFY(doc.hasAfterImage());
        QCOMPARE(int(doc.mask().at<uchar>(7, 7)), 1);
        QCOMPARE(int(doc.mask().at<uchar>(25, 30)), 0);
        QVERIFY(test::sameMat(doc.imageBgr(), before));
        const cv::Mat input = doc.modelInput();
        QCOMPARE(input.channels(), 6);
        QVERIFY(test::sameMat(core::splitPair(input).second, after));

        QSignalSpy flipped(&doc, &ui::MaskDocument::shownImageChanged);
        doc.setShowsAfterImage(true);
        QCOMPARE(flipped.count(), 1);
        QVERIFY(doc.showsAfterImage());
        QVERIFY(test::sameMat(doc.imageBgr(), after));
        QCOMPARE(doc.image().pixel(0, 0), qRgb(200, 20, 10));
        QCOMPARE(doc.modelInput().channels(), 6);  // the model still takes both, in order
        QVERIFY(test::sameMat(core::splitPair(doc.modelInput()).first, before));
        doc.setShowsAfterImage(false);
        QVERIFY(test::sameMat(doc.imageBgr(), before));

        test::writeWithOpenCv(root / "B.png", cv::Mat(20, 40, CV_8UC3, cv::Scalar(0, 0, 0)));
        const auto refused = ui::MaskDocument::load(pair, root / "masks" / "A.png", classes);
        QVERIFY2(refused.error.contains(QStringLiteral("B.png")), qPrintable(refused.error));
    }

    // The mask on screen is the mask being edited, even after someone kept a copy of the
    // shown image and the opacity changed (which detaches the shown image from that copy).
    void theShownMaskStaysTheEditedMask() {
        ui::MaskDocument doc;
        QTemporaryDir dir;
        test::writeWithOpenCv(test::toPath(dir.path()) / "a.png", test::image(40, 30));
        QString error;
        QVERIFY(doc.open(test::toPath(dir.path()) / "a.png", {},
                         test::toPath(dir.path()) / "masks" / "a.png", core::ClassMap({"bg", "a"}),
                         &error));
        const QImage kept = doc.maskImage();  // a shallow copy, sharing the pixels
        doc.setOpacity(0.3);
        doc.commit(core::paintSegment(doc.mask(), {5, 5}, {30, 20}, {5.0f}, 1),
                   QStringLiteral("stroke"));
        QCOMPARE(doc.maskImage().pixelIndex(5, 5), 1);
        QCOMPARE(kept.pixelIndex(5, 5), 255);  // the copy is not painted on
    }

    void undoHistoryStaysWithinItsBudget() {
        ui::MaskDocument doc;
        QTemporaryDir dir;
        test::writeWithOpenCv(test::toPath(dir.path()) / "big.png",
                              cv::Mat(2000, 2000, CV_8UC3, cv::Scalar(0, 0, 0)));
        QString error;
        QVERIFY(doc.open(test::toPath(dir.path()) / "big.png", {},
                         test::toPath(dir.path()) / "masks" / "big.png",
                         core::ClassMap({"bg", "a"}), &error));
        doc.setUndoBudget(size_t(4) << 20);
        std::vector<cv::Mat> states{doc.mask().clone()};
        for (int i = 0; i < 60; ++i) {
            const float y = float(i * 33 % 2000);
            doc.commit(
                core::paintSegment(doc.mask(), {0, y}, {1999, 1999 - y}, {9.0f}, uint8_t(i % 2)),
                QStringLiteral("stroke"));
            states.push_back(doc.mask().clone());
        }
        QVERIFY(doc.undoBytes() <= size_t(4) << 20);
        const int kept = doc.undoStack()->count();
        QVERIFY2(kept >= 5 && kept < 60, qPrintable(QString::number(kept)));
        // The steps kept undo exactly, newest first.
        for (int i = 0; i < kept; ++i) {
            doc.undoStack()->undo();
            QVERIFY(test::sameMat(doc.mask(), states[states.size() - 2 - size_t(i)]));
        }
        QVERIFY(!doc.undoStack()->canUndo());
    }
};

QTEST_MAIN(TestMaskPainting)
#include "tst_mask_painting.moc"
