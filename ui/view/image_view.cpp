#include "ui/view/image_view.h"

#include <cmath>

#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

namespace seg::ui {

namespace {

constexpr double kGridZoom = 8.0;  // pixel grid from this zoom on

}  // namespace

ImageView::ImageView(QWidget* parent) : QWidget(parent), m_ownViewport(new Viewport(this)) {
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::CrossCursor);
    followViewport();
}

void ImageView::setImage(const QImage& image) {
    m_image = image.copy();
    if (viewport()->isFitted()) zoomToFit();
    update();
}

void ImageView::setMask(const QImage& mask) {
    m_mask = mask.copy();
    update();
}

void ImageView::setMessage(const QString& message) {
    m_message = message;
    update();
}

void ImageView::setOverlay(Overlay overlay) {
    m_overlay = overlay;
    update();
}

void ImageView::setViewport(Viewport* shared) {
    disconnect(viewport(), nullptr, this, nullptr);
    m_viewport = shared;
    followViewport();
    update();
}

void ImageView::followViewport() {
    connect(viewport(), &Viewport::changed, this, [this] {
        Q_EMIT zoomChanged(zoom());
        update();
    });
}

// ---- coordinates ----

QPointF ImageView::origin() const {
    return QPointF(width() / 2.0, height() / 2.0) - viewport()->centre() * zoom();
}

QPointF ImageView::toImage(QPointF w) const {
    return (w - origin()) / zoom();
}

QPointF ImageView::toWidget(QPointF p) const {
    return p * zoom() + origin();
}

void ImageView::zoomToFit() {
    if (!hasImage() || width() <= 0 || height() <= 0) {
        viewport()->set(zoom(), viewport()->centre(), true);
        update();
        return;
    }
    viewport()->fit(QSizeF(shownImage().size()), QSizeF(size()));
    update();
}

void ImageView::zoomTo(double newZoom, QPointF around) {
    newZoom = std::clamp(newZoom, Viewport::kMinZoom, Viewport::kMaxZoom);
    const QPointF fixed = toImage(around);  // the point under the cursor stays put
    const QPointF newOrigin = around - fixed * newZoom;
    const QPointF centre = (QPointF(width() / 2.0, height() / 2.0) - newOrigin) / newZoom;
    viewport()->set(newZoom, centre, false);
}

void ImageView::zoomActualSize() {
    zoomTo(1.0, QPointF(width() / 2.0, height() / 2.0));
}

void ImageView::resizeEvent(QResizeEvent*) {
    if (viewport()->isFitted()) zoomToFit();
}

void ImageView::updateImageRect(const QRect& pixels) {
    // One pixel of slack on each side for smoothing and rounding.
    const QRectF r(toWidget(pixels.topLeft()), toWidget(pixels.bottomRight() + QPoint(1, 1)));
    update(r.toAlignedRect().adjusted(-2, -2, 2, 2));
}

// ---- drawing ----

void ImageView::paintEvent(QPaintEvent* event) {
    QPainter painter(this);
    const QRect dirty = event->rect();
    painter.fillRect(dirty, palette().color(QPalette::Dark));
    if (!hasImage()) {
        painter.setPen(palette().color(QPalette::BrightText));
        painter.drawText(rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap,
                         m_message);
        return;
    }
    const QImage& image = shownImage();
    // Only the part of the image under the dirty rectangle is scaled and drawn.
    const QRectF wanted(toImage(dirty.topLeft()), toImage(dirty.bottomRight() + QPoint(1, 1)));
    const QRect pixels = wanted.toAlignedRect().adjusted(-1, -1, 1, 1).intersected(image.rect());
    if (!pixels.isEmpty()) {
        const QRectF target(toWidget(pixels.topLeft()),
                            toWidget(pixels.bottomRight() + QPoint(1, 1)));
        painter.setRenderHint(QPainter::SmoothPixmapTransform, zoom() < 1.0);
        painter.drawImage(target, image, pixels);
        painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
        drawUnderMask(painter, pixels, target);
        const QImage& mask = shownMask();
        if (!mask.isNull() && mask.size() == image.size()) {
            if (m_overlay == Overlay::Filled)
                painter.drawImage(target, mask, pixels);
            else if (m_overlay == Overlay::Outline)
                drawOutlines(painter, pixels, target);
        }
        if (zoom() >= kGridZoom) {
            painter.setPen(QPen(QColor(0, 0, 0, 60), 0));
            for (int x = pixels.left(); x <= pixels.right() + 1; ++x)
                painter.drawLine(toWidget(QPointF(x, pixels.top())),
                                 toWidget(QPointF(x, pixels.bottom() + 1)));
            for (int y = pixels.top(); y <= pixels.bottom() + 1; ++y)
                painter.drawLine(toWidget(QPointF(pixels.left(), y)),
                                 toWidget(QPointF(pixels.right() + 1, y)));
        }
    }
    painter.setRenderHint(QPainter::Antialiasing);
    drawOverlay(painter);
}

