#include <QTest>

#include <cmath>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include "core/annotate/assisted.h"

using namespace seg;

// The assisted tools on an image whose answer is known: a bright disc on a dark, noisy
// background.
class TestAssisted : public QObject {
    Q_OBJECT

    cv::Mat m_image;
    cv::Mat m_disc;  // 255 inside the disc
    const cv::Point m_centre{60, 60};
    const int m_radius = 25;

    double iou(const cv::Mat& a, const cv::Mat& b) const {
        const double inter = cv::countNonZero(a & b), uni = cv::countNonZero(a | b);
        return uni > 0 ? inter / uni : 0.0;
    }

private Q_SLOTS:
    void initTestCase() {
        m_image = cv::Mat(120, 120, CV_8UC3, cv::Scalar(30, 40, 50));
        cv::circle(m_image, m_centre, m_radius, cv::Scalar(200, 190, 180), cv::FILLED);
        cv::Mat noise(m_image.size(), CV_8UC3);
        cv::randu(noise, 0, 12);
        m_image += noise;
        m_disc = cv::Mat(m_image.size(), CV_8UC1, cv::Scalar(0));
        cv::circle(m_disc, m_centre, m_radius, cv::Scalar(255), cv::FILLED);
    }

    void grabCutFromABoxFindsTheDisc() {
        const cv::Mat fg = core::grabCutBox(m_image, {28, 28, 65, 65});
        QVERIFY2(iou(fg, m_disc) > 0.9, qPrintable(QString::number(iou(fg, m_disc))));
    }

    void grabCutFromScribbles() {
        cv::Mat scribbles(m_image.size(), CV_8UC1, cv::Scalar(0));
        cv::line(scribbles, {50, 60}, {70, 60}, cv::Scalar(1), 3);
        cv::line(scribbles, {5, 5}, {5, 110}, cv::Scalar(2), 3);
        cv::line(scribbles, {110, 5}, {110, 110}, cv::Scalar(2), 3);
        const cv::Mat fg = core::grabCutScribbles(m_image, scribbles, {0, 0, 120, 120});
        QVERIFY2(iou(fg, m_disc) > 0.85, qPrintable(QString::number(iou(fg, m_disc))));
    }

    void watershedGrowsScribblesToTheEdges() {
        cv::Mat mask(m_image.size(), CV_8UC1, cv::Scalar(255));
        cv::line(mask, {55, 60}, {65, 60}, cv::Scalar(1), 3);  // a scribble on the disc
        cv::line(mask, {5, 5}, {110, 5}, cv::Scalar(0), 3);    // one on the background
        const cv::Mat grown = core::growLabels(m_image, mask, 255);
        QVERIFY2(iou(grown == 1, m_disc) > 0.9,
                 qPrintable(QString::number(iou(grown == 1, m_disc))));
        QVERIFY(cv::countNonZero(grown == 0) > 120 * 120 - cv::countNonZero(m_disc) - 200);
        QCOMPARE(cv::countNonZero(grown == 255), 0);  // every pixel is reached, dams too
        QVERIFY(cv::countNonZero(grown(cv::Rect(50, 58, 20, 5)) != 1) == 0);  // scribble kept
    }

    void aSuperpixelStaysInsideTheDisc() {
        const core::Superpixels superpixels(m_image, 12);
        QVERIFY(superpixels.count() > 20);
        cv::Rect bounds;
        const cv::Mat region = superpixels.regionAt(m_centre, &bounds);
        const int inside = cv::countNonZero(region & m_disc), all = cv::countNonZero(region);
        QVERIFY(all > 20);
        QVERIFY2(inside >= all * 0.95, qPrintable(QStringLiteral("%1 of %2").arg(inside).arg(all)));
        QVERIFY(bounds.contains(m_centre));
        QVERIFY(superpixels.regionAt({500, 5}).empty());
    }

    void scissorsFollowTheDiscsEdge() {
        core::Scissors scissors(m_image);
        scissors.setAnchor({m_centre.x, m_centre.y - m_radius});
        const auto path = scissors.pathTo({m_centre.x + m_radius, m_centre.y});
        QVERIFY(path.size() > 20);
        for (const auto& p : path) {
            const double d = std::hypot(p.x - m_centre.x, p.y - m_centre.y);
            QVERIFY2(
                std::abs(d - m_radius) <= 3.0,
                qPrintable(
                    QStringLiteral("(%1, %2) is %3 from the centre").arg(p.x).arg(p.y).arg(d)));
        }
    }
};

QTEST_GUILESS_MAIN(TestAssisted)
#include "tst_assisted.moc"
