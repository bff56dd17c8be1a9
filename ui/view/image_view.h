#pragma once
// A read-only view of an image with a class mask over it (filled in the class colours,
// outlines only, or hidden), smooth zoom (wheel around the cursor, fit, 1:1), pan with the
// middle button, and a pixel grid from 8x. Its Viewport can be shared, so that several
// views zoom and pan together. The painting canvas is this view with tools on top; the
// comparison panes are plain ImageViews. GUI thread.

#include <QImage>
#include <QPointF>
#include <QPointer>
#include <QWidget>

#include "ui/view/viewport.h"

namespace seg::ui {

class ImageView : public QWidget {
    Q_OBJECT

public:
    enum class Overlay { Filled, Outline, Hidden };

    explicit ImageView(QWidget* parent = nullptr);

    // The layers the view owns. Both are copied: a view never shows pixels that belong to a
    // cv::Mat (or any buffer) that could be freed under it. `mask`: Indexed8 class indices
    // whose colour table holds the class colours (alpha: opacity); a null image for none.
    void setImage(const QImage& image);
    void setMask(const QImage& mask);
    const QImage& image() const { return m_image; }
    const QImage& mask() const { return m_mask; }
    // Shown instead of an image (no image chosen, or it cannot be read).
    void setMessage(const QString& message);
    const QString& message() const { return m_message; }
    void setOverlay(Overlay overlay);
    Overlay overlay() const { return m_overlay; }

    // The viewport the view follows: its own, or one shared with other views (nullptr goes
    // back to its own). The view does not own a shared viewport.
    void setViewport(Viewport* shared);
    Viewport* viewport() const { return m_viewport ? m_viewport.data() : m_ownViewport; }

    // Pixels of the widget per image pixel.
    double zoom() const { return viewport()->zoom(); }
    void zoomToFit();
    // Zooms keeping the image point under `aroundWidgetPoint` where it is.
    void zoomTo(double zoom, QPointF aroundWidgetPoint);
    void zoomActualSize();
    QPointF toImage(QPointF widgetPoint) const;
    QPointF toWidget(QPointF imagePoint) const;
    // Repaints the part of the widget over the image pixels `pixels`.
    void updateImageRect(const QRect& pixels);

    QSize sizeHint() const override { return {800, 600}; }

Q_SIGNALS:
    // The pixel under the cursor and the mask's value there (-1 outside the image, or with
    // no mask).
    void hovered(QPoint pixel, int maskValue);
    void zoomChanged(double zoom);

protected:
    // The layers drawn: the view's own; a subclass may show live ones it keeps in step.
    virtual const QImage& shownImage() const { return m_image; }
    virtual const QImage& shownMask() const { return m_mask; }
    // Drawn over the image and the mask (a tool's shapes, a brush footprint).
    virtual void drawOverlay(QPainter&) {}
    // Drawn over the image and under the mask: the image `pixels` fill `target` (widget).
    virtual void drawUnderMask(QPainter&, const QRect& /*pixels*/, const QRectF& /*target*/) {}
    // The image is shown (a subclass may know better than the image's size).
    virtual bool hasImage() const { return !shownImage().isNull(); }

    // Panning, for a subclass that starts it on other buttons too (Space + left).
    void beginPan(QPointF widgetPoint);
    void panTo(QPointF widgetPoint);
    void endPan();
    bool isPanning() const { return m_panning; }
    // Emits hovered() for the widget point.
    void hover(QPointF widgetPoint);

    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    QPointF origin() const;  // widget position of image pixel (0, 0)
    void drawOutlines(QPainter& painter, const QRect& pixels, const QRectF& target);
    void followViewport();

    QImage m_image;
    QImage m_mask;
    QString m_message;
    Overlay m_overlay = Overlay::Filled;
    Viewport* m_ownViewport;
    QPointer<Viewport> m_viewport;
    bool m_panning = false;
    QPointF m_panFrom;
};

}  // namespace seg::ui