void ImageView::drawOutlines(QPainter& painter, const QRect& pixels, const QRectF& target) {
    // Class boundaries in the visible part: pixels whose right or lower neighbour differs,
    // in the class's colour at full opacity (whatever the mask's opacity). A colour table
    // entry of transparent black is the unlabelled value: it has no outline.
    const QImage& mask = shownMask();
    const QList<QRgb> colours = mask.colorTable();
    QImage edges(pixels.size(), QImage::Format_ARGB32_Premultiplied);
    edges.fill(Qt::transparent);
    for (int y = 0; y < pixels.height(); ++y) {
        const uchar* row = mask.constScanLine(pixels.top() + y) + pixels.left();
        const uchar* below = y + 1 < pixels.height()
                                 ? mask.constScanLine(pixels.top() + y + 1) + pixels.left()
                                 : row;
        auto* out = reinterpret_cast<QRgb*>(edges.scanLine(y));
        for (int x = 0; x < pixels.width(); ++x) {
            const uchar v = row[x];
            const bool edge = (x + 1 < pixels.width() && row[x + 1] != v) || below[x] != v;
            if (edge && v < colours.size() && colours[v] != 0u) {
                const QRgb c = colours[v];
                out[x] = qRgba(qRed(c), qGreen(c), qBlue(c), 255);
            }
        }
    }
    painter.drawImage(target, edges);
}

// ---- interaction ----

void ImageView::beginPan(QPointF w) {
    m_panning = true;
    m_panFrom = w;
    setCursor(Qt::ClosedHandCursor);
}

void ImageView::panTo(QPointF w) {
    const QPointF centre = viewport()->centre() - (w - m_panFrom) / zoom();
    m_panFrom = w;
    viewport()->set(zoom(), centre, false);
}

void ImageView::endPan() {
    m_panning = false;
    setCursor(Qt::CrossCursor);
}

void ImageView::hover(QPointF w) {
    if (!hasImage()) return;
    const QPointF p = toImage(w);
    const QPoint pixel(int(std::floor(p.x())), int(std::floor(p.y())));
    const QImage& mask = shownMask();
    const bool inside = !mask.isNull() && mask.rect().contains(pixel);
    Q_EMIT hovered(pixel, inside ? mask.pixelIndex(pixel) : -1);
}

void ImageView::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::MiddleButton) beginPan(event->position());
}

void ImageView::mouseMoveEvent(QMouseEvent* event) {
    if (m_panning) {
        panTo(event->position());
        return;
    }
    hover(event->position());
}

void ImageView::mouseReleaseEvent(QMouseEvent* event) {
    if (m_panning && event->button() == Qt::MiddleButton) endPan();
}

void ImageView::mouseDoubleClickEvent(QMouseEvent* event) {
    if (event->button() == Qt::MiddleButton) zoomToFit();
}

void ImageView::wheelEvent(QWheelEvent* event) {
    zoomTo(zoom() * std::pow(1.25, event->angleDelta().y() / 120.0), event->position());
    event->accept();
}

void ImageView::leaveEvent(QEvent*) {
    Q_EMIT hovered(QPoint(-1, -1), -1);
}

}  // namespace seg::ui
