#pragma once
// The painting canvas: an ImageView of a MaskDocument's image and live mask (zoom, pan,
// grid, outlines come from the view; Space-drag pans too) with the tools on top: brush,
// eraser, flood fill, polygon, lasso, rectangle, class picker, GrabCut, superpixels and
// scissors, and the brush footprint under the cursor. Strokes repaint only the tiles they
// touch. Edits go to the MaskDocument as undoable steps. GUI thread.

#include <memory>
#include <vector>

#include <QImage>
#include <QPointF>
#include <opencv2/core/types.hpp>

#include "core/annotate/assisted.h"
#include "core/annotate/mask_tools.h"
#include "ui/view/image_view.h"

namespace seg::ui {

class MaskDocument;

class MaskCanvas : public ImageView {
    Q_OBJECT

public:
    enum class Tool {
        Brush,
        Eraser,
        Fill,
        Polygon,
        Lasso,
        Rectangle,
        Picker,
        GrabCut,     // drag a box: GrabCut's foreground (seeded by labels inside, if any)
        Superpixel,  // click: the superpixel under the cursor
        Scissors,    // click anchors: a boundary that follows edges; double-click closes
    };
    explicit MaskCanvas(QWidget* parent = nullptr);

    void setDocument(MaskDocument* document);
    MaskDocument* document() const { return m_document; }

    void setTool(Tool tool);
    Tool tool() const { return m_tool; }
    void setCurrentClass(int index);
    int currentClass() const { return m_class; }
    void setBrush(const core::Brush& brush);
    const core::Brush& brush() const { return m_brush; }
    void setLock(const core::PaintLock& lock) { m_lock = lock; }
    const core::PaintLock& lock() const { return m_lock; }
    void setFillTolerance(double tolerance) { m_tolerance = tolerance; }
    void setEditable(bool editable) { m_editable = editable; }

Q_SIGNALS:
    void classPicked(int index);
    void brushChanged(float diameter);
    // A tool that works in the background (GrabCut) has applied its result, or failed.
    void assistFinished();
    void assistFailed(const QString& message);

protected:
    // The document's own image and mask, drawn live as they are painted.
    const QImage& shownImage() const override;
    const QImage& shownMask() const override;
    bool hasImage() const override;
    void drawOverlay(QPainter& painter) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void enterEvent(QEnterEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    // Runs an event handler; anything it throws is reported through assistFailed().
    template <typename Handler>
    void guarded(Handler handler);
    void handleMousePress(QMouseEvent* event);
    void handleMouseMove(QMouseEvent* event);
    void handleMouseRelease(QMouseEvent* event);
    void handleMouseDoubleClick(QMouseEvent* event);
    void handleKeyPress(QKeyEvent* event);
    uint8_t paintValue() const;
    bool canEdit() const;
    void beginStroke(QPointF imagePoint, bool straightFromLast);
    void continueStroke(QPointF imagePoint);
    void endStroke();
    void paintSegmentTo(cv::Point2f to);
    void finishShape();
    void updateCursor(QPointF widgetPoint);
    QRectF cursorRect(QPointF widgetPoint) const;
    void applyGrabCut(const QRectF& box);
    void clickScissors(QPointF imagePoint);
    // Computed on first use for the open image (they cost a moment on large images).
    const core::Superpixels& superpixels();
    core::Scissors& scissors();

    MaskDocument* m_document = nullptr;
    Tool m_tool = Tool::Brush;
    int m_class = 1;
    core::Brush m_brush;
    core::PaintLock m_lock;
    double m_tolerance = 12.0;
    bool m_editable = true;

    // Interaction state.
    bool m_stroking = false;
    core::MaskPatch m_stroke;
    cv::Point2f m_lastRaw, m_lastDrawn;
    bool m_hasLastPoint = false;  // for Shift+click straight lines
    cv::Point2f m_lastStrokeEnd;
    std::vector<QPointF> m_shape;  // polygon / lasso vertices (image coordinates)
    QPointF m_dragStart;           // rectangle
    bool m_dragging = false;
    bool m_spaceHeld = false;
    QPointF m_cursor{-1, -1};
    std::unique_ptr<core::Superpixels> m_superpixels;
    std::unique_ptr<core::Scissors> m_scissors;
    std::vector<cv::Point> m_scissorsPath;  // fixed part of the boundary
    std::vector<cv::Point> m_scissorsLive;  // from the last anchor to the cursor
};

}  // namespace seg::ui
