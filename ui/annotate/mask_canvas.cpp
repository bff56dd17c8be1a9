#include "ui/annotate/mask_canvas.h"

#include <algorithm>
#include <cmath>

#include <QApplication>
#include <QFutureWatcher>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>
#include <opencv2/imgproc.hpp>

#include "ui/annotate/mask_document.h"
#include "ui/jobs/background_job.h"
#include "ui/text/error_text.h"

namespace seg::ui {

namespace {

cv::Point2f toCv(QPointF p) {
    return {static_cast<float>(p.x()), static_cast<float>(p.y())};
}

QRect toQRect(const cv::Rect& r) {
    return {r.x, r.y, r.width, r.height};
}

}  // namespace

MaskCanvas::MaskCanvas(QWidget* parent) : ImageView(parent) {
    setFocusPolicy(Qt::StrongFocus);
}

void MaskCanvas::setDocument(MaskDocument* document) {
    if (m_document) disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_superpixels.reset();  // they belong to the previous image
    m_scissors.reset();
    m_scissorsPath.clear();
    m_scissorsLive.clear();
    m_shape.clear();
    if (m_document) connect(m_document, &MaskDocument::changed, this, &MaskCanvas::updateImageRect);
    zoomToFit();
}

const QImage& MaskCanvas::shownImage() const {
    static const QImage none;
    return hasImage() ? m_document->image() : none;
}

const QImage& MaskCanvas::shownMask() const {
    static const QImage none;
    return hasImage() ? m_document->maskImage() : none;
}

bool MaskCanvas::hasImage() const {
    return m_document && m_document->isOpen();
}

void MaskCanvas::setTool(Tool tool) {
    m_tool = tool;
    m_shape.clear();
    m_scissorsPath.clear();
    m_scissorsLive.clear();
    m_dragging = false;
    update();
}

void MaskCanvas::setCurrentClass(int index) {
    m_class = index;
}

void MaskCanvas::setBrush(const core::Brush& brush) {
    m_brush = brush;
    m_brush.diameter = std::clamp(m_brush.diameter, 1.0f, 1000.0f);
    Q_EMIT brushChanged(m_brush.diameter);
    update();
}

bool MaskCanvas::canEdit() const {
    return m_editable && m_document && m_document->isOpen() && !m_document->isReadOnly();
}

uint8_t MaskCanvas::paintValue() const {
    const uint8_t ignore = m_document ? m_document->classes().ignoreIndex() : 255;
    return m_tool == Tool::Eraser ? ignore : static_cast<uint8_t>(m_class);
}

// ---- painting ----

void MaskCanvas::drawOverlay(QPainter& painter) {
    if (!hasImage()) return;
    // Shapes being drawn, and the brush footprint.
    const QColor ink = m_document->classes().size() > m_class
                           ? QColor(m_document->classes().at(m_class).color.r,
                                    m_document->classes().at(m_class).color.g,
                                    m_document->classes().at(m_class).color.b)
                           : QColor(Qt::white);
    if (!m_shape.empty()) {
        QPolygonF poly;
        for (const auto& p : m_shape) poly << toWidget(p + QPointF(0.5, 0.5));
        if (m_tool == Tool::Polygon && m_cursor.x() >= 0) poly << m_cursor;
        painter.setPen(QPen(ink, 2, Qt::DashLine));
        painter.drawPolyline(poly);
    }
    if (!m_scissorsPath.empty()) {
        QPolygonF path;
        for (const auto& p : m_scissorsPath) path << toWidget(QPointF(p.x + 0.5, p.y + 0.5));
        for (const auto& p : m_scissorsLive) path << toWidget(QPointF(p.x + 0.5, p.y + 0.5));
        painter.setPen(QPen(ink, 2));
        painter.drawPolyline(path);
    }
    if (m_dragging && (m_tool == Tool::Rectangle || m_tool == Tool::GrabCut)) {
        painter.setPen(QPen(ink, 2, Qt::DashLine));
        painter.drawRect(QRectF(toWidget(m_dragStart), m_cursor).normalized());
    }
    if (m_cursor.x() >= 0 && (m_tool == Tool::Brush || m_tool == Tool::Eraser)) {
        painter.setPen(QPen(Qt::white, 1.5));
        painter.setBrush(Qt::NoBrush);
        const QRectF r = cursorRect(m_cursor);
        if (m_brush.shape == core::BrushShape::Round)
            painter.drawEllipse(r);
        else
            painter.drawRect(r);
        painter.setPen(QPen(Qt::black, 1, Qt::DotLine));
        if (m_brush.shape == core::BrushShape::Round)
            painter.drawEllipse(r.adjusted(1, 1, -1, -1));
        else
            painter.drawRect(r.adjusted(1, 1, -1, -1));
    }
}

QRectF MaskCanvas::cursorRect(QPointF w) const {
    const double d = std::max(1.0, double(m_brush.diameter) * zoom());
    return QRectF(w.x() - d / 2, w.y() - d / 2, d, d);
}

void MaskCanvas::updateCursor(QPointF w) {
    const QPointF old = m_cursor;
    m_cursor = w;
    auto area = [this](QPointF p) { return cursorRect(p).toAlignedRect().adjusted(-3, -3, 3, 3); };
    if (m_tool == Tool::Polygon || m_tool == Tool::Rectangle || m_tool == Tool::GrabCut ||
        !m_shape.empty() || !m_scissorsPath.empty()) {
        update();  // the rubber band spans the view
        return;
    }
    if (old.x() >= 0) update(area(old));
    if (w.x() >= 0) update(area(w));
}

void MaskCanvas::enterEvent(QEnterEvent*) {
    // Keys mean painting while the pointer is over the image: 1 picks a class, [ shrinks the
    // brush. A spin box left focused by the last edit must not take them. Text being typed
    // into a plain field keeps its focus.
    const QWidget* focused = QApplication::focusWidget();
    if (!qobject_cast<const QLineEdit*>(focused)) setFocus(Qt::MouseFocusReason);
}

void MaskCanvas::leaveEvent(QEvent* event) {
    updateCursor(QPointF(-1, -1));
    ImageView::leaveEvent(event);
}

// ---- editing ----

template <typename Handler>
void MaskCanvas::guarded(Handler handler) {
    // The tools run OpenCV on the GUI thread (fill, superpixels, scissors): whatever they
    // throw becomes a message, and the window goes on.
    try {
        handler();
    } catch (...) {
        m_stroking = false;
        m_dragging = false;
        Q_EMIT assistFailed(ErrorText::describeCurrentException());
    }
}

void MaskCanvas::beginStroke(QPointF p, bool straightFromLast) {
    m_stroking = true;
    m_stroke = core::MaskPatch();
    const cv::Point2f point = toCv(p);
    if (straightFromLast && m_hasLastPoint) {
        m_lastDrawn = m_lastStrokeEnd;
        paintSegmentTo(point);
    } else {
        m_lastDrawn = point;
        paintSegmentTo(point);  // a dab
    }
    m_lastRaw = point;
}

void MaskCanvas::paintSegmentTo(cv::Point2f to) {
    core::MaskPatch segment =
        core::paintSegment(m_document->mask(), m_lastDrawn, to, m_brush, paintValue(), m_lock);
    m_lastDrawn = to;
    if (segment.empty()) return;
    m_document->journal(segment);
    updateImageRect(toQRect(segment.bounds()));
    m_stroke.merge(segment);
}

void MaskCanvas::continueStroke(QPointF p) {
    // Midpoint smoothing: draw to the middle of the last two pointer positions, which
    // rounds off the jitter of the mouse without lagging behind it.
    const cv::Point2f raw = toCv(p);
    const cv::Point2f mid = (m_lastRaw + raw) * 0.5f;
    m_lastRaw = raw;
    paintSegmentTo(mid);
}

void MaskCanvas::endStroke() {
    if (!m_stroking) return;
    paintSegmentTo(m_lastRaw);
    m_stroking = false;
    m_hasLastPoint = true;
    m_lastStrokeEnd = m_lastRaw;
    m_document->commit(std::move(m_stroke),
                       m_tool == Tool::Eraser ? tr("Erase") : tr("Brush stroke"),
                       /*journalled=*/true);
    m_stroke = core::MaskPatch();
}

void MaskCanvas::finishShape() {
    if (m_shape.size() >= 3 && canEdit()) {
        std::vector<cv::Point> polygon;
        for (const auto& p : m_shape)
            polygon.emplace_back(int(std::floor(p.x())), int(std::floor(p.y())));
        m_document->commit(core::fillPolygon(m_document->mask(), polygon, paintValue(), m_lock),
                           m_tool == Tool::Lasso ? tr("Lasso fill") : tr("Polygon fill"));
    }
    m_shape.clear();
    update();
}

void MaskCanvas::mousePressEvent(QMouseEvent* event) {
    guarded([&] { handleMousePress(event); });
}

void MaskCanvas::handleMousePress(QMouseEvent* event) {
    setFocus();
    const QPointF w = event->position();
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        beginPan(w);
        return;
    }
    if (event->button() != Qt::LeftButton || !m_document || !m_document->isOpen()) return;
    const QPointF p = toImage(w);
    const QPoint pixel(int(std::floor(p.x())), int(std::floor(p.y())));
    const bool inside = m_document->image().rect().contains(pixel);
    if (m_tool == Tool::Picker || (event->modifiers() & Qt::AltModifier)) {
        if (inside) {
            const int v = m_document->mask().at<uint8_t>(pixel.y(), pixel.x());
            if (v < m_document->classes().size()) {
                m_class = v;
                Q_EMIT classPicked(v);
            }
        }
        return;
    }
    if (!canEdit()) return;
    switch (m_tool) {
        case Tool::Brush:
        case Tool::Eraser:
            // Pixel centres: a click on pixel (x, y) paints around (x + 0.5, y + 0.5).
            beginStroke(p - QPointF(0.5, 0.5), event->modifiers() & Qt::ShiftModifier);
            break;
        case Tool::Fill:
            if (inside)
                m_document->commit(
                    core::floodFill(m_document->mask(), m_document->imageBgr(),
                                    {pixel.x(), pixel.y()}, m_tolerance, paintValue(), m_lock),
                    tr("Flood fill"));
            break;
        case Tool::Polygon:
            m_shape.push_back(p);
            update();
            break;
        case Tool::Lasso:
            m_shape = {p};
            break;
        case Tool::Rectangle:
        case Tool::GrabCut:
            m_dragging = true;
            m_dragStart = p;
            break;
        case Tool::Superpixel:
            if (inside) {
                cv::Rect bounds;
                const cv::Mat region = superpixels().regionAt({pixel.x(), pixel.y()}, &bounds);
                m_document->commit(core::applyStamp(m_document->mask(), region(bounds), bounds,
                                                    paintValue(), m_lock),
                                   tr("Superpixel fill"));
            }
            break;
        case Tool::Scissors:
            if (inside) clickScissors(p);
            break;
        case Tool::Picker:
            break;
    }
}

