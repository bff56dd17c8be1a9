#pragma once
// A left-button drag over a mask canvas, between two image points, as a hand paints: press,
// `steps` moves with the button held, release. GUI thread.

#include <QApplication>
#include <QMouseEvent>
#include <QTest>

#include "ui/annotate/mask_canvas.h"

namespace seg::test {

inline void dragOnCanvas(ui::MaskCanvas* canvas, QPointF from, QPointF to, int steps = 8) {
    const QPoint a = canvas->toWidget(from).toPoint(), b = canvas->toWidget(to).toPoint();
    QTest::mousePress(canvas, Qt::LeftButton, {}, a);
    for (int i = 1; i <= steps; ++i) {
        const QPoint at = a + (b - a) * i / steps;
        // QTest::mouseMove carries no buttons: a move with the left button held is sent.
        QMouseEvent move(QEvent::MouseMove, QPointF(at), canvas->mapToGlobal(QPointF(at)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(canvas, &move);
    }
    QTest::mouseRelease(canvas, Qt::LeftButton, {}, b);
}

}  // namespace seg::test
