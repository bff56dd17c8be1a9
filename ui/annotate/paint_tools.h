#pragma once
// The painting tools behind PaintTool: brush and eraser strokes, flood fill, polygon and
// lasso, rectangle, GrabCut (in the background), superpixel and intelligent scissors.
// GUI thread.

#include <memory>
#include <optional>
#include <vector>

#include <QCoreApplication>
#include <opencv2/core/types.hpp>

#include "core/annotate/assisted.h"
#include "core/annotate/mask_patch.h"
#include "ui/annotate/paint_tool.h"

namespace seg::ui {

// Brush or eraser: a stroke is one undo step; its segments reach the journal as they are
// painted. Shift+click draws a straight line from the end of the last stroke.
class StrokeTool : public PaintTool {
    Q_DECLARE_TR_FUNCTIONS(StrokeTool)

public:
    StrokeTool(ToolHost& host, bool erases) : PaintTool(host), m_erases(erases) {}
    void press(const ToolEvent& e) override;
    void move(const ToolEvent& e) override;
    void release(const ToolEvent& e) override;
    void reset() override;
    void imageChanged() override;

private:
    void paintTo(cv::Point2f to);

    bool m_erases;
    bool m_stroking = false;
    core::MaskPatch m_stroke;
    cv::Point2f m_lastRaw, m_lastDrawn;
    bool m_hasLastPoint = false;
    cv::Point2f m_lastStrokeEnd;
};

// Floods the region of similar colour under the click.
class FillTool : public PaintTool {
    Q_DECLARE_TR_FUNCTIONS(FillTool)

public:
    using PaintTool::PaintTool;
    void press(const ToolEvent& e) override;
};

// Polygon (click corners; double-click or Enter fills) or lasso (drag around an area).
class ShapeTool : public PaintTool {
    Q_DECLARE_TR_FUNCTIONS(ShapeTool)

public:
    ShapeTool(ToolHost& host, bool lasso) : PaintTool(host), m_lasso(lasso) {}
    void press(const ToolEvent& e) override;
    void move(const ToolEvent& e) override;
    void release(const ToolEvent& e) override;
    void doubleClick(const ToolEvent& e) override;
    bool key(int key) override;
    void reset() override;
    void draw(QPainter& painter, QPointF cursor, const QColor& ink) const override;
    bool followsCursor() const override { return !m_lasso || !m_points.empty(); }

private:
    void finish();

    bool m_lasso;
    std::vector<QPointF> m_points;  // image coordinates
};

// Drag a box: the rectangle is filled (Fill), GrabCut finds the object in it, seeded by the
// labels already inside (GrabCut, computed in the background), or live mode's prediction
// fills its unlabelled pixels (AcceptPrediction).
class BoxTool : public PaintTool {
    Q_DECLARE_TR_FUNCTIONS(BoxTool)

public:
    enum class Kind { Fill, GrabCut, AcceptPrediction };
    BoxTool(ToolHost& host, Kind kind) : PaintTool(host), m_kind(kind) {}
    void press(const ToolEvent& e) override;
    void release(const ToolEvent& e) override;
    void reset() override { m_dragging = false; }
    void draw(QPainter& painter, QPointF cursor, const QColor& ink) const override;
    bool followsCursor() const override { return true; }

private:
    void applyGrabCut(const QRectF& box);

    Kind m_kind;
    bool m_dragging = false;
    QPointF m_start;
};

// Click: the superpixel (a patch of similar colour) under the cursor.
class SuperpixelTool : public PaintTool {
    Q_DECLARE_TR_FUNCTIONS(SuperpixelTool)

public:
    using PaintTool::PaintTool;
    void press(const ToolEvent& e) override;
    void imageChanged() override;

private:
    void fillAt(cv::Point at);
    void buildThenFill(cv::Point at);

    std::shared_ptr<const core::Superpixels> m_superpixels;  // built on first use for the image
    std::optional<cv::Point> m_pendingClick;  // set while they are being built
};

// Click anchors along an object's edge; the path between them follows the edges;
// double-click closes the boundary and fills it.
class ScissorsTool : public PaintTool {
    Q_DECLARE_TR_FUNCTIONS(ScissorsTool)

public:
    using PaintTool::PaintTool;
    void press(const ToolEvent& e) override;
    void move(const ToolEvent& e) override;
    void doubleClick(const ToolEvent& e) override;
    void reset() override;
    void imageChanged() override;
    void draw(QPainter& painter, QPointF cursor, const QColor& ink) const override;
    bool followsCursor() const override { return !m_path.empty(); }

private:
    void anchorAt(cv::Point point);
    void buildMapAt(cv::Point anchor);
    void close();

    std::shared_ptr<core::Scissors> m_scissors;  // built on first use for the image
    std::vector<cv::Point> m_path;               // fixed part of the boundary
    std::vector<cv::Point> m_live;               // from the last anchor to the cursor
    bool m_building = false;                     // a worker is building a map
    std::vector<cv::Point> m_queued;             // clicks made meanwhile
    bool m_closeQueued = false;                  // a double-click made meanwhile
};

}  // namespace seg::ui
