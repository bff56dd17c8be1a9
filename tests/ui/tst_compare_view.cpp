// The Compare tab: models loaded and run in the background, panes that share one zoom,
// results of an image no longer shown dropped, error maps and metrics that follow core/eval,
// the readout at the cursor, batch prediction and export, and models that do not load
// reported without harm. Scoring the validation split: tst_compare_split.
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgproc.hpp>

#include "core/common/error.h"
#include "core/data/image_io.h"
#include "core/data/image_pair.h"
#include "core/data/mask_io.h"
#include "core/data/synthetic_changes.h"
#include "core/eval/confusion_matrix.h"
#include "core/eval/disagreement_map.h"
#include "core/eval/error_map.h"
#include "core/eval/metrics.h"
#include "core/infer/predictor.h"
#include "core/models/model_spec.h"
#include "support/compare_fixture.h"
#include "support/gui_helpers.h"
#include "support/test_files.h"
#include "support/tiny_training.h"
#include "ui/compare/batch_prediction_dialog.h"
#include "ui/compare/compare_view.h"
#include "ui/compare/marked_image_view.h"
#include "ui/compare/model_export_job.h"
#include "ui/compare/model_predictions.h"
#include "ui/compare/torchscript_import_dialog.h"
#include "ui/mask_image.h"
#include "ui/view/image_view.h"
#include "ui/view/viewport.h"

using namespace seg;
using test::waitUntilIdle;
namespace fs = std::filesystem;

class TestCompareView : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    core::Dataset m_data;
    fs::path m_runs;
    fs::path m_checkpoints[2];

