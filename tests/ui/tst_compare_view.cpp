// The Compare tab: models loaded and run in the background, panes that share one zoom,
// results of an image no longer shown dropped, error maps and metrics that follow core/eval,
// the readout at the cursor, and models that do not load reported without harm.
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

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
#include "core/infer/model_comparison.h"
#include "core/infer/predictor.h"
#include "core/models/model_spec.h"
#include "core/project/project.h"
#include "support/gui_helpers.h"
#include "support/test_files.h"
#include "support/tiny_training.h"
#include "ui/annotate/annotator.h"
#include "ui/annotate/mask_canvas.h"
#include "ui/annotate/mask_document.h"
#include "ui/compare/batch_prediction_dialog.h"
#include "ui/compare/compare_view.h"
#include "ui/compare/dense_crf_button.h"
#include "ui/compare/image_scores_model.h"
#include "ui/compare/marked_image_view.h"
#include "ui/compare/model_export_job.h"
#include "ui/compare/model_predictions.h"
#include "ui/compare/split_scoring.h"
#include "ui/compare/split_summary.h"
#include "ui/compare/torchscript_import_dialog.h"
#include "ui/compare/validation_browser.h"
#include "ui/main_window.h"
#include "ui/mask_image.h"
#include "ui/view/image_view.h"
#include "ui/view/viewport.h"

using namespace seg;
namespace fs = std::filesystem;

class TestCompareView : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    core::Dataset m_data;
    fs::path m_runs;
    fs::path m_checkpoints[2];

    // Waits until the view's models have loaded and predicted the image on screen.
    static bool waitUntilIdle(ui::CompareView& view) {
        return QTest::qWaitFor([&] { return view.predictions()->runningJobs() == 0; }, 60000);
    }

    static fs::path trainRun(const core::Dataset& data, const fs::path& runDir, int epochs) {
        test::RecordingObserver observer;
        core::TrainControl control;
        const auto outcome =
            core::runTraining({test::tinyConfig(epochs), data, runDir, {}}, observer, control);
        return outcome.status == core::TrainStatus::Finished ? outcome.bestCheckpoint : fs::path();
    }