const core::Superpixels& MaskCanvas::superpixels() {
    if (!m_superpixels) {
        // About 600 superpixels whatever the image size, at least 8 pixels across.
        const cv::Size size = m_document->mask().size();
        const int side = std::max(8, int(std::sqrt(double(size.area()) / 600.0)));
        m_superpixels = std::make_unique<core::Superpixels>(m_document->imageBgr(), side);
    }
    return *m_superpixels;
}

core::Scissors& MaskCanvas::scissors() {
    if (!m_scissors) m_scissors = std::make_unique<core::Scissors>(m_document->imageBgr());
    return *m_scissors;
}

void MaskCanvas::clickScissors(QPointF p) {
    const cv::Point point(int(std::floor(p.x())), int(std::floor(p.y())));
    if (!m_scissorsPath.empty()) {
        // The live segment becomes part of the boundary (getContour runs from the point
        // back to the anchor: reverse it).
        std::vector<cv::Point> segment = scissors().pathTo(point);
        m_scissorsPath.insert(m_scissorsPath.end(), segment.rbegin(), segment.rend());
    }
    m_scissorsPath.push_back(point);
    m_scissorsLive.clear();
    scissors().setAnchor(point);
    update();
}

void MaskCanvas::applyGrabCut(const QRectF& box) {
    const cv::Size size = m_document->mask().size();
    const cv::Rect rect = cv::Rect(int(std::floor(box.left())), int(std::floor(box.top())),
                                   int(std::ceil(box.width())), int(std::ceil(box.height()))) &
                          cv::Rect(0, 0, size.width, size.height);
    if (rect.width < 4 || rect.height < 4) return;
    // GrabCut models colours from around the box: half the box's size on each side is
    // enough, and keeps the cost independent of the image's size.
    const int margin = std::max(rect.width, rect.height) / 2;
    const cv::Rect area = cv::Rect(rect.x - margin, rect.y - margin, rect.width + 2 * margin,
                                   rect.height + 2 * margin) &
                          cv::Rect(0, 0, size.width, size.height);
    const uint8_t value = paintValue(), ignore = m_document->classes().ignoreIndex();
    // Labels already inside the box seed GrabCut: the current class is foreground, any
    // other class background. Without any, the box alone does.
    cv::Mat scribbles(area.size(), CV_8UC1, cv::Scalar(0));
    const cv::Rect local = rect - area.tl();
    const cv::Mat inside = m_document->mask()(rect);
    scribbles(local).setTo(1, inside == value);
    scribbles(local).setTo(2, (inside != value) & (inside != ignore));
    const cv::Mat image = m_document->imageBgr()(area);  // shared, never written while open
    const int generation = m_document->generation();
    const core::PaintLock lock = m_lock;
    setCursor(Qt::BusyCursor);
    // Off the GUI thread: GrabCut takes a while on large boxes.
    auto* watcher = new QFutureWatcher<JobResult<cv::Mat>>(this);
    connect(watcher, &QFutureWatcher<JobResult<cv::Mat>>::finished, this,
            [this, watcher, generation, rect, local, value, lock] {
                watcher->deleteLater();
                setCursor(Qt::CrossCursor);
                if (!m_document || m_document->generation() != generation) return;
                const auto result = watcher->result();
                if (!result.ok()) {
                    Q_EMIT assistFailed(result.error);
                    return;
                }
                m_document->commit(
                    core::applyStamp(m_document->mask(), result.value(local), rect, value, lock),
                    tr("GrabCut"));
                Q_EMIT assistFinished();
            });
    watcher->setFuture(runBackgroundJob(tr("GrabCut"), [image, scribbles, local] {
        return cv::countNonZero(scribbles(local) == 1) > 0
                   ? core::grabCutScribbles(image, scribbles, local)
                   : core::grabCutBox(image, local);
    }));
}

