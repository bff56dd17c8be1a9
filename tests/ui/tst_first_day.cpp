#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QEnterEvent>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QWheelEvent>

#include <opencv2/core.hpp>

#include "core/data/mask_io.h"
#include "core/project/project.h"
#include "support/gui_helpers.h"
#include "support/test_files.h"
#include "ui/annotate/annotator.h"
#include "ui/annotate/mask_canvas.h"
#include "ui/annotate/mask_document.h"
#include "ui/annotate/model_assist.h"
#include "ui/app_identity.h"
#include "ui/charts/class_frequency_chart.h"
#include "ui/dataset_list_model.h"
#include "ui/main_window.h"
#include "ui/project/class_editor_dialog.h"
#include "ui/project/class_names_dialog.h"
#include "ui/training/training_panel.h"

using namespace seg;
namespace fs = std::filesystem;

// What a new user met on the first day, driven through the real window: the first edit of
// an image-folder project, saves that fail, class edits under unsaved strokes, the wheel
// over settings, digit keys, labelled images, the classes of a new project, settings and
// the last project, and a damaged checkpoint.
class TestFirstDay : public QObject {
    Q_OBJECT

    // A folder of two 120x90 images, a.png and b.png.
    static QString makeFolder(QTemporaryDir& dir) {
        for (const char* name : {"a.png", "b.png"})
            test::writeWithOpenCv(test::toPath(dir.path()) / name, test::image(120, 90));
        return dir.path();
    }

    static bool show(ui::MainWindow& w) {
        w.resize(1280, 800);
        w.show();
        w.activateWindow();
        if (QTest::qWaitForWindowActive(&w, 2000)) return true;
        // The offscreen platform can drop the request while a window hidden just before
        // (a "crashed" session's) gives up focus: ask once more.
        w.activateWindow();
        return QTest::qWaitForWindowActive(&w);
    }

    static cv::Mat maskOf(ui::MainWindow& w) { return w.canvas()->document()->mask().clone(); }

    static void selectRow(ui::MainWindow& w, int row) {
        w.sampleList()->setCurrentIndex(w.sampleList()->model()->index(row, 0));
    }

