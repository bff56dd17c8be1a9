// Comparing models: the table is core/eval's metrics of each model's predictions, the best
// of each row is marked, and the CSV, the hardest images and the picture grid follow it.
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

#include "core/common/error.h"
#include "core/eval/confusion_matrix.h"
#include "core/eval/metrics.h"
#include "core/infer/evaluation_store.h"
#include "core/infer/model_comparison.h"
#include "support/test_files.h"
#include "support/tiny_training.h"

using namespace seg;
namespace fs = std::filesystem;

namespace {

// Predicts one class everywhere.
class ConstantPredictor : public core::Predictor {
public:
    ConstantPredictor(const core::ClassMap& classes, int label, fs::path file) : m_label(label) {
        m_info.classes = classes;
        m_info.file = std::move(file);
    }
    const core::PredictorInfo& info() const override { return m_info; }
    cv::Mat predictMask(const cv::Mat& image) override {
        return cv::Mat(image.size(), CV_8UC1, cv::Scalar(m_label));
    }
    std::vector<cv::Mat> predictProbabilities(const cv::Mat&) override { return {}; }

private:
    int m_label;
    core::PredictorInfo m_info;
};

}  // namespace

class TestModelComparison : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    core::Dataset m_data;

    // core/eval on the predictions of `predictor` over the validation split.
    core::SegmentationMetrics metricsOf(core::Predictor& predictor) const {
        core::ConfusionMatrix matrix(m_data.classes.size(), m_data.classes.ignoreIndex());
        for (const auto& s : m_data.samples)
            if (s.split == core::Split::Val && s.hasMask()) {
                const auto loaded = core::loadSample(m_data, s);
                matrix.add(predictor.predictMask(loaded.image), loaded.mask);
            }
        return core::computeMetrics(matrix);
    }

    static bool same(double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == b; }