private Q_SLOTS:
    // Every function starts with no remembered models (see modelsAreRememberedPerProject).
    void init() { QSettings().remove(QStringLiteral("compare")); }

    void initTestCase() {
        const test::TwoTinyRuns made = test::trainTwoTinyRuns(test::toPath(m_dir.path()));
        m_data = made.data;
        m_runs = made.runs;
        m_checkpoints[0] = made.checkpoints[0];
        m_checkpoints[1] = made.checkpoints[1];
        QVERIFY(!m_checkpoints[0].empty() && !m_checkpoints[1].empty());
    }

    // The project's runs are offered; ticking two shows image, ground truth and both
    // predictions, all following one viewport.
    void tickedRunsPredictInLinkedPanes() {
        ui::CompareView view;
        view.resize(1100, 800);
        view.show();
        view.setProject(m_data.classes, &m_data, m_runs);
        QCOMPARE(test::tickModels(view, {0, 1})->count(), 2);
        QCOMPARE(int(view.chosenModels().size()), 2);

        const auto sample = test::showSample(view, m_data, 0);
        QVERIFY(waitUntilIdle(view));
        const auto views = view.views();
        QCOMPARE(views.size(), 5);  // image, ground truth, two models, disagreement (hidden)
        for (int m = 0; m < 2; ++m) {
            const auto* prediction = view.predictions()->prediction(m);
            QVERIFY(prediction);
            QCOMPARE(prediction->mask.size(), sample.image.size());
            QCOMPARE(views[2 + m]->mask().size(), QSize(sample.image.cols, sample.image.rows));
        }
        // One zoom and pan for every pane.
        views[3]->zoomTo(3.0, QPointF(50, 50));
        for (auto* v : views) QCOMPARE(v->zoom(), 3.0);
        for (auto* v : views) QCOMPARE(v->viewport(), view.viewport());
        test::screenshot(view, "compare_view.png");
    }

    // A change pair shows both dates, its ground truth and a pair model's prediction over the
    // after image; a single image next gives the panes back their usual order, and the pair
    // model's failure on it is shown in its pane, not a crash.
    void changePairsShowBothDates() {
        core::SyntheticChangesOptions options;
        options.count = 10;
        options.width = options.height = 32;
        const fs::path root = test::toPath(m_dir.path()) / "change";
        QVERIFY(core::writeChangePairsDataset(root / "pairs", options));
        const core::Dataset pairs = core::openDataset(root / "pairs");
        core::TrainConfig config = test::tinyConfig(1);
        config.model = core::defaultModelSpec("fc_siam_diff");
        config.model.set("width", 4);
        core::fitModelToDataset(config.model, pairs);
        test::RecordingObserver observer;
        core::TrainControl control;
        const auto outcome =
            core::runTraining({config, pairs, root / "runs" / "siam", {}}, observer, control);
        QCOMPARE(outcome.status, core::TrainStatus::Finished);

        ui::CompareView view;
        view.resize(1100, 800);
        view.show();
        view.setProject(pairs.classes, &pairs, root / "runs");
        QCOMPARE(test::tickModels(view, {0})->count(), 1);
        const auto sample = test::showSample(view, pairs, 0);
        QCOMPARE(sample.image.channels(), 6);
        QVERIFY(waitUntilIdle(view));
        auto views = view.views();
        QCOMPARE(views.size(), 5);  // before, after, ground truth, the model, disagreement
        const auto [before, after] = core::splitPair(sample.image);
        QCOMPARE(views[0]->image(), ui::toDisplayImage(before));
        QCOMPARE(views[1]->image(), ui::toDisplayImage(after));
        QCOMPARE(views[2]->image(), ui::toDisplayImage(after));  // the label marks the after scene
        QCOMPARE(views[3]->image(), ui::toDisplayImage(after));
        QVERIFY(!views[2]->mask().isNull());
        const auto* prediction = view.predictions()->prediction(0);
        QVERIFY(prediction);
        QCOMPARE(prediction->mask.size(), before.size());
        QCOMPARE(views[3]->mask().size(), QSize(32, 32));
        QStringList titles;
        for (const QLabel* label : view.findChildren<QLabel*>()) titles << label->text();
        QVERIFY2(
            titles.contains(QStringLiteral("Before")) && titles.contains(QStringLiteral("After")),
            qPrintable(titles.join(QLatin1Char('|'))));
        test::screenshot(view, "compare_view_change_pair.png");

        QSignalSpy problems(&view, &ui::CompareView::problem);
        const auto single = test::showSample(view, m_data, 0);
        QVERIFY(waitUntilIdle(view));
        views = view.views();
        QCOMPARE(views.size(), 4);  // image, ground truth, the model, disagreement
        QCOMPARE(views[0]->image(), ui::toDisplayImage(single.image));
        QVERIFY(!view.predictions()->prediction(0));
        QVERIFY(problems.count() >= 1);
    }

    // Ticking a second model keeps the first one loaded with its prediction: nothing reloads.
    void tickingAnotherModelKeepsTheFirst() {
        ui::CompareView view;
        view.setProject(m_data.classes, &m_data, m_runs);
        auto* list = test::tickModels(view, {0});
        const auto sample = test::showSample(view, m_data, 0);
        QVERIFY(waitUntilIdle(view));
        const core::PredictorInfo* loaded = view.predictions()->info(0);
        list->item(1)->setCheckState(Qt::Checked);
        QCOMPARE(view.predictions()->info(0), loaded);  // the same network, not reopened
        QVERIFY(view.predictions()->prediction(0));
        QVERIFY(!view.predictions()->prediction(1));
        QVERIFY(waitUntilIdle(view));
        QVERIFY(view.predictions()->prediction(1));
        list->item(0)->setCheckState(Qt::Unchecked);
        QCOMPARE(view.predictions()->modelCount(), 1);
        QCOMPARE(view.predictions()->modelName(0), QStringLiteral("second/best"));
        QVERIFY(view.predictions()->prediction(0));
    }

    // The ticked models come back when the project is compared again, once the tab shows
    // (not before: loading them costs); a model file that is gone is dropped.
    void modelsAreRememberedPerProject() {
        const fs::path extra = test::toPath(m_dir.path()) / "extra model.pt";
        fs::copy_file(m_checkpoints[0], extra, fs::copy_options::overwrite_existing);
        {
            ui::CompareView view;
            view.setProject(m_data.classes, &m_data, m_runs);
            view.show();
            test::tickModels(view, {1});
            QVERIFY(view.addModelFile(extra));
            QVERIFY(waitUntilIdle(view));
        }
        ui::CompareView again;
        again.setProject(m_data.classes, &m_data, m_runs);
        QVERIFY(again.chosenModels().empty());  // hidden: nothing loads yet
        again.show();
        QCOMPARE(again.chosenModels(), (std::vector<fs::path>{m_checkpoints[1], extra}));
        QVERIFY(waitUntilIdle(again));
        fs::remove(extra);
        ui::CompareView withoutTheFile;
        withoutTheFile.setProject(m_data.classes, &m_data, m_runs);
        withoutTheFile.show();
        QCOMPARE(withoutTheFile.chosenModels(), (std::vector<fs::path>{m_checkpoints[1]}));
        QVERIFY(waitUntilIdle(withoutTheFile));
    }

    // Switching images while the models work: only the last image's predictions are kept
    // (the two images differ in size, so a stale one would show).
    void resultsOfAnImageNoLongerShownAreDropped() {
        ui::CompareView view;
        view.setProject(m_data.classes, &m_data, m_runs);
        test::tickModels(view, {0});
        QVERIFY(QTest::qWaitFor([&] { return view.predictions()->info(0) != nullptr; }, 60000));
        QSignalSpy predicted(view.predictions(), &ui::ModelPredictions::predicted);
        const cv::Mat first = test::image(300, 200), last = test::image(64, 48);
        view.showImage(QStringLiteral("first"), first, cv::Mat());
        view.showImage(QStringLiteral("last"), last, cv::Mat());
        QVERIFY(waitUntilIdle(view));
        QCOMPARE(predicted.count(), 1);
        QCOMPARE(predicted.front().at(1).toString(), QStringLiteral("last"));
        QCOMPARE(view.predictions()->prediction(0)->mask.size(), last.size());
    }

    // The error layer shows core's error map; the image's metrics are core/eval's; the
    // readout names every pane's class at the cursor.
    void errorsMetricsAndReadoutFollowCore() {
        ui::CompareView view;
        view.resize(1100, 800);
        view.show();
        view.setProject(m_data.classes, &m_data, m_runs);
        test::tickModels(view, {1});
        const auto sample = test::showSample(view, m_data, 1);
        QVERIFY(waitUntilIdle(view));
        const cv::Mat predicted = view.predictions()->prediction(0)->mask;

        // The ground truth's outlines over the model's pane: both on one view.
        view.setTruthOutlines(true);
        auto* pane = static_cast<ui::MarkedImageView*>(view.views()[2]);
        QCOMPARE(pane->outlines(), ui::maskOutlines(sample.mask, m_data.classes));
        view.setTruthOutlines(false);
        QVERIFY(pane->outlines().isNull());

        view.setLayer(ui::CompareView::Layer::Errors);
        const QImage shown = view.views()[2]->mask();
        const auto errors = core::computeErrorMap(predicted, sample.mask);
        int differing = 0;
        for (int y = 0; y < sample.mask.rows; ++y)
            for (int x = 0; x < sample.mask.cols; ++x)
                differing += shown.pixelIndex(x, y) != errors.kinds.at<uchar>(y, x) ? 1 : 0;
        QCOMPARE(differing, 0);

        core::ConfusionMatrix matrix(m_data.classes.size(), m_data.classes.ignoreIndex());
        matrix.add(predicted, sample.mask);
        const auto metrics = core::computeMetrics(matrix);
        auto* table = view.imageMetrics();
        QCOMPARE(table->item(0, 1)->text(), QString::number(metrics.meanIoU * 100, 'f', 1));
        QCOMPARE(table->item(0, 0)->text(), QString::number(metrics.pixelAccuracy * 100, 'f', 1));

        ui::ImageView* truthPane = view.views()[1];
        const QPoint pixel(10, 12);
        QTest::mouseMove(truthPane,
                         truthPane->toWidget(QPointF(pixel) + QPointF(0.5, 0.5)).toPoint());
        const QString readout = view.readout();
        const QString truthName =
            QString::fromStdString(m_data.classes.at(sample.mask.at<uchar>(12, 10)).name);
        const QString predictedName =
            QString::fromStdString(m_data.classes.at(predicted.at<uchar>(12, 10)).name);
        QVERIFY2(readout.contains(QStringLiteral("x 10, y 12")), qPrintable(readout));
        QVERIFY2(readout.contains(QStringLiteral("ground truth: ") + truthName),
                 qPrintable(readout));
        QVERIFY2(readout.contains(QStringLiteral("second/best: ") + predictedName),
                 qPrintable(readout));
    }

    // The disagreement pane appears with its layer and shows core's disagreement map.
    void disagreementPaneShowsWhereTheModelsDiffer() {
        ui::CompareView view;
        view.setProject(m_data.classes, &m_data, m_runs);
        auto* list = test::tickModels(view, {0, 1});
        const auto sample = test::showSample(view, m_data, 2);
        QVERIFY(waitUntilIdle(view));
        view.setLayer(ui::CompareView::Layer::Disagreement);
        const auto map =
            core::computeDisagreement(view.predictions()->prediction(0)->mask,
                                      view.predictions()->prediction(1)->mask, sample.mask);
        const QImage shown = view.views().back()->mask();
        QCOMPARE(shown.size(), QSize(sample.image.cols, sample.image.rows));
        int differing = 0;
        for (int y = 0; y < shown.height(); ++y)
            for (int x = 0; x < shown.width(); ++x)
                differing += shown.pixelIndex(x, y) != map.kinds.at<uchar>(y, x) ? 1 : 0;
        QCOMPARE(differing, 0);
    }

    // The import dialog starts from the project's classes (keeping their colours), takes
    // ImageNet's normalisation by default, and refuses duplicate names.
    void importDialogAnswersBecomeSettings() {
        ui::TorchScriptImportDialog dialog("/models/m.pt", m_data.classes);
        const auto settings = dialog.settings();
        QCOMPARE(settings.classes, m_data.classes);
        QCOMPARE(settings.mean, (core::TorchScriptSettings{}.mean));
        QCOMPARE(settings.inputWidth, 0);
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("classNames"))
            ->setPlainText(QStringLiteral("sky\nsea\nsky"));
        try {
            dialog.settings();
            QFAIL("duplicate class names were taken");
        } catch (const core::Error&) {
        }
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("classNames"))
            ->setPlainText(QStringLiteral("sky\n\nsea\n"));
        QCOMPARE(dialog.settings().classes.names(), (std::vector<std::string>{"sky", "sea"}));
    }

    // Batch Prediction writes a mask per image (and overlays), the masks core predicts.
    void batchPredictionWritesMasks() {
        const QString out = m_dir.filePath(QStringLiteral("batch masks"));
        ui::BatchPredictionDialog dialog(m_runs, m_data.root, m_data.classes);
        dialog.setModel(m_checkpoints[1]);
        dialog.setInput(QString::fromStdString((m_data.root / "images").string()));
        dialog.setOutput(out);
        dialog.setOverlays(true);
        QSignalSpy finished(&dialog, &ui::BatchPredictionDialog::finished);
        dialog.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.front().at(0).toInt(), int(m_data.samples.size()));
        QVERIFY2(
            dialog.summary().contains(QStringLiteral("Wrote %1 masks").arg(m_data.samples.size())),
            qPrintable(dialog.summary()));
        const auto& first = m_data.samples.front();
        const fs::path mask = test::toPath(out) / (first.image.stem().string() + ".png");
        auto predictor = core::Predictor::open(m_checkpoints[1]);
        QVERIFY(test::sameMat(core::readMask(mask),
                              predictor->predictMask(core::readImage(first.image))));
        QVERIFY(fs::exists(test::toPath(out) / "overlays" /
                           (first.image.stem().string() + "_overlay.png")));
    }

    // File > Export Model's job writes a TorchScript module that opens as a model with the
    // checkpoint's classes; a damaged checkpoint is reported, naming it.
    void exportJobWritesTorchScript() {
        ui::ModelExportJob job;
        QSignalSpy finished(&job, &ui::ModelExportJob::finished);
        const fs::path out = test::toPath(m_dir.path()) / "exported from the window.pt";
        job.start(m_checkpoints[0], out);
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.front().at(0).toBool(), qPrintable(finished.front().at(1).toString()));
        auto predictor = core::Predictor::open(out);
        QVERIFY(predictor->info().torchScript);
        QCOMPARE(predictor->info().classes, m_data.classes);
        const fs::path broken = test::toPath(m_dir.path()) / "broken checkpoint.pt";
        test::writeBytes(broken, "nothing");
        job.start(broken, test::toPath(m_dir.path()) / "never.pt");
        QVERIFY(finished.wait(60000));
        QVERIFY(!finished.back().at(0).toBool());
        QVERIFY(finished.back().at(1).toString().contains(QStringLiteral("broken checkpoint.pt")));
    }

    // A damaged model file: its pane says why, a problem is reported, the other model works.
    void aModelThatDoesNotLoadIsReported() {
        const fs::path broken = test::toPath(m_dir.path()) / "broken.pt";
        test::writeBytes(broken, "not a model");
        ui::CompareView view;
        view.setProject(m_data.classes, &m_data, m_runs);
        QSignalSpy problems(&view, &ui::CompareView::problem);
        test::tickModels(view, {0});
        QVERIFY(view.addModelFile(broken));
        const auto sample = test::showSample(view, m_data, 0);
        QVERIFY(waitUntilIdle(view));
        QVERIFY(view.predictions()->prediction(0));
        QVERIFY(!view.predictions()->prediction(1));
        QVERIFY(view.views()[3]->message().contains(QStringLiteral("broken.pt")));
        QVERIFY(!problems.isEmpty());
    }
};

QTEST_MAIN(TestCompareView)
#include "tst_compare_view.moc"
