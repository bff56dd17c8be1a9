#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QListView>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <opencv2/core.hpp>

#include "core/data/synthetic_shapes.h"
#include "core/project/project.h"
#include "support/canvas_drag.h"
#include "support/gui_helpers.h"
#include "support/test_files.h"
#include "ui/annotate/annotator.h"
#include "ui/annotate/live_learning.h"
#include "ui/annotate/live_mode.h"
#include "ui/annotate/mask_canvas.h"
#include "ui/annotate/mask_document.h"
#include "ui/dataset_list_model.h"
#include "ui/sample_filter.h"
#include "ui/main_window.h"
#include "ui/training/runs_view.h"

using namespace seg;
namespace fs = std::filesystem;

// Live mode in the window: a network learns from the strokes as they are painted, its
// prediction shows under them, and becomes labels only when accepted.
class TestLiveMode : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    // A plain folder of eight 64x64 shape images, no masks: the user starts from nothing.
    QString makeImageFolder() {
        const fs::path folder = test::toPath(m_dir.path()) / "images";
        fs::create_directories(folder);
        core::SyntheticShapesOptions options;
        options.width = options.height = 64;
        options.noiseSigma = 0;
        for (int i = 0; i < 8; ++i)
            test::writeWithOpenCv(folder / ("img" + std::to_string(i) + ".png"),
                                  core::generateShapesSample(options, i).image);
        return QString::fromStdString(folder.u8string());
    }

    static core::LiveSettings tinySettings() {
        core::LiveSettings s;
        s.model.set("width", 4);
        s.cropSize = 32;
        s.batchSize = 2;
        s.threads = 1;
        return s;
    }

    // Opens the first training image of the project in the list.
    static QString openTrainingImage(ui::MainWindow& w, const QString& folder) {
        const core::Dataset dataset =
            core::openProjectDataset(core::loadProject(test::toPath(folder)));
        QString id;
        for (const auto& s : dataset.samples)
            if (s.split == core::Split::Train) {
                id = QString::fromStdString(s.id);
                break;
            }
        auto* list = w.findChild<QListView*>();
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            const QModelIndex index = list->model()->index(row, 0);
            if (index.data(ui::DatasetListModel::IdRole).toString() == id)
                list->setCurrentIndex(index);
        }
        return id;
    }

    // Shows `w` with an image-folder project of `folder` and opens its first training image:
    // that image's id, or an empty string when the window or the project did not come up.
    static QString openFolderAtTrainingImage(ui::MainWindow& w, const QString& folder) {
        w.resize(1280, 800);
        w.show();
        if (!QTest::qWaitForWindowExposed(&w) ||
            !w.createImageFolderProject(folder, {"background", "object"}))
            return {};
        return openTrainingImage(w, folder);
    }

    static int labelled(const cv::Mat& mask) {
        return static_cast<int>(mask.total()) - cv::countNonZero(mask == 255);
    }

