// The Compare tab's work on the whole validation split: per-image scores in the browser,
// worst first, with the split's metrics table, CSV and grid as core computes them; scores
// kept beside the runs; dense CRF on every model and in the scores; and Fix Label, whose
// correction is rescored on return.
#include <QAction>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

#include <opencv2/core.hpp>

#include "core/infer/dense_crf.h"
#include "core/infer/model_comparison.h"
#include "core/infer/predictor.h"
#include "core/project/project.h"
#include "support/compare_fixture.h"
#include "support/gui_helpers.h"
#include "support/test_files.h"
#include "ui/annotate/annotator.h"
#include "ui/annotate/mask_canvas.h"
#include "ui/annotate/mask_document.h"
#include "ui/compare/dense_crf_button.h"
#include "ui/compare/image_scores_model.h"
#include "ui/compare/split_scoring.h"
#include "ui/compare/split_summary.h"
#include "ui/compare/validation_browser.h"
#include "ui/main_window.h"

using namespace seg;
using test::waitUntilIdle;
namespace fs = std::filesystem;

class TestCompareSplit : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    core::Dataset m_data;
    fs::path m_runs;

private Q_SLOTS:
    // Every function starts with no remembered models or CRF.
    void init() { QSettings().remove(QStringLiteral("compare")); }

    void initTestCase() {
        const test::TwoTinyRuns made = test::trainTwoTinyRuns(test::toPath(m_dir.path()));
        QVERIFY(!made.checkpoints[0].empty() && !made.checkpoints[1].empty());
        m_data = made.data;
        m_runs = made.runs;
    }

    // Scoring the validation split in the background: a row per validation image with each
    // model's scores as core/eval computes them, worst first; the class filter; the split's
    // table, CSV and grid; a corrected label rescores its row.
    void validationBrowserAndSplitMetrics() {
        ui::CompareView view;
        view.resize(1100, 800);
        view.show();
        view.setProject(m_data.classes, &m_data, m_runs);
        auto* list = test::tickModels(view, {0, 1});
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
            test::tickModels(later, {0, 1});
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

    // The Dense CRF switch refines every model's prediction exactly as core's CRF does, the
    // split is scored again with it (under "+ CRF" names), and it is remembered.
    void denseCrfRefinesPredictionsAndScores() {
        ui::CompareView view;
        view.setProject(m_data.classes, &m_data, m_runs);
        auto* list = test::tickModels(view, {0});
        const auto sample = test::showSample(view, m_data, 0);
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
        test::tickModels(*view, {0});
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
};

QTEST_MAIN(TestCompareSplit)
#include "tst_compare_split.moc"
