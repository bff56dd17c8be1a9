#pragma once
// The painting canvas: an ImageView of a MaskDocument's image and live mask (zoom, pan,
// grid, outlines come from the view; Space-drag pans too) that forwards pointer events and
// keys to the current PaintTool (brush, eraser, flood fill, polygon, lasso, rectangle,
// GrabCut, superpixel, scissors) and draws the brush footprint under the cursor. Alt+click
// (or the picker) takes the class under the cursor. Edits go to the MaskDocument as
// undoable steps. GUI thread.

#include <array>
#include <memory>

#include <QPointF>

#include "core/annotate/mask_tools.h"
#include "ui/annotate/paint_tool.h"
#include "ui/view/image_view.h"

namespace seg::ui {

class MaskDocument;

class MaskCanvas : public ImageView, private ToolHost {
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
        AcceptPrediction,  // drag a box: live mode's prediction fills its unlabelled pixels
    };

    explicit MaskCanvas(QWidget* parent = nullptr);
    ~MaskCanvas() override;

    void setDocument(MaskDocument* document);
    MaskDocument* document() const { return m_document; }

    void setTool(Tool tool);
    Tool tool() const { return m_tool; }
    void setCurrentClass(int index);
    int currentClass() const { return m_class; }
    void setBrush(const core::Brush& brush);
    const core::Brush& brush() const override { return m_brush; }
    void setLock(const core::PaintLock& lock) { m_lock = lock; }
    const core::PaintLock& lock() const override { return m_lock; }
    void setFillTolerance(double tolerance) { m_tolerance = tolerance; }
    void setEditable(bool editable) { m_editable = editable; }

    QPointF toWidget(QPointF imagePoint) const override { return ImageView::toWidget(imagePoint); }

    // A model's prediction drawn over the painting as a reference: the outlines of its
    // regions in their class colours, never mixed into the mask. A null image removes it.
    void setReference(const QImage& outlines);
    bool hasReference() const { return !m_reference.isNull(); }
    void setReferenceVisible(bool visible);
    bool isReferenceVisible() const { return m_referenceVisible; }

    // Live mode's prediction of the open image: `layer` (ARGB32, the image's size or scaled
    // down from it) is drawn between the image and the painted mask; `predicted` (class indices) is what the
    // AcceptPrediction tool takes. Empty ones remove it.
    void setLivePrediction(const cv::Mat& predicted, const QImage& layer);
    const cv::Mat& livePrediction() const override { return m_livePrediction; }

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
    void drawUnderMask(QPainter& painter, const QRect& pixels, const QRectF& target) override;
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
    QImage m_reference;
    bool m_referenceVisible = true;
    cv::Mat m_livePrediction;
    QImage m_liveLayer;

    // ToolHost: what the tools work on.
    MaskDocument& editedDocument() const override { return *m_document; }
    bool canEdit() const override;
    uint8_t paintValue() const override;
    double fillTolerance() const override { return m_tolerance; }
    void repaintPixels(const QRect& imagePixels) override { updateImageRect(imagePixels); }
    void repaintView() override { update(); }
    QObject* jobOwner() override { return this; }
    void setBusy(bool busy) override;
    void backgroundToolEnded(const QString& error) override;

    // Runs an event handler; anything it throws is reported through assistFailed().
    template <typename Handler>
    void guarded(Handler handler);
    PaintTool& currentTool() const { return *m_tools[static_cast<size_t>(m_tool)]; }
    ToolEvent toolEvent(QPointF widgetPoint, Qt::KeyboardModifiers modifiers,
                        Qt::MouseButtons buttons) const;
    void pickClass(const ToolEvent& event);
    void updateCursor(QPointF widgetPoint);
    QRectF cursorRect(QPointF widgetPoint) const;

    MaskDocument* m_document = nullptr;
    Tool m_tool = Tool::Brush;
    std::array<std::unique_ptr<PaintTool>, 11> m_tools;  // one per Tool, in its order
    int m_class = 1;
    core::Brush m_brush;
    core::PaintLock m_lock;
    double m_tolerance = 12.0;
    bool m_editable = true;
    bool m_spaceHeld = false;
    QPointF m_cursor{-1, -1};
};

}  // namespace seg::ui