private Q_SLOTS:
    void strokesTrainThePredictionWhichOnlyAcceptingWrites() {
        const QString folder = makeImageFolder();
        ui::MainWindow w;
        const QString id = openFolderAtTrainingImage(w, folder);
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(w.annotator()->sampleId(), id, 10000);
        ui::LiveMode* live = w.liveMode();
        live->setSettings(tinySettings());
        QVERIFY(live->toggleAction()->isEnabled());
        live->toggleAction()->trigger();
        QVERIFY(live->isOn());
        QTest::qWait(300);
        QCOMPARE(live->progress().iterations, int64_t{0});  // nothing painted, nothing learnt
        QVERIFY(!live->hasPrediction());

        // Two strokes, one per class: the next iterations train on them.
        ui::MaskCanvas* canvas = w.canvas();
        ui::MaskDocument* document = canvas->document();
        canvas->setCurrentClass(1);
        test::dragOnCanvas(canvas, {20, 30}, {44, 30});
        canvas->setCurrentClass(0);
        test::dragOnCanvas(canvas, {2, 2}, {2, 60});
        const int painted = labelled(document->mask());
        QVERIFY(painted > 0);
        QTRY_VERIFY_WITH_TIMEOUT(live->progress().iterations > 0, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(live->progress().labelledPixels, int64_t{painted}, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(live->hasPrediction(), 30000);
        QVERIFY(!canvas->livePrediction().empty());

        // Predictions never write the mask: it holds the two strokes and nothing else.
        const cv::Mat strokes = document->mask().clone();
        const int undoSteps = document->undoStack()->count();
        QTest::qWait(2 * ui::LiveLearning::kRefreshMs);
        QCOMPARE(cv::countNonZero(document->mask() != strokes), 0);
        QCOMPARE(document->undoStack()->count(), undoSteps);
        test::screenshot(w, "live_mode.png");
        live->uncertaintyAction()->trigger();
        test::screenshot(w, "live_mode_uncertainty.png");

        // Accepting in a box writes only unlabelled pixels inside it, as one undo step. Paused,
        // so that the prediction on screen is the one accepted.
        live->learning()->setPaused(true);
        QTest::qWait(3 * ui::LiveLearning::kRefreshMs);
        w.annotator()->toolAction(int(ui::MaskCanvas::Tool::AcceptPrediction))->trigger();
        QCOMPARE(canvas->tool(), ui::MaskCanvas::Tool::AcceptPrediction);
        const QPoint a = canvas->toWidget({10.2, 10.2}).toPoint();
        const QPoint b = canvas->toWidget({30.8, 30.8}).toPoint();
        QTest::mousePress(canvas, Qt::LeftButton, {}, a);
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, b);
        const cv::Mat predicted = canvas->livePrediction().clone();  // what the box took
        QCOMPARE(document->undoStack()->count(), undoSteps + 1);
        const cv::Mat afterBox = document->mask().clone();
        const cv::Rect box(10, 10, 21, 21);  // the pixels the drag covers
        cv::Mat outside = cv::Mat::ones(afterBox.size(), CV_8UC1);
        outside(box).setTo(0);
        QCOMPARE(cv::countNonZero((afterBox != strokes) & outside), 0);
        const cv::Mat wasUnlabelled = strokes(box) == 255;
        QCOMPARE(cv::countNonZero((afterBox(box) != predicted(box)) & wasUnlabelled), 0);
        QCOMPARE(cv::countNonZero((afterBox(box) != strokes(box)) & ~wasUnlabelled), 0);

        // Accepting everything fills every unlabelled pixel, one undo step; undo restores.
        const cv::Mat predictedNow = canvas->livePrediction().clone();
        live->acceptAction()->trigger();
        QCOMPARE(document->undoStack()->count(), undoSteps + 2);
        QCOMPARE(labelled(document->mask()), int(document->mask().total()));
        QCOMPARE(cv::countNonZero((document->mask() != predictedNow) & (afterBox == 255)), 0);
        document->undoStack()->undo();
        QCOMPARE(cv::countNonZero(document->mask() != afterBox), 0);

        // Kept as a run, it is listed with the others.
        live->learning()->setPaused(false);
        QSignalSpy kept(live, &ui::LiveMode::runKept);
        live->keepAsRun();
        QVERIFY(kept.wait(30000));
        QTRY_COMPARE_WITH_TIMEOUT(w.runsView()->runs().size(), size_t(1), 5000);
        QVERIFY(!w.runsView()->runs()[0].bestCheckpoint.empty());

        // Off: the thread has ended and the prediction is gone.
        live->toggleAction()->trigger();
        QVERIFY(!live->isOn());
        QVERIFY(!live->learning()->isRunning());
        QVERIFY(!live->hasPrediction());
        QVERIFY(canvas->livePrediction().empty());
        QVERIFY(!w.annotator()->toolAction(int(ui::MaskCanvas::Tool::AcceptPrediction))->isEnabled());
        QCOMPARE(canvas->tool(), ui::MaskCanvas::Tool::Brush);
    }

    // While it learns, live mode ranks the training images still to label by the model's
    // uncertainty: the list can show them most uncertain first, Ctrl+U opens the most
    // uncertain, and labelling an image takes it out of the ranking.
    void ranksTheImagesStillToLabel() {
        const QString folder = makeImageFolder();
        ui::MainWindow w;
        const QString id = openFolderAtTrainingImage(w, folder);
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(w.annotator()->sampleId(), id, 10000);
        const core::Dataset dataset =
            core::openProjectDataset(core::loadProject(test::toPath(folder)));
        QStringList toLabel;  // the training images other than the one painted
        for (const auto& s : dataset.samples)
            if (s.split == core::Split::Train && QString::fromStdString(s.id) != id)
                toLabel << QString::fromStdString(s.id);
        QVERIFY(toLabel.size() >= 2);

        ui::LiveMode* live = w.liveMode();
        live->setSettings(tinySettings());
        QSignalSpy scored(live, &ui::LiveMode::imageScored);
        live->toggleAction()->trigger();
        ui::MaskCanvas* canvas = w.canvas();
        canvas->setCurrentClass(1);
        test::dragOnCanvas(canvas, {20, 30}, {44, 30});
        canvas->setCurrentClass(0);
        test::dragOnCanvas(canvas, {2, 2}, {2, 60});

        // Every image still to label gets scored; the painted one and validation ones do not.
        auto* list = w.findChild<QListView*>();
        QAbstractItemModel* rows = list->model();
        auto scoreOf = [rows](const QString& sample) {
            for (int row = 0; row < rows->rowCount(); ++row) {
                const QModelIndex index = rows->index(row, 0);
                if (index.data(ui::DatasetListModel::IdRole).toString() == sample)
                    return index.data(ui::DatasetListModel::UncertaintyRole);
            }
            return QVariant();
        };
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(toLabel.begin(), toLabel.end(),
                        [&](const QString& s) { return scoreOf(s).isValid(); }),
            30000);
        QVERIFY(!scoreOf(id).isValid());
        for (const auto& s : dataset.samples)
            if (s.split == core::Split::Val)
                QVERIFY(!scoreOf(QString::fromStdString(s.id)).isValid());
        for (const QString& s : toLabel) {
            const double entropy = scoreOf(s).toDouble();
            QVERIFY2(entropy >= 0 && entropy <= 1, qPrintable(QString::number(entropy)));
        }

        // Most uncertain first, at the time the order was chosen: scores keep arriving, so
        // the order is read with learning paused.
        live->learning()->setPaused(true);
        QTest::qWait(2 * ui::LiveLearning::kRefreshMs);
        QCoreApplication::processEvents();
        w.findChild<QComboBox*>(QStringLiteral("imageOrder"))
            ->setCurrentIndex(ui::SampleFilter::MostUncertainFirst);
        double previous = 2;
        for (int row = 0; row < toLabel.size(); ++row) {
            const QVariant score = rows->index(row, 0).data(ui::DatasetListModel::UncertaintyRole);
            QVERIFY2(score.isValid(), qPrintable(QString::number(row)));
            QVERIFY(score.toDouble() <= previous);
            previous = score.toDouble();
        }
        QVERIFY(!rows->index(toLabel.size(), 0).data(ui::DatasetListModel::UncertaintyRole).isValid());

        // Ctrl+U opens the most uncertain image still to label, then the next one.
        const QString first = rows->index(0, 0).data(ui::DatasetListModel::IdRole).toString();
        const QString second = rows->index(1, 0).data(ui::DatasetListModel::IdRole).toString();
        auto* next = w.findChild<QAction*>(QStringLiteral("nextUncertainAction"));
        QCOMPARE(next->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_U));
        next->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(w.annotator()->sampleId(), first, 10000);
        next->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(w.annotator()->sampleId(), second, 10000);

        // Labelling it takes it out of the ranking.
        canvas->setCurrentClass(1);
        test::dragOnCanvas(canvas, {20, 30}, {44, 30});
        QVERIFY(w.annotator()->saveNow());
        QTRY_VERIFY_WITH_TIMEOUT(!scoreOf(second).isValid(), 5000);
        live->toggleAction()->trigger();
        QVERIFY(!live->learning()->isRunning());
    }
};

QTEST_MAIN(TestLiveMode)
#include "tst_live_mode.moc"
