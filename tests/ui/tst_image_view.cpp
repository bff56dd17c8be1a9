#include <QApplication>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>

#include <vector>

#include "ui/view/image_view.h"
#include "ui/view/viewport.h"

using namespace seg;

// The read-only view that the painting canvas and the comparison panes share: linked zoom
// and pan through one Viewport, pixels of its own, the mask drawn filled, as outlines or not
// at all, and the readout under the cursor.
class TestImageView : public QObject {
    Q_OBJECT

    // A 40x30 grey image, and a mask whose left half is class 1 (red, opaque) and right half
    // unlabelled (255, transparent).
    static QImage image() {
        QImage i(40, 30, QImage::Format_RGB32);
        i.fill(QColor(100, 100, 100));
        return i;
    }
    static QImage mask(uchar* pixels) {
        QImage m(pixels, 40, 30, 40, QImage::Format_Indexed8);
        QList<QRgb> table(256, qRgba(0, 0, 0, 0));
        table[1] = qRgba(255, 0, 0, 255);
        m.setColorTable(table);
        return m;
    }
    static std::vector<uchar> halfLabelled() {
        std::vector<uchar> pixels(40 * 30, 255);
        for (int y = 0; y < 30; ++y)
            for (int x = 0; x < 20; ++x) pixels[size_t(y * 40 + x)] = 1;
        return pixels;
    }
    static QColor shownAt(ui::ImageView& view, QPointF imagePoint) {
        return view.grab().toImage().pixelColor(view.toWidget(imagePoint).toPoint());
    }

private Q_SLOTS:
    void linkedViewsZoomAndPanTogether() {
        ui::ImageView a, b;
        a.resize(400, 300);
        b.resize(250, 350);  // another size: the same image point stays at both centres
        a.setImage(image());
        b.setImage(image());
        ui::Viewport shared;
        a.setViewport(&shared);
        b.setViewport(&shared);
        a.zoomToFit();
        QCOMPARE(b.zoom(), a.zoom());

        a.zoomTo(4.0, QPointF(100, 80));
        QCOMPARE(b.zoom(), 4.0);
        const QPointF centreA = a.toImage(QPointF(200, 150)),
                      centreB = b.toImage(QPointF(125, 175));
        QVERIFY(std::abs(centreA.x() - centreB.x()) < 1e-9);
        QVERIFY(std::abs(centreA.y() - centreB.y()) < 1e-9);

        // Dragging with the middle button in one pans the other by the same image distance.
        QTest::mousePress(&a, Qt::MiddleButton, {}, QPoint(200, 150));
        QMouseEvent move(QEvent::MouseMove, QPointF(240, 130), a.mapToGlobal(QPointF(240, 130)),
                         Qt::NoButton, Qt::MiddleButton, Qt::NoModifier);
        QApplication::sendEvent(&a, &move);
        QTest::mouseRelease(&a, Qt::MiddleButton, {}, QPoint(240, 130));
        const QPointF moved = b.toImage(QPointF(125, 175)) - centreB;
        QVERIFY(std::abs(moved.x() - (-40 / 4.0)) < 1e-9);
        QVERIFY(std::abs(moved.y() - (20 / 4.0)) < 1e-9);

        // Unlinked, it goes its own way again.
        b.setViewport(nullptr);
        a.zoomTo(2.0, QPointF(10, 10));
        QVERIFY(b.zoom() != 2.0);
    }

    void theViewKeepsPixelsOfItsOwn() {
        ui::ImageView view;
        view.resize(200, 150);
        view.setImage(image());
        std::vector<uchar> pixels = halfLabelled();
        view.setMask(mask(pixels.data()));
        QSignalSpy hovered(&view, &ui::ImageView::hovered);
        // The buffer it was given is overwritten and freed: the view still shows its copy.
        std::fill(pixels.begin(), pixels.end(), 255);
        pixels.clear();
        pixels.shrink_to_fit();
        const QPointF at = view.toWidget(QPointF(5.5, 5.5));
        QMouseEvent move(QEvent::MouseMove, at, view.mapToGlobal(at), Qt::NoButton, Qt::NoButton,
                         Qt::NoModifier);
        QApplication::sendEvent(&view, &move);
        QVERIFY(!hovered.isEmpty());
        QCOMPARE(hovered.last().at(0).toPoint(), QPoint(5, 5));
        QCOMPARE(hovered.last().at(1).toInt(), 1);
        QCOMPARE(shownAt(view, QPointF(5.5, 5.5)), QColor(255, 0, 0));
    }

    void theMaskIsFilledOutlinedOrHidden() {
        ui::ImageView view;
        view.resize(400, 300);
        view.setImage(image());
        std::vector<uchar> pixels = halfLabelled();
        view.setMask(mask(pixels.data()));
        view.zoomToFit();
        const QPointF inside(5.5, 15.5), edge(19.5, 15.5), unlabelled(30.5, 15.5);
        QCOMPARE(shownAt(view, inside), QColor(255, 0, 0));
        QCOMPARE(shownAt(view, unlabelled), QColor(100, 100, 100));
        view.setOverlay(ui::ImageView::Overlay::Outline);
        QCOMPARE(shownAt(view, inside), QColor(100, 100, 100));
        QCOMPARE(shownAt(view, edge), QColor(255, 0, 0));
        view.setOverlay(ui::ImageView::Overlay::Hidden);
        QCOMPARE(shownAt(view, edge), QColor(100, 100, 100));
    }
};

QTEST_MAIN(TestImageView)
#include "tst_image_view.moc"