    // Drags the rectangle tool over image pixels [x0, x1) x [y0, y1) in class `cls`.
    static void dragRectangle(ui::MainWindow& w, int cls, QPoint from, QPoint to) {
        ui::MaskCanvas* canvas = w.canvas();
        canvas->setTool(ui::MaskCanvas::Tool::Rectangle);
        canvas->setCurrentClass(cls);
        const QPoint a = canvas->toWidget(QPointF(from) + QPointF(0.5, 0.5)).toPoint();
        const QPoint b = canvas->toWidget(QPointF(to) + QPointF(0.5, 0.5)).toPoint();
        QTest::mousePress(canvas, Qt::LeftButton, {}, a);
        QTest::mouseMove(canvas, b);
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, b);
    }

    static QWheelEvent wheelDown(QWidget* target) {
        const QPointF centre(target->width() / 2.0, target->height() / 2.0);
        return QWheelEvent(centre, target->mapToGlobal(centre), QPoint(), QPoint(0, -120),
                           Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    }

private Q_SLOTS:
    void initTestCase() { qputenv("SEGSTUDIO_DATA_DIR", QByteArray("/nonexistent")); }

    // The walk-through of the issue: image-folder project, first edit a rectangle, switch
    // image, quit, reopen: the rectangle is there.
    void theFirstEditOfAnImageFolderProjectIsKept() {
        QTemporaryDir dir;
        const QString folder = makeFolder(dir);
        cv::Mat painted;
        {
            ui::MainWindow w;
            QVERIFY(show(w));
            QVERIFY(w.createImageFolderProject(folder, {"background", "object"}));
            QVERIFY(fs::is_directory(test::toPath(folder) / "masks"));  // made with the project
            QCOMPARE(w.annotator()->sampleId(), QStringLiteral("a"));
            dragRectangle(w, 1, {10, 20}, {50, 60});
            painted = maskOf(w);
            QVERIFY(cv::countNonZero(painted == 1) > 1000);
            selectRow(w, 1);
            QCOMPARE(w.annotator()->sampleId(), QStringLiteral("b"));
            QVERIFY(w.close());
        }
        QVERIFY(test::sameMat(core::readMask(test::toPath(folder) / "masks" / "a.png"), painted));
        ui::MainWindow w;
        QVERIFY(show(w));
        QVERIFY(w.openProject(folder));
        QCOMPARE(w.annotator()->sampleId(), QStringLiteral("a"));
        QVERIFY(test::sameMat(maskOf(w), painted));
    }

    // A save that fails keeps the edit on screen: the image cannot be left until it saves.
    void aFailedSaveKeepsTheEditOnScreen() {
        QTemporaryDir dir;
        const QString folder = makeFolder(dir);
        ui::MainWindow w;
        QVERIFY(show(w));
        QVERIFY(w.createImageFolderProject(folder, {"background", "object"}));
        // The masks folder becomes a file: neither the mask nor its journal can be written.
        const fs::path masks = test::toPath(folder) / "masks";
        fs::remove_all(masks);
        test::writeBytes(masks, "not a folder");
        dragRectangle(w, 1, {5, 5}, {40, 30});
        const cv::Mat painted = maskOf(w);
        QVERIFY(cv::countNonZero(painted == 1) > 500);
        QVERIFY(!w.annotator()->saveNow());
        if (QMessageBox* box = test::visibleMessage(w)) {
            QVERIFY2(box->text().contains(QStringLiteral("a")), qPrintable(box->text()));
            box->close();
        }
        selectRow(w, 1);
        QTest::qWait(50);  // the list goes back to the open image on the next turn
        QCOMPARE(w.annotator()->sampleId(), QStringLiteral("a"));
        QVERIFY(test::sameMat(maskOf(w), painted));
        if (QMessageBox* box = test::visibleMessage(w)) box->close();

        // Once the folder can be written again, the edit saves.
        fs::remove(masks);
        QVERIFY(w.annotator()->saveNow());
        QVERIFY(test::sameMat(core::readMask(masks / "a.png"), painted));
    }

    // When only the mask cannot be written, its journal still holds the edit: the image
    // may be left, and the next start recovers the rectangle.
    void anEditWhoseSaveFailsIsInTheJournal() {
        QTemporaryDir dir;
        const QString folder = makeFolder(dir);
        const fs::path maskFile = test::toPath(folder) / "masks" / "a.png";
        cv::Mat painted;
        {
            auto* w = new ui::MainWindow;
            QVERIFY(show(*w));
            QVERIFY(w->createImageFolderProject(folder, {"background", "object"}));
            fs::create_directories(maskFile);  // a folder where the mask file should go
            dragRectangle(*w, 1, {30, 30}, {70, 60});
            painted = maskOf(*w);
            QVERIFY(!w->annotator()->saveNow());
            if (QMessageBox* box = test::visibleMessage(*w)) box->close();
            selectRow(*w, 1);  // allowed: the edit is safe in the journal
            QCOMPARE(w->annotator()->sampleId(), QStringLiteral("b"));
            if (QMessageBox* box = test::visibleMessage(*w)) box->close();
            w->hide();  // and the process dies (leaked on purpose: nothing runs at exit)
        }
        fs::remove(maskFile);
        ui::MainWindow w;
        QVERIFY(show(w));
        QVERIFY(w.openProject(folder));
        QVERIFY(test::sameMat(core::readMask(maskFile), painted));
    }

    // Edit Classes while strokes younger than the autosave delay are on screen: they are
    // saved first and remapped with the rest; nothing writes old indices afterwards.
    void classEditsRemapUnsavedStrokes() {
        QTemporaryDir dir;
        const QString folder = makeFolder(dir);
        ui::MainWindow w;
        QVERIFY(show(w));
        QVERIFY(w.createImageFolderProject(folder, {"background", "cat", "dog"}));
        dragRectangle(w, 1, {10, 10}, {40, 40});  // cat, not saved yet
        const cv::Mat cats = maskOf(w) == 1;
        QVERIFY(cv::countNonZero(cats) > 500);

        // The dialog: cat moves below dog, so cat becomes class 2.
        QTimer::singleShot(0, &w, [&w] {
            auto* dialog = w.findChild<ui::ClassEditorDialog*>();
            QVERIFY(dialog);
            dialog->table()->setCurrentCell(1, 1);
            dialog->moveCurrent(1);
            dialog->accept();
        });
        QSignalSpy opened(&w, &ui::MainWindow::projectOpened);
        w.findChild<QAction*>(QStringLiteral("editClassesAction"))->trigger();
        QVERIFY(opened.wait(30000));
        const fs::path file = test::toPath(folder) / "masks" / "a.png";
        cv::Mat onDisk = core::readMask(file);
        QCOMPARE(cv::countNonZero((onDisk == 2) != cats), 0);
        QVERIFY(!fs::exists(test::toPath(folder) / "masks" / ".autosave" / "a.seg-journal"));
        // Later than the autosave delay: still the remapped mask, on disk and on screen.
        QTest::qWait(ui::Annotator::kAutosaveMs + 500);
        onDisk = core::readMask(file);
        QCOMPARE(cv::countNonZero((onDisk == 2) != cats), 0);
        QCOMPARE(w.annotator()->sampleId(), QStringLiteral("a"));
        QCOMPARE(cv::countNonZero((maskOf(w) == 2) != cats), 0);
    }

    // The wheel over a settings panel scrolls it; it changes a box only when that box has
    // the keyboard focus.
    void theWheelChangesSettingsOnlyWhenFocused() {
        ui::MainWindow w;
        QVERIFY(show(w));
        ui::TrainingPanel* panel = w.trainingPanel();
        QComboBox* model = panel->modelBox();
        QSpinBox* epochs = panel->epochsBox();
        panel->window()->setFocus();
        const int modelBefore = model->currentIndex(), epochsBefore = epochs->value();
        for (QWidget* box : std::initializer_list<QWidget*>{model, epochs}) {
            QWheelEvent wheel = wheelDown(box);
            QApplication::sendEvent(box, &wheel);
        }
        QCOMPARE(model->currentIndex(), modelBefore);
        QCOMPARE(epochs->value(), epochsBefore);
        // Focused, the same wheel does change them (so the events above did arrive).
        model->setFocus();
        QWheelEvent onModel = wheelDown(model);
        QApplication::sendEvent(model, &onModel);
        QVERIFY(model->currentIndex() != modelBefore);
        epochs->setFocus();
        QWheelEvent onEpochs = wheelDown(epochs);
        QApplication::sendEvent(epochs, &onEpochs);
        QVERIFY(epochs->value() != epochsBefore);
    }

    // After the brush size is typed, digits pick classes again; so they do whenever the
    // pointer comes over the image.
    void digitKeysPickClassesAfterAnOptionIsEdited() {
        QTemporaryDir dir;
        ui::MainWindow w;
        QVERIFY(show(w));
        QVERIFY(w.createImageFolderProject(makeFolder(dir), {"background", "cat", "dog"}));
        auto* size = w.findChild<QSpinBox*>(QStringLiteral("brushSizeBox"));
        QVERIFY(size);
        size->setFocus();
        size->selectAll();
        QTest::keyClicks(size, QStringLiteral("12"));
        QTest::keyClick(size, Qt::Key_Return);
        QCOMPARE(size->value(), 12);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(w.canvas()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_3);
        QCOMPARE(w.canvas()->currentClass(), 2);
        QCOMPARE(size->value(), 12);

        size->setFocus();
        const QPointF centre(w.canvas()->width() / 2.0, w.canvas()->height() / 2.0);
        QEnterEvent enter(centre, centre, w.canvas()->mapToGlobal(centre));
        QApplication::sendEvent(w.canvas(), &enter);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(w.canvas()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_2);
        QCOMPARE(w.canvas()->currentClass(), 1);
        QCOMPARE(size->value(), 12);
    }

    // An image counts as labelled when a pixel of its mask has a class: a mask file that is
    // all unlabelled does not count, and erasing every label removes the file.
    void labelledMeansAPixelHasAClass() {
        QTemporaryDir dir;
        const QString folder = makeFolder(dir);
        core::createImageFolderProject(test::toPath(folder), core::ClassMap({"bg", "thing"}));
        test::writeMask(test::toPath(folder) / "masks" / "a.png",
                        cv::Mat(90, 120, CV_8UC1, cv::Scalar(255)));
        ui::MainWindow w;
        QVERIFY(show(w));
        QSignalSpy counted(w.classFrequencies(), &ui::ClassFrequencyChart::counted);
        QVERIFY(w.openProject(folder));
        QVERIFY(counted.wait(30000));
        QVERIFY(!w.datasetModel()->isLabelled(0));
        auto* filter = w.findChild<QComboBox*>();
        filter->setCurrentIndex(4);  // labelled
        QCOMPARE(w.sampleList()->model()->rowCount(), 0);
        filter->setCurrentIndex(0);

        selectRow(w, 0);
        dragRectangle(w, 1, {0, 0}, {20, 20});
        QVERIFY(w.annotator()->saveNow());
        QVERIFY(w.datasetModel()->isLabelled(0));
        w.canvas()->document()->undoStack()->undo();
        QVERIFY(w.annotator()->saveNow());
        QVERIFY(!w.datasetModel()->isLabelled(0));
        QVERIFY(!fs::exists(test::toPath(folder) / "masks" / "a.png"));
    }

    // New Project from Image Folder asks for the classes, starting from a labels.txt there.
    void aNewImageFolderProjectAsksForItsClasses() {
        QTemporaryDir dir;
        const QString folder = makeFolder(dir);
        test::writeBytes(test::toPath(folder) / "labels.txt", "background\ncat\ndog\n");
        ui::ClassNamesDialog dialog(folder);
        QCOMPARE(dialog.names(), QStringList({"background", "cat", "dog"}));
        QPushButton* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        dialog.editor()->setPlainText(QStringLiteral("background\n cat \n\ncat"));
        QVERIFY(!ok->isEnabled());  // a name twice
        dialog.editor()->setPlainText(QStringLiteral("  \n"));
        QVERIFY(!ok->isEnabled());  // no name
        dialog.editor()->setPlainText(QStringLiteral("background\n  fish \n\n"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.names(), QStringList({"background", "fish"}));

        ui::MainWindow w;
        QVERIFY(show(w));
        QVERIFY(w.createImageFolderProject(folder, dialog.names()));
        const core::Project project = core::loadProject(test::toPath(folder));
        QCOMPARE(project.classes.size(), 2);
        QCOMPARE(project.classes.at(1).name, std::string("fish"));
    }

    // Settings are SegStudio's own, and a start without arguments finds the last project.
    void theLastProjectReopensFromSettings() {
        ui::setApplicationIdentity();
        QVERIFY2(QSettings().fileName().endsWith(QStringLiteral("/SegStudio/SegStudio.conf")),
                 qPrintable(QSettings().fileName()));
        QTemporaryDir dir;
        const QString folder = makeFolder(dir);
        {
            ui::MainWindow w;
            QVERIFY(w.createImageFolderProject(folder, {"background", "object"}));
        }
        ui::MainWindow w;
        QCOMPARE(w.datasetModel()->rowCount(), 0);
        QVERIFY(w.reopenLastProject());
        QCOMPARE(w.datasetModel()->rowCount(), 2);
    }

    // At 1280x800 nothing important hides: no toolbar overflows, the training settings
    // need no horizontal scroll bar, and the Per-Class Results dock leaves the Images list
    // its height.
    void theWindowFitsAt1280x800() {
        QSettings().remove(QStringLiteral("window"));  // the first start's layout
        QTemporaryDir dir;
        ui::MainWindow w;
        QVERIFY(show(w));
        QVERIFY(w.createImageFolderProject(makeFolder(dir), {"background", "object"}));
        const int listHeight = w.sampleList()->height();
        w.findChild<QDockWidget*>(QStringLiteral("detailsDock"))->show();
        QTest::qWait(50);
        QCOMPARE(w.sampleList()->height(), listHeight);
        QVERIFY2(listHeight > 2 * ui::DatasetListModel::kThumbnailSize,
                 qPrintable(QString::number(listHeight)));
        for (auto* bar : w.findChildren<QToolBar*>()) {
            auto* overflow = bar->findChild<QToolButton*>(QStringLiteral("qt_toolbar_ext_button"));
            QVERIFY2(!overflow || !overflow->isVisible(), qPrintable(bar->objectName()));
        }
        auto* settings = w.trainingPanel()->findChild<QScrollArea*>();
        QVERIFY(settings);
        QVERIFY(!settings->horizontalScrollBar()->isVisible());
        QVERIFY(settings->widget()->width() >= settings->widget()->minimumSizeHint().width());
        test::screenshot(w, "layout_1280x800.png");
    }

    // A damaged checkpoint chosen for pre-labelling is a message naming it; the window goes on.
    void aDamagedCheckpointIsAMessage() {
        QTemporaryDir dir;
        const QString folder = makeFolder(dir);
        const fs::path checkpoint = test::toPath(dir.path()) / "last.pt";
        test::writeBytes(checkpoint, std::string("PK\x03\x04", 4) + std::string(3000, '\x7f'));
        ui::MainWindow w;
        QVERIFY(show(w));
        QVERIFY(w.createImageFolderProject(folder, {"background", "object"}));
        ui::ModelAssist* assist = w.annotator()->modelAssist();
        assist->setCheckpoint(checkpoint);
        QSignalSpy failed(assist, &ui::ModelAssist::failed);
        w.annotator()->prelabel();
        QVERIFY(failed.wait(30000));
        const QString message = failed.takeFirst().at(0).toString();
        QVERIFY2(message.contains(QStringLiteral("last.pt")), qPrintable(message));
        QVERIFY(!assist->isBusy());
        dragRectangle(w, 1, {0, 0}, {10, 10});  // painting goes on
        QVERIFY(cv::countNonZero(maskOf(w) == 1) > 50);
    }
};

QTEST_MAIN(TestFirstDay)
#include "tst_first_day.moc"