void MaskCanvas::mouseMoveEvent(QMouseEvent* event) {
    guarded([&] { handleMouseMove(event); });
}

void MaskCanvas::handleMouseMove(QMouseEvent* event) {
    const QPointF w = event->position();
    if (isPanning()) {
        panTo(w);
        return;
    }
    updateCursor(w);
    hover(w);
    if (m_document && m_document->isOpen()) {
        const QPointF p = toImage(w);
        const QPoint pixel(int(std::floor(p.x())), int(std::floor(p.y())));
        const bool inside = m_document->image().rect().contains(pixel);
        if (m_stroking) continueStroke(p - QPointF(0.5, 0.5));
        if (m_tool == Tool::Scissors && !m_scissorsPath.empty() && inside) {
            m_scissorsLive = scissors().pathTo({pixel.x(), pixel.y()});
            std::reverse(m_scissorsLive.begin(), m_scissorsLive.end());
            update();
        }
        if (m_tool == Tool::Lasso && !m_shape.empty() && (event->buttons() & Qt::LeftButton)) {
            m_shape.push_back(p);
            update();
        }
    }
}

void MaskCanvas::mouseReleaseEvent(QMouseEvent* event) {
    guarded([&] { handleMouseRelease(event); });
}

void MaskCanvas::handleMouseRelease(QMouseEvent* event) {
    if (isPanning() && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        endPan();
        return;
    }
    if (event->button() != Qt::LeftButton) return;
    if (m_stroking) endStroke();
    if (m_tool == Tool::Lasso && !m_shape.empty()) finishShape();
    if (m_dragging && m_tool == Tool::GrabCut && canEdit()) {
        m_dragging = false;
        applyGrabCut(QRectF(m_dragStart, toImage(event->position())).normalized());
        update();
    }
    if (m_dragging && m_tool == Tool::Rectangle && canEdit()) {
        m_dragging = false;
        const QPointF end = toImage(event->position());
        const QRectF r = QRectF(m_dragStart, end).normalized();
        const cv::Rect rect(int(std::floor(r.left())), int(std::floor(r.top())),
                            int(std::floor(r.right())) - int(std::floor(r.left())) + 1,
                            int(std::floor(r.bottom())) - int(std::floor(r.top())) + 1);
        m_document->commit(core::fillRectangle(m_document->mask(), rect, paintValue(), m_lock),
                           tr("Rectangle fill"));
        update();
    }
}

