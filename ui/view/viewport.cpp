#include "ui/view/viewport.h"

#include <algorithm>

namespace seg::ui {

void Viewport::set(double zoom, QPointF centre, bool fitted) {
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (zoom == m_zoom && centre == m_centre && fitted == m_fitted) return;
    m_zoom = zoom;
    m_centre = centre;
    m_fitted = fitted;
    Q_EMIT changed();
}

void Viewport::fit(QSizeF imageSize, QSizeF viewSize) {
    if (imageSize.isEmpty() || viewSize.isEmpty()) {
        m_fitted = true;
        return;
    }
    const double zoom =
        std::min(viewSize.width() / imageSize.width(), viewSize.height() / imageSize.height());
    set(zoom, QPointF(imageSize.width() / 2, imageSize.height() / 2), true);
}

}  // namespace seg::ui
