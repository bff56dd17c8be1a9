#include "ui/annotate/mask_canvas.h"

#include <algorithm>
#include <cmath>

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include "ui/annotate/mask_document.h"
#include "ui/annotate/paint_tools.h"
#include "ui/text/error_text.h"

namespace seg::ui {

MaskCanvas::MaskCanvas(QWidget* parent) : ImageView(parent) {
    setFocusPolicy(Qt::StrongFocus);
    ToolHost& host = *this;
    auto at = [this](Tool tool) -> std::unique_ptr<PaintTool>& {
        return m_tools[static_cast<size_t>(tool)];
    };
    at(Tool::Brush) = std::make_unique<StrokeTool>(host, false);
    at(Tool::Eraser) = std::make_unique<StrokeTool>(host, true);
    at(Tool::Fill) = std::make_unique<FillTool>(host);
    at(Tool::Polygon) = std::make_unique<ShapeTool>(host, false);
    at(Tool::Lasso) = std::make_unique<ShapeTool>(host, true);
    at(Tool::Rectangle) = std::make_unique<BoxTool>(host, BoxTool::Kind::Fill);
    at(Tool::Picker) = std::make_unique<PaintTool>(host);  // clicks pick a class: see below
    at(Tool::GrabCut) = std::make_unique<BoxTool>(host, BoxTool::Kind::GrabCut);
    at(Tool::Superpixel) = std::make_unique<SuperpixelTool>(host);
    at(Tool::Scissors) = std::make_unique<ScissorsTool>(host);
    at(Tool::AcceptPrediction) = std::make_unique<BoxTool>(host, BoxTool::Kind::AcceptPrediction);
}

MaskCanvas::~MaskCanvas() = default;

void MaskCanvas::setDocument(MaskDocument* document) {
    if (m_document) disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    for (auto& tool : m_tools) tool->imageChanged();  // caches belong to the previous image
    if (m_document) {
        connect(m_document, &MaskDocument::changed, this, &MaskCanvas::updateImageRect);
        // The other image of a pair: the tools' maps (superpixels, edges) were of this one.
        connect(m_document, &MaskDocument::shownImageChanged, this, [this] {
            for (auto& tool : m_tools) tool->imageChanged();
        });
    }
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
    currentTool().reset();
    m_tool = tool;
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

void MaskCanvas::setBusy(bool busy) {
    setCursor(busy ? Qt::BusyCursor : Qt::CrossCursor);
}

void MaskCanvas::backgroundToolEnded(const QString& error) {
    if (error.isEmpty())
        Q_EMIT assistFinished();
    else
        Q_EMIT assistFailed(error);
}

// ---- drawing ----

void MaskCanvas::setReference(const QImage& outlines) {
    m_reference = outlines;
    update();
}

void MaskCanvas::setReferenceVisible(bool visible) {
    m_referenceVisible = visible;
    update();
}

void MaskCanvas::setLivePrediction(const cv::Mat& predicted, const QImage& layer) {
    m_livePrediction = predicted;
    m_liveLayer = layer;
    update();
}

void MaskCanvas::drawUnderMask(QPainter& painter, const QRect& pixels, const QRectF& target) {
    const QSize image = shownImage().size();
    if (m_liveLayer.isNull() || image.isEmpty()) return;
    // A large image's layer is scaled down (see LiveMode): the same part of it, stretched.
    const double sx = double(m_liveLayer.width()) / image.width();
    const double sy = double(m_liveLayer.height()) / image.height();
    if (sx > 1 || sy > 1 || std::abs(sx - sy) > 2.0 / image.width() + 2.0 / image.height())
        return;  // another image's
    painter.drawImage(target, m_liveLayer,
                      QRectF(pixels.x() * sx, pixels.y() * sy, pixels.width() * sx,
                             pixels.height() * sy));
}

void MaskCanvas::drawOverlay(QPainter& painter) {
    if (!hasImage()) return;
    if (m_referenceVisible && !m_reference.isNull() && m_reference.size() == shownImage().size()) {
        // Pixel-exact at any zoom: no smoothing of the outlines.
        const QRectF target(toWidget(QPointF(0, 0)),
                            toWidget(QPointF(m_reference.width(), m_reference.height())));
        painter.save();
        painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
        painter.drawImage(target, m_reference);
        painter.restore();
    }
    const auto& classes = m_document->classes();
    const QColor ink = classes.size() > m_class
                           ? QColor(classes.at(m_class).color.r, classes.at(m_class).color.g,
                                    classes.at(m_class).color.b)
                           : QColor(Qt::white);
    currentTool().draw(painter, m_cursor, ink);
    if (m_cursor.x() >= 0 && (m_tool == Tool::Brush || m_tool == Tool::Eraser)) {
        // The brush footprint: white over a dotted black line, visible on any image.
        const QRectF r = cursorRect(m_cursor);
        const bool round = m_brush.shape == core::BrushShape::Round;
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(Qt::white, 1.5));
        round ? painter.drawEllipse(r) : painter.drawRect(r);
        painter.setPen(QPen(Qt::black, 1, Qt::DotLine));
        round ? painter.drawEllipse(r.adjusted(1, 1, -1, -1))
              : painter.drawRect(r.adjusted(1, 1, -1, -1));
    }
}

QRectF MaskCanvas::cursorRect(QPointF w) const {
    const double d = std::max(1.0, double(m_brush.diameter) * zoom());
    return QRectF(w.x() - d / 2, w.y() - d / 2, d, d);
}

void MaskCanvas::updateCursor(QPointF w) {
    const QPointF old = m_cursor;
    m_cursor = w;
    if (currentTool().followsCursor()) {
        update();  // the rubber band spans the view
        return;
    }
    auto area = [this](QPointF p) { return cursorRect(p).toAlignedRect().adjusted(-3, -3, 3, 3); };
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

// ---- events, forwarded to the current tool ----

template <typename Handler>
void MaskCanvas::guarded(Handler handler) {
    // The tools run OpenCV on the GUI thread (fill, superpixels, scissors): whatever they
    // throw becomes a message, the tool drops what it had in progress, and the window goes
    // on.
    try {
        handler();
    } catch (...) {
        currentTool().reset();
        Q_EMIT assistFailed(ErrorText::describeCurrentException());
    }
}

ToolEvent MaskCanvas::toolEvent(QPointF w, Qt::KeyboardModifiers modifiers,
                                Qt::MouseButtons buttons) const {
    ToolEvent e;
    e.image = toImage(w);
    e.pixel = QPoint(int(std::floor(e.image.x())), int(std::floor(e.image.y())));
    e.inside = hasImage() && m_document->image().rect().contains(e.pixel);
    e.modifiers = modifiers;
    e.buttons = buttons;
    return e;
}

void MaskCanvas::pickClass(const ToolEvent& e) {
    if (!e.inside) return;
    const int v = m_document->mask().at<uint8_t>(e.pixel.y(), e.pixel.x());
    if (v < m_document->classes().size()) {
        m_class = v;
        Q_EMIT classPicked(v);
    }
}

void MaskCanvas::mousePressEvent(QMouseEvent* event) {
    guarded([&] {
        setFocus();
        const QPointF w = event->position();
        if (event->button() == Qt::MiddleButton ||
            (event->button() == Qt::LeftButton && m_spaceHeld)) {
            beginPan(w);
            return;
        }
        if (event->button() != Qt::LeftButton || !hasImage()) return;
        const ToolEvent e = toolEvent(w, event->modifiers(), event->buttons());
        if (m_tool == Tool::Picker || (event->modifiers() & Qt::AltModifier))
            pickClass(e);
        else
            currentTool().press(e);
    });
}

void MaskCanvas::mouseMoveEvent(QMouseEvent* event) {
    guarded([&] {
        const QPointF w = event->position();
        if (isPanning()) {
            panTo(w);
            return;
        }
        updateCursor(w);
        hover(w);
        if (hasImage()) currentTool().move(toolEvent(w, event->modifiers(), event->buttons()));
    });
}

void MaskCanvas::mouseReleaseEvent(QMouseEvent* event) {
    guarded([&] {
        if (isPanning() &&
            (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
            endPan();
            return;
        }
        if (event->button() != Qt::LeftButton || !hasImage()) return;
        currentTool().release(toolEvent(event->position(), event->modifiers(), event->buttons()));
    });
}

void MaskCanvas::mouseDoubleClickEvent(QMouseEvent* event) {
    guarded([&] {
        if (event->button() == Qt::MiddleButton) {
            zoomToFit();
            return;
        }
        if (event->button() != Qt::LeftButton || !hasImage()) return;
        currentTool().doubleClick(
            toolEvent(event->position(), event->modifiers(), event->buttons()));
    });
}

void MaskCanvas::wheelEvent(QWheelEvent* event) {
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
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
    guarded([&] {
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
            case Qt::Key_Escape:
                currentTool().reset();
                update();
                return;
            default:
                if (!currentTool().key(event->key())) ImageView::keyPressEvent(event);
        }
    });
}

void MaskCanvas::keyReleaseEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        if (isPanning()) endPan();
        setCursor(Qt::CrossCursor);
        return;
    }
    ImageView::keyReleaseEvent(event);
}

}  // namespace seg::ui