void MaskCanvas::mouseDoubleClickEvent(QMouseEvent* event) {
    guarded([&] { handleMouseDoubleClick(event); });
}

void MaskCanvas::handleMouseDoubleClick(QMouseEvent* event) {
    if (m_tool == Tool::Polygon && event->button() == Qt::LeftButton) {
        finishShape();
        return;
    }
    if (m_tool == Tool::Scissors && event->button() == Qt::LeftButton) {
        // Close the boundary along the edges back to its first point, then fill it.
        if (m_scissorsPath.size() >= 2 && canEdit()) {
            std::vector<cv::Point> closing = scissors().pathTo(m_scissorsPath.front());
            m_scissorsPath.insert(m_scissorsPath.end(), closing.rbegin(), closing.rend());
            m_document->commit(
                core::fillPolygon(m_document->mask(), m_scissorsPath, paintValue(), m_lock),
                tr("Scissors fill"));
        }
        m_scissorsPath.clear();
        m_scissorsLive.clear();
        update();
        return;
    }
    if (event->button() == Qt::MiddleButton) zoomToFit();
}

void MaskCanvas::wheelEvent(QWheelEvent* event) {
    const double steps = event->angleDelta().y() / 120.0;
    if (event->modifiers() & Qt::ControlModifier) {
        core::Brush b = m_brush;
        b.diameter = std::max(1.0f, b.diameter * float(std::pow(1.15, steps)));
        setBrush(b);
        updateCursor(event->position());
        event->accept();
        return;
    }
    ImageView::wheelEvent(event);
}

void MaskCanvas::keyPressEvent(QKeyEvent* event) {
    guarded([&] { handleKeyPress(event); });
}

void MaskCanvas::handleKeyPress(QKeyEvent* event) {
    switch (event->key()) {
        case Qt::Key_Space:
            if (!event->isAutoRepeat()) m_spaceHeld = true;
            setCursor(Qt::OpenHandCursor);
            return;
        case Qt::Key_BracketLeft:
        case Qt::Key_BracketRight: {
            core::Brush b = m_brush;
            const float step = std::max(1.0f, b.diameter * 0.15f);
            b.diameter += event->key() == Qt::Key_BracketRight ? step : -step;
            setBrush(b);
            return;
        }
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_tool == Tool::Polygon) finishShape();
            return;
        case Qt::Key_Escape:
            m_shape.clear();
            m_scissorsPath.clear();
            m_scissorsLive.clear();
            m_dragging = false;
            update();
            return;
        default:
            QWidget::keyPressEvent(event);
    }
}

void MaskCanvas::keyReleaseEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        if (isPanning()) endPan();
        setCursor(Qt::CrossCursor);
        return;
    }
    QWidget::keyReleaseEvent(event);
}

}  // namespace seg::ui
