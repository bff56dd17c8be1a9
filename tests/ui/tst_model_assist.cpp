// Model help while labelling, through the window: a trained model pre-labels an image's
// unlabelled pixels (one undo step, naming the model), ranks the unlabelled images by
// uncertainty, and with nothing to rank says so without running a model.
#include <QAction>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <opencv2/core.hpp>

#include "core/data/image_io.h"
#include "core/infer/predictor.h"
#include "core/project/project.h"
#include "support/gui_helpers.h"
#include "support/test_files.h"
#include "support/tiny_training.h"
#include "ui/annotate/annotator.h"
#include "ui/annotate/mask_canvas.h"
#include "ui/annotate/mask_document.h"
#include "ui/annotate/model_assist.h"
#include "ui/main_window.h"

using namespace seg;
namespace fs = std::filesystem;

class TestModelAssist : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("SEGSTUDIO_DATA_DIR", QByteArray("/nonexistent")); }

    void aTrainedModelPreLabelsTheUnlabelledPixels() {
        QTemporaryDir dir;
        const fs::path folder = test::toPath(dir.path()) / "shapes";
        core::SyntheticShapesOptions options;
        options.count = 24;
        options.width = options.height = 40;
        const core::Project project = *core::createDemoProject(folder, options);
        core::TrainControl control;
        test::RecordingObserver observer;
        core::TrainConfig config = test::tinyConfig(2);
        config.model.numClasses = 5;
        const auto outcome = core::runTraining(
            {config, core::openProjectDataset(project), folder / "runs" / "tiny", {}}, observer,
            control);
        QCOMPARE(outcome.status, core::TrainStatus::Finished);

        // The first image loses its mask: it is to be labelled.
        const auto first = core::openProjectDataset(project).samples.front();
        std::filesystem::remove(first.mask);
        ui::MainWindow w;
        w.show();
        QVERIFY(w.openProject(QString::fromStdString(folder.string())));
        ui::MaskDocument* doc = w.canvas()->document();
        QCOMPARE(cv::countNonZero(doc->mask() != 255), 0);
        w.annotator()->modelAssist()->setCheckpoint(outcome.bestCheckpoint);
        w.annotator()->prelabel();
        QTRY_COMPARE_WITH_TIMEOUT(doc->undoStack()->count(), 1, 60000);
        auto predictor = core::Predictor::fromCheckpoint(outcome.bestCheckpoint);
        QVERIFY(test::sameMat(doc->mask(), predictor->predictMask(core::readImage(first.image))));
        // The message says which model labelled it.
        QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("tiny/best")),
                 qPrintable(w.statusBar()->currentMessage()));
        doc->undoStack()->undo();
        QCOMPARE(cv::countNonZero(doc->mask() != 255), 0);

        // Ranking names the model too, and scores the one unlabelled image.
        QSignalSpy ranked(w.annotator()->modelAssist(), &ui::ModelAssist::ranked);
        w.findChild<QAction*>(QStringLiteral("rankAction"))->trigger();
        QVERIFY(ranked.wait(60000));
        QCOMPARE(ranked.takeFirst().at(0).value<std::vector<core::UncertaintyScore>>().size(),
                 size_t(1));
        QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("tiny/best ranked")),
                 qPrintable(w.statusBar()->currentMessage()));
    }

    // With every image labelled there is nothing to rank: said once, and no model is run.
    void rankingWithNothingToRankSaysSo() {
        QTemporaryDir dir;
        core::SyntheticShapesOptions options;
        options.count = 4;
        options.width = options.height = 32;
        QVERIFY(core::createDemoProject(test::toPath(dir.path()), options));
        ui::MainWindow w;
        w.show();
        QVERIFY(w.openProject(dir.path()));
        ui::ModelAssist* assist = w.annotator()->modelAssist();
        assist->setCheckpoint(test::toPath(dir.path()) / "no-such-model.pt");
        QSignalSpy failed(assist, &ui::ModelAssist::failed);
        w.findChild<QAction*>(QStringLiteral("rankAction"))->trigger();
        QCOMPARE(w.statusBar()->currentMessage(),
                 QStringLiteral("Every image is labelled: there is nothing to rank."));
        QVERIFY(!assist->isBusy());
        QTest::qWait(200);
        QCOMPARE(failed.count(), 0);
        QVERIFY(!test::visibleMessage(w));
    }
};

QTEST_MAIN(TestModelAssist)
#include "tst_model_assist.moc"