private Q_SLOTS:
    // Every function starts with no remembered models (see modelsAreRememberedPerProject).
    void init() { QSettings().remove(QStringLiteral("compare")); }

    void initTestCase() {
        m_data = test::tinyShapesDataset(test::toPath(m_dir.path()) / "shapes", 16, 40);
        m_runs = test::toPath(m_dir.path()) / "runs";
        m_checkpoints[0] = trainRun(m_data, m_runs / "first", 1);
        m_checkpoints[1] = trainRun(m_data, m_runs / "second", 2);
        QVERIFY(!m_checkpoints[0].empty() && !m_checkpoints[1].empty());
    }

    // The project's runs are offered; ticking two shows image, ground truth and both
    // predictions, all following one viewport.
    void tickedRunsPredictInLinkedPanes() {
        ui::CompareView view;
        view.resize(1100, 800);
        view.show();
        view.setProject(m_data.classes, &m_data, m_runs);
        auto* list = view.findChild<QListWidget*>(QStringLiteral("compareModels"));
        QCOMPARE(list->count(), 2);
        list->item(0)->setCheckState(Qt::Checked);
        list->item(1)->setCheckState(Qt::Checked);
        QCOMPARE(int(view.chosenModels().size()), 2);

        const auto sample = core::loadSample(m_data, m_data.samples[0]);
        view.showImage(QStringLiteral("shape_0000"), sample.image, sample.mask);
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
        auto* list = view.findChild<QListWidget*>(QStringLiteral("compareModels"));
        QCOMPARE(list->count(), 1);
        list->item(0)->setCheckState(Qt::Checked);
        const auto sample = core::loadSample(pairs, pairs.samples[0]);
        QCOMPARE(sample.image.channels(), 6);
        view.showImage(QString::fromStdString(pairs.samples[0].id), sample.image, sample.mask);
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
        const auto single = core::loadSample(m_data, m_data.samples[0]);
        view.showImage(QStringLiteral("shape_0000"), single.image, single.mask);
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
        auto* list = view.findChild<QListWidget*>(QStringLiteral("compareModels"));
        list->item(0)->setCheckState(Qt::Checked);
        const auto sample = core::loadSample(m_data, m_data.samples[0]);
        view.showImage(QStringLiteral("shape_0000"), sample.image, sample.mask);
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
            view.findChild<QListWidget*>(QStringLiteral("compareModels"))
                ->item(1)
                ->setCheckState(Qt::Checked);
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
        view.findChild<QListWidget*>(QStringLiteral("compareModels"))
            ->item(0)
            ->setCheckState(Qt::Checked);
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
        view.findChild<QListWidget*>(QStringLiteral("compareModels"))
            ->item(1)
            ->setCheckState(Qt::Checked);
        const auto sample = core::loadSample(m_data, m_data.samples[1]);
        view.showImage(QStringLiteral("shape_0001"), sample.image, sample.mask);
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
        auto* list = view.findChild<QListWidget*>(QStringLiteral("compareModels"));
        list->item(0)->setCheckState(Qt::Checked);
        list->item(1)->setCheckState(Qt::Checked);
        const auto sample = core::loadSample(m_data, m_data.samples[2]);
        view.showImage(QStringLiteral("shape_0002"), sample.image, sample.mask);
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

    // Scoring the validation split in the background: a row per validation image with each
    // model's scores as core/eval computes them, worst first; the class filter; the split's
    // table, CSV and grid; a corrected label rescores its row.
    void validationBrowserAndSplitMetrics() {
        ui::CompareView view;
        view.resize(1100, 800);
        view.show();
        view.setProject(m_data.classes, &m_data, m_runs);
        auto* list = view.findChild<QListWidget*>(QStringLiteral("compareModels"));
        list->item(0)->setCheckState(Qt::Checked);
        list->item(1)->setCheckState(Qt::Checked);
        QSignalSpy finished(view.scoring(), &ui::SplitScoring::finished);
        view.findChild<QPushButton*>(QStringLiteral("scoreValidation"))->click();
        QVERIFY(finished.wait(60000));

        // What core computes for the same models on the same split.
        std::vector<std::unique_ptr<core::Predictor>> predictors;
        std::vector<core::Predictor*> pointers;
        for (const auto& file : view.chosenModels()) {
            predictors.push_back(core::Predictor::open(file));
            pointers.push_back(predictors.back().get());
        }
        const auto expected = core::compareModels(pointers, m_data, {core::Split::Val});
        ui::ValidationBrowser* browser = view.browser();
        auto* table = browser->table();
        const int images = expected.evaluations[0].images;
        QCOMPARE(table->model()->rowCount(), images);
        double previous = -1;
        for (int row = 0; row < images; ++row) {
            const QString id = browser->sampleIdAt(row);
            const auto score = std::find_if(expected.evaluations[0].perImage.begin(),
                                            expected.evaluations[0].perImage.end(),
                                            [&](const core::ImageScore& s) {
                                                return QString::fromStdString(s.sampleId) == id;
                                            });
            QVERIFY(score != expected.evaluations[0].perImage.end());
            const double shown =
                table->model()->index(row, 1).data(ui::ImageScoresModel::kSortRole).toDouble();
            QCOMPARE(shown, std::isnan(score->meanIoU) ? std::numeric_limits<double>::infinity()
                                                       : score->meanIoU);
            QVERIFY(shown >= previous);  // worst first
            previous = shown;
        }
        // Only images whose ground truth holds class 1.
        int withClass = 0;
        for (const auto& s : expected.evaluations[0].perImage)
            withClass +=
                std::count(s.classesInTruth.begin(), s.classesInTruth.end(), 1) > 0 ? 1 : 0;
        browser->setRequiredClass(1);
        QCOMPARE(table->model()->rowCount(), withClass);
        browser->setRequiredClass(-1);

        // The split's table is core's, and so is the CSV.
        const auto rows = core::comparisonTable(expected, m_data.classes);
        auto* metrics = view.splitSummary()->metricsTable();
        QCOMPARE(metrics->rowCount(), 2);  // a row per model, a column per metric
        QCOMPARE(metrics->columnCount(), int(rows.size()));
        for (int r = 0; r < int(rows.size()); ++r)
            for (int m = 0; m < 2; ++m) {
                QCOMPARE(metrics->item(m, r)->text(),
                         QString::number(rows[size_t(r)].values[size_t(m)], 'f', 4));
                QCOMPARE(metrics->item(m, r)->font().bold(), bool(rows[size_t(r)].best[size_t(m)]));
            }
        const QString csv = m_dir.filePath(QStringLiteral("table.csv"));
        QString error;
        QVERIFY2(view.splitSummary()->exportCsv(csv, &error), qPrintable(error));
        QCOMPARE(test::readBytes(test::toPath(csv)), core::comparisonCsv(rows, expected.models));
        const QString grid = m_dir.filePath(QStringLiteral("grid.png"));
        QSignalSpy written(view.splitSummary(), &ui::SplitSummary::gridWritten);
        view.splitSummary()->exportGrid(grid, 2);
        QVERIFY(written.wait(60000));
        const QImage picture(grid);
        QCOMPARE(picture.size(), QSize(4 * 256 + 5 * 4, 28 + 2 * (256 + 4) + 4));
        // Images selected in the browser make the grid's rows instead of the hardest.
        table->selectionModel()->select(
            QItemSelection(table->model()->index(0, 0), table->model()->index(2, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(browser->selectedSampleIds().size(), size_t(3));
        view.splitSummary()->exportGrid(grid, 2);
        QVERIFY(written.wait(60000));
        QCOMPARE(QImage(grid).height(), 28 + 3 * (256 + 4) + 4);

        // The evaluations are kept on disk beside the runs: another session reads them back
        // instead of predicting again (a value planted in the stored file shows it).
        const fs::path cache = m_runs / ".compare-cache";
        std::vector<fs::path> stored;
        QVERIFY2(fs::is_directory(cache), cache.string().c_str());
        for (const auto& entry : fs::directory_iterator(cache)) stored.push_back(entry.path());
        QCOMPARE(stored.size(), size_t(2));
        for (const auto& file : stored) {
            std::string text = test::readBytes(file);
            const size_t at = text.find("\"mean_iou\":");
            QVERIFY(at != std::string::npos);
            text.replace(at, text.find(',', at) - at, "\"mean_iou\":0.123456");
            test::writeBytes(file, text);
        }
        {
            ui::CompareView later;
            later.setProject(m_data.classes, &m_data, m_runs);
            auto* laterList = later.findChild<QListWidget*>(QStringLiteral("compareModels"));
            laterList->item(0)->setCheckState(Qt::Checked);
            laterList->item(1)->setCheckState(Qt::Checked);
            QSignalSpy laterFinished(later.scoring(), &ui::SplitScoring::finished);
            later.findChild<QPushButton*>(QStringLiteral("scoreValidation"))->click();
            QVERIFY(laterFinished.wait(60000));
            QCOMPARE(later.scoring()->result().evaluations[0].perImage[0].meanIoU, 0.123456);
        }
        fs::remove_all(cache);

        // A corrected label: the image's row follows the new ground truth.
        const QString worst = browser->sampleIdAt(0);
        const auto sample = std::find_if(
            m_data.samples.begin(), m_data.samples.end(),
            [&](const core::Sample& s) { return QString::fromStdString(s.id) == worst; });
        const auto loaded = core::loadSample(m_data, *sample);
        view.showImage(worst, loaded.image, loaded.mask);
        QVERIFY(waitUntilIdle(view));
        const cv::Mat firstPrediction = view.predictions()->prediction(0)->mask.clone();
        view.showImage(worst, loaded.image, firstPrediction);  // the label now agrees with model 1
        QVERIFY(view.scoring()->totalsOutOfDate());
        int row = -1;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            if (browser->sampleIdAt(r) == worst) row = r;
        QVERIFY(row >= 0);
        QCOMPARE(table->model()->index(row, 1).data(ui::ImageScoresModel::kSortRole).toDouble(),
                 1.0);
    }

    // Batch Prediction writes a mask per image (and overlays), the masks core predicts.
    // The Dense CRF switch refines every model's prediction exactly as core's CRF does, the
    // split is scored again with it (under "+ CRF" names), and it is remembered.
    void denseCrfRefinesPredictionsAndScores() {
        ui::CompareView view;
        view.setProject(m_data.classes, &m_data, m_runs);
        auto* list = view.findChild<QListWidget*>(QStringLiteral("compareModels"));
        list->item(0)->setCheckState(Qt::Checked);
        const auto sample = core::loadSample(m_data, m_data.samples[0]);
        view.showImage(QStringLiteral("shape_0000"), sample.image, sample.mask);
        QVERIFY(waitUntilIdle(view));
        const std::vector<cv::Mat> plain = view.predictions()->prediction(0)->probabilities;
        QSignalSpy finished(view.scoring(), &ui::SplitScoring::finished);
        view.findChild<QPushButton*>(QStringLiteral("scoreValidation"))->click();
        QVERIFY(finished.wait(60000));
        QVERIFY(view.scoring()->result().models.at(0).find("+ CRF") == std::string::npos);

        auto* button = view.denseCrfButton();
        QVERIFY(button && !button->isChecked());
        button->click();
        QVERIFY(view.predictions()->denseCrf().has_value());
        QVERIFY(waitUntilIdle(view));
        const auto* refined = view.predictions()->prediction(0);
        QVERIFY(refined);
        const auto expected = core::refineWithDenseCrf(sample.image, plain, {});
        QCOMPARE(refined->probabilities.size(), expected.size());
        double changed = 0;
        for (size_t c = 0; c < expected.size(); ++c) {
            QCOMPARE(cv::norm(refined->probabilities[c], expected[c], cv::NORM_INF), 0.0);
            changed += cv::norm(plain[c], expected[c], cv::NORM_L1);
        }
        QVERIFY(changed > 0);  // the CRF did something, so the check above means something
        QVERIFY(view.predictions()->modelName(0).endsWith(QStringLiteral(" + CRF")));

        // The split was scored: it is scored again with the CRF, as core scores it.
        QVERIFY(finished.wait(60000));
        const auto& scored = view.scoring()->result();
        QVERIFY(scored.models.at(0).find("+ CRF") != std::string::npos);
        core::PredictOptions options;
        options.crf = core::DenseCrfSettings{};
        auto predictor = core::Predictor::open(view.chosenModels().at(0), options);
        const auto withCrf = core::compareModels({predictor.get()}, m_data, {core::Split::Val});
        QCOMPARE(scored.evaluations.at(0).metrics.meanIoU,
                 withCrf.evaluations.at(0).metrics.meanIoU);

        // Remembered: the next Compare tab starts with it on.
        ui::CompareView later;
        QVERIFY(later.predictions()->denseCrf().has_value());
        QVERIFY(later.denseCrfButton()->isChecked());
        button->click();
        QVERIFY(!view.predictions()->denseCrf().has_value());
        QVERIFY(finished.wait(60000));
        QVERIFY(view.scoring()->result().models.at(0).find("+ CRF") == std::string::npos);
    }

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

    // In the window: the worst validation image, Fix Label, the painting opens with the
    // model's prediction as a reference layer; the correction (here: the label made to agree
    // with the model) is rescored in the browser on return.
    void fixLabelFromTheWindow() {
        QTemporaryDir dir;
        const fs::path folder = test::toPath(dir.path()) / "project";
        fs::copy(m_data.root, folder, fs::copy_options::recursive);
        fs::remove_all(folder / "project.json");
        core::createDatasetProject(folder);
        fs::copy(m_runs, folder / "runs", fs::copy_options::recursive);
        ui::MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(w.openProject(QString::fromStdString(folder.string())));
        // The Compare tab's controls never make the window wider than a 1280-pixel screen.
        QVERIFY2(w.minimumSizeHint().width() <= 1280,
                 qPrintable(QString::number(w.minimumSizeHint().width())));
        w.centralTabs()->setCurrentWidget(w.compareView());
        ui::CompareView* view = w.compareView();
        view->findChild<QListWidget*>(QStringLiteral("compareModels"))
            ->item(0)
            ->setCheckState(Qt::Checked);
        QSignalSpy scored(view->scoring(), &ui::SplitScoring::finished);
        view->findChild<QPushButton*>(QStringLiteral("scoreValidation"))->click();
        QVERIFY(scored.wait(60000));
        const QString worst = view->browser()->sampleIdAt(0);
        view->browser()->table()->selectRow(0);  // shows it in the panes
        QCOMPARE(w.annotator()->sampleId(), worst);
        QVERIFY(waitUntilIdle(*view));
        const cv::Mat prediction = view->predictions()->prediction(0)->mask.clone();

        view->findChild<QPushButton*>(QStringLiteral("fixLabel"))->click();
        QCOMPARE(w.centralTabs()->currentWidget(), static_cast<QWidget*>(w.canvas()));
        QCOMPARE(w.annotator()->sampleId(), worst);
        QVERIFY(w.canvas()->hasReference() && w.canvas()->isReferenceVisible());
        auto* toggle = w.findChild<QAction*>(QStringLiteral("showReference"));
        QVERIFY(toggle->isEnabled() && toggle->isChecked());
        toggle->trigger();
        QVERIFY(!w.canvas()->isReferenceVisible());
        test::screenshot(w, "fix_label.png");

        prediction.copyTo(w.canvas()->document()->mask());
        w.centralTabs()->setCurrentWidget(view);
        QVERIFY(view->scoring()->totalsOutOfDate());
        int row = -1;
        for (int r = 0; r < view->browser()->table()->model()->rowCount(); ++r)
            if (view->browser()->sampleIdAt(r) == worst) row = r;
        QVERIFY(row >= 0);
        QCOMPARE(view->browser()
                     ->table()
                     ->model()
                     ->index(row, 1)
                     .data(ui::ImageScoresModel::kSortRole)
                     .toDouble(),
                 1.0);
        // Another image drops the reference.
        const QString other = view->browser()->sampleIdAt(row == 0 ? 1 : 0);
        Q_EMIT view->imageRequested(other);
        QVERIFY(!w.canvas()->hasReference());
    }

    // A damaged model file: its pane says why, a problem is reported, the other model works.
    void aModelThatDoesNotLoadIsReported() {
        const fs::path broken = test::toPath(m_dir.path()) / "broken.pt";
        test::writeBytes(broken, "not a model");
        ui::CompareView view;
        view.setProject(m_data.classes, &m_data, m_runs);
        QSignalSpy problems(&view, &ui::CompareView::problem);
        view.findChild<QListWidget*>(QStringLiteral("compareModels"))
            ->item(0)
            ->setCheckState(Qt::Checked);
        QVERIFY(view.addModelFile(broken));
        const auto sample = core::loadSample(m_data, m_data.samples[0]);
        view.showImage(QStringLiteral("shape_0000"), sample.image, sample.mask);
        QVERIFY(waitUntilIdle(view));
        QVERIFY(view.predictions()->prediction(0));
        QVERIFY(!view.predictions()->prediction(1));
        QVERIFY(view.views()[3]->message().contains(QStringLiteral("broken.pt")));
        QVERIFY(!problems.isEmpty());
    }
};

QTEST_MAIN(TestCompareView)
#include "tst_compare_view.moc"
