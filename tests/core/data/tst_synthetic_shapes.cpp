#include <QTemporaryDir>
#include <QTest>

#include <opencv2/core.hpp>

#include "core/common/error.h"
#include "core/data/dataset.h"
#include "core/data/synthetic_shapes.h"
#include "support/test_files.h"

using namespace seg;
namespace fs = std::filesystem;

class TestSyntheticShapes : public QObject {
    Q_OBJECT

    static core::Rgb pixel(const cv::Mat& image, int y, int x) {
        const auto v = image.at<cv::Vec3b>(y, x);
        return {v[2], v[1], v[0]};
    }

private Q_SLOTS:
    void sameSeedSameSample() {
        core::SyntheticShapesOptions o;
        o.width = 64;
        o.height = 48;
        const auto a = core::generateShapesSample(o, 5), b = core::generateShapesSample(o, 5);
        QVERIFY(test::sameMat(a.image, b.image));
        QVERIFY(test::sameMat(a.mask, b.mask));
        QCOMPARE(a.image.cols, 64);
        QCOMPARE(a.image.rows, 48);
        o.seed = 2;
        QVERIFY(!test::sameMat(core::generateShapesSample(o, 5).mask, a.mask));
        QVERIFY(!test::sameMat(core::generateShapesSample(o, 6).mask,
                               core::generateShapesSample(o, 5).mask));
    }

    // Without noise every pixel's colour tells which shape painted it, so the mask must
    // give that shape's kind: background pixels keep the background colour and each labelled
    // pixel has the colour of a shape of its class.
    void maskAgreesWithImagePixelForPixel() {
        core::SyntheticShapesOptions o;
        o.noiseSigma = 0;
        o.width = o.height = 96;
        for (int index = 0; index < 40; ++index) {
            const auto s = core::generateShapesSample(o, index);
            for (int y = 0; y < s.mask.rows; ++y)
                for (int x = 0; x < s.mask.cols; ++x) {
                    const int label = s.mask.at<uint8_t>(y, x);
                    const core::Rgb color = pixel(s.image, y, x);
                    if (label == 0) {
                        QVERIFY2(color == s.background,
                                 qPrintable(
                                     QStringLiteral("sample %1 (%2,%3)").arg(index).arg(x).arg(y)));
                        continue;
                    }
                    QVERIFY(label >= 1 && label <= 4);
                    bool matched = false;
                    for (const auto& shape : s.shapes)
                        matched |= int(shape.kind) == label && shape.color == color;
                    QVERIFY2(
                        matched,
                        qPrintable(QStringLiteral("sample %1 (%2,%3)").arg(index).arg(x).arg(y)));
                }
        }
    }

    void everyShapeKindAppearsInADataset() {
        core::SyntheticShapesOptions o;
        o.width = o.height = 64;
        int pixels[5] = {};
        for (int i = 0; i < 30; ++i) {
            const auto s = core::generateShapesSample(o, i);
            for (int v = 0; v < 5; ++v) pixels[v] += cv::countNonZero(s.mask == v);
        }
        for (int v = 0; v < 5; ++v) QVERIFY2(pixels[v] > 0, qPrintable(QString::number(v)));
    }

    void writesAReadableFolderPairsDataset() {
        QTemporaryDir dir;
        const fs::path root = test::toPath(dir.path()) / "shapes";
        core::SyntheticShapesOptions o;
        o.count = 12;
        o.width = o.height = 32;
        QVERIFY(core::writeShapesDataset(root, o));
        const core::Dataset d = core::openDataset(root);
        QCOMPARE(d.samples.size(), size_t{12});
        QCOMPARE(d.classes.size(), 5);
        QCOMPARE(d.classes.at(4).name, std::string("ellipse"));
        const auto loaded = core::loadSample(d, d.samples[3]);
        QVERIFY(test::sameMat(loaded.mask, core::generateShapesSample(o, 3).mask));
        QVERIFY(test::sameMat(loaded.image, core::generateShapesSample(o, 3).image));
    }

    void stopsWhenProgressSaysSo() {
        QTemporaryDir dir;
        core::SyntheticShapesOptions o;
        o.count = 50;
        o.width = o.height = 16;
        QVERIFY(!core::writeShapesDataset(test::toPath(dir.path()), o,
                                          [](int done, int) { return done < 3; }));
    }

    void badOptionsAreRejected() {
        core::SyntheticShapesOptions o;
        o.width = 4;
        QVERIFY_THROWS_EXCEPTION(core::Error, core::generateShapesSample(o, 0));
        o = {};
        o.minShapes = 5;
        o.maxShapes = 2;
        QVERIFY_THROWS_EXCEPTION(core::Error, core::generateShapesSample(o, 0));
    }
};

QTEST_GUILESS_MAIN(TestSyntheticShapes)
#include "tst_synthetic_shapes.moc"
