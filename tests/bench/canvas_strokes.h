#pragma once
// A stroke of the mouse across a mask canvas, in image points, as a hand moves: press, a move
// every 10 ms, release. GUI thread; header-only for the window benchmarks.

#include <QApplication>
#include <QMouseEvent>
#include <QTest>

#include "ui/annotate/mask_canvas.h"

namespace seg::bench {

inline void sendMouse(QWidget* widget, QEvent::Type type, QPointF at) {
    QMouseEvent event(type, at, widget->mapToGlobal(at),
                      type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton,
                      type == QEvent::MouseButtonRelease ? Qt::NoButton : Qt::LeftButton,
                      Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
}

inline void strokeCanvas(ui::MaskCanvas* canvas, QPointF from, QPointF to, int moves) {
    sendMouse(canvas, QEvent::MouseButtonPress, canvas->toWidget(from));
    for (int i = 1; i <= moves; ++i) {
        sendMouse(canvas, QEvent::MouseMove, canvas->toWidget(from + (to - from) * i / double(moves)));
        QTest::qWait(10);
    }
    sendMouse(canvas, QEvent::MouseButtonRelease, canvas->toWidget(to));
}

}  // namespace seg::bench
