#include "ui/compare/marked_image_view.h"

#include <QPainter>

namespace seg::ui {

void MarkedImageView::setMarker(std::optional<QPoint> pixel) {
    if (pixel == m_marker) return;
    m_marker = pixel;
    update();
}

void MarkedImageView::setOutlines(const QImage& outlines) {
    m_outlines = outlines;
    update();
}

void MarkedImageView::drawOverlay(QPainter& painter) {
    if (!m_outlines.isNull() && m_outlines.size() == image().size()) {
        painter.save();
        painter.setRenderHint(QPainter::SmoothPixmapTransform, false);  // pixel-exact lines
        painter.drawImage(QRectF(toWidget(QPointF(0, 0)),
                                 toWidget(QPointF(m_outlines.width(), m_outlines.height()))),
                          m_outlines);
        painter.restore();
    }
    if (!m_marker) return;
    const QPointF centre = toWidget(QPointF(*m_marker) + QPointF(0.5, 0.5));
    const double arm = 7.0;
    // A dark cross under a light one stays visible on any image.
    for (const auto& [colour, width] :
         {std::pair{QColor(0, 0, 0, 160), 3.0}, std::pair{QColor(255, 255, 255), 1.0}}) {
        painter.setPen(QPen(colour, width));
        painter.drawLine(centre - QPointF(arm, 0), centre + QPointF(arm, 0));
        painter.drawLine(centre - QPointF(0, arm), centre + QPointF(0, arm));
    }
}

}  // namespace seg::ui