private Q_SLOTS:
    void initTestCase() {
        m_data = test::tinyShapesDataset(test::toPath(m_dir.path()) / "shapes", 20, 32);
    }

    void tableEqualsCoreEvalAndMarksTheBest() {
        ConstantPredictor background(m_data.classes, 0, "/runs/a/checkpoints/best.pt");
        ConstantPredictor firstShape(m_data.classes, 1, "/models/shape.pt");
        const auto comparison =
            core::compareModels({&background, &firstShape}, m_data, {core::Split::Val});
        QCOMPARE(comparison.models, (std::vector<std::string>{"a/best", "shape.pt"}));
        const auto rows = core::comparisonTable(comparison, m_data.classes);
        QCOMPARE(int(rows.size()), 5 + m_data.classes.size());
        const core::SegmentationMetrics expected[2] = {metricsOf(background),
                                                       metricsOf(firstShape)};
        for (int m = 0; m < 2; ++m) {
            QVERIFY(same(rows[0].values[m], expected[m].pixelAccuracy));
            QVERIFY(same(rows[1].values[m], expected[m].meanClassAccuracy));
            QVERIFY(same(rows[2].values[m], expected[m].meanIoU));
            QVERIFY(same(rows[3].values[m], expected[m].frequencyWeightedIoU));
            QVERIFY(same(rows[4].values[m], expected[m].meanDice));
            for (int c = 0; c < m_data.classes.size(); ++c)
                QVERIFY(same(rows[size_t(5 + c)].values[m], expected[m].classes[size_t(c)].iou));
        }
        // Background covers most pixels of the shapes: predicting it everywhere has the
        // higher pixel accuracy; the class-1 IoU row is won by the model predicting class 1.
        QVERIFY(expected[0].pixelAccuracy > expected[1].pixelAccuracy);
        QCOMPARE(rows[0].best, (std::vector<bool>{true, false}));
        QCOMPARE(rows[6].metric, "IoU " + m_data.classes.at(1).name);
        QCOMPARE(rows[6].best, (std::vector<bool>{false, true}));
    }

    // A row where every model scores the same marks none of them.
    void tiesMarkNoModel() {
        ConstantPredictor a(m_data.classes, 0, "a.pt"), b(m_data.classes, 0, "b.pt");
        const auto rows = core::comparisonTable(
            core::compareModels({&a, &b}, m_data, {core::Split::Val}), m_data.classes);
        for (const auto& row : rows) QCOMPARE(row.best, (std::vector<bool>{false, false}));
    }

    void csvHoldsTheTable() {
        const std::vector<core::ComparisonRow> rows = {{"mean IoU", {0.5, std::nan("")}, {}},
                                                       {"IoU a, \"b\"", {0.25, 1.0}, {}}};
        QCOMPARE(core::comparisonCsv(rows, {"run1/best", "m,2"}),
                 std::string("metric,run1/best,\"m,2\"\n"
                             "mean IoU,0.500000,\n"
                             "\"IoU a, \"\"b\"\"\",0.250000,1.000000\n"));
    }

    void hardestImagesComeFirst() {
        core::ModelComparison comparison;
        comparison.models = {"a", "b"};
        comparison.evaluations.resize(2);
        const auto score = [](const char* id, double miou) {
            core::ImageScore s;
            s.sampleId = id;
            s.meanIoU = miou;
            return s;
        };
        comparison.evaluations[0].perImage = {score("x", 0.9), score("y", 0.2), score("z", 0.5)};
        comparison.evaluations[1].perImage = {score("x", 0.9), score("y", 0.6), score("z", 0.1)};
        QCOMPARE(core::hardestImages(comparison, 2), (std::vector<std::string>{"z", "y"}));
        QCOMPARE(core::hardestImages(comparison, 10).size(), size_t(3));
    }

    void classesThatDifferAreRefusedNamingTheModel() {
        ConstantPredictor other(core::ClassMap({"sky", "ground"}), 0, "/models/other.pt");
        ConstantPredictor fine(m_data.classes, 0, "/models/fine.pt");
        try {
            core::compareModels({&fine, &other}, m_data, {core::Split::Val});
            QFAIL("models with other classes were compared");
        } catch (const core::Error& e) {
            QCOMPARE(e.file(), fs::path("/models/other.pt"));
        }
    }

    void stoppingStopsEarly() {
        ConstantPredictor a(m_data.classes, 0, "a.pt"), b(m_data.classes, 1, "b.pt");
        int calls = 0;
        const auto comparison = core::compareModels({&a, &b}, m_data, {core::Split::Val},
                                                    [&](int, int) { return ++calls < 2; });
        QCOMPARE(int(comparison.evaluations.size()), 1);
    }

    // An evaluation kept on disk reads back the same; a damaged or foreign file reads as none.
    void evaluationsSurviveOnDisk() {
        ConstantPredictor shape(m_data.classes, 1, "/models/shape.pt");
        const auto evaluation =
            core::compareModels({&shape}, m_data, {core::Split::Val}).evaluations.front();
        const fs::path file = test::toPath(m_dir.path()) / "cache" / "a.json";
        core::saveEvaluation(file, evaluation);
        const auto back = core::loadEvaluation(file, m_data.classes.size(), 255);
        QVERIFY(back);
        QCOMPARE(back->images, evaluation.images);
        QCOMPARE(back->metrics.pixelAccuracy, evaluation.metrics.pixelAccuracy);
        QCOMPARE(back->metrics.meanIoU, evaluation.metrics.meanIoU);
        for (int t = 0; t < m_data.classes.size(); ++t)
            for (int p = 0; p < m_data.classes.size(); ++p)
                QCOMPARE(back->confusion.count(t, p), evaluation.confusion.count(t, p));
        QCOMPARE(back->perImage.size(), evaluation.perImage.size());
        for (size_t i = 0; i < evaluation.perImage.size(); ++i) {
            QCOMPARE(back->perImage[i].sampleId, evaluation.perImage[i].sampleId);
            QVERIFY(same(back->perImage[i].meanIoU, evaluation.perImage[i].meanIoU));
            QCOMPARE(back->perImage[i].worstClass, evaluation.perImage[i].worstClass);
            QCOMPARE(back->perImage[i].classesInTruth, evaluation.perImage[i].classesInTruth);
        }
        QVERIFY(!core::loadEvaluation(file, m_data.classes.size() + 1, 255));  // other classes
        test::writeBytes(file, test::readBytes(file).substr(0, 40));
        QVERIFY(!core::loadEvaluation(file, m_data.classes.size(), 255));
        QVERIFY(!core::loadEvaluation(test::toPath(m_dir.path()) / "none.json", 5, 255));
    }

    void gridHasACellPerPicture() {
        const cv::Mat wide(20, 80, CV_8UC3, cv::Scalar(0, 0, 255));
        const auto grid =
            core::pictureGrid({"image", "model"}, {{wide, wide}, {wide, cv::Mat()}}, 64);
        QCOMPARE(grid.cols, 2 * 64 + 3 * 4);
        QCOMPARE(grid.rows, 28 + 2 * (64 + 4) + 4);
        // The wide picture is fitted (64 x 16) and centred in its cell.
        QCOMPARE(grid.at<cv::Vec3b>(28 + 32, 4 + 32), cv::Vec3b(0, 0, 255));
        QCOMPARE(grid.at<cv::Vec3b>(28 + 2, 4 + 32), cv::Vec3b(200, 200, 200));
    }
};

QTEST_GUILESS_MAIN(TestModelComparison)
#include "tst_model_comparison.moc"
