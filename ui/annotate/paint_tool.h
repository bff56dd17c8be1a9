#pragma once
// The one interface every painting tool has: the canvas forwards pointer events (in image
// coordinates) and keys to the current tool, and asks it to draw what it has in progress
// (a polygon, a rubber band, a scissors path). A tool edits the canvas's MaskDocument
// through its ToolHost and commits undoable steps. GUI thread.

#include <cstdint>

#include <QColor>
#include <QPoint>
#include <QPointF>
#include <QRect>

#include "core/annotate/mask_tools.h"

class QObject;
class QPainter;

namespace seg::ui {

class MaskDocument;

// What a tool works on, given by the canvas.
class ToolHost {
public:
    virtual ~ToolHost() = default;
    virtual MaskDocument& editedDocument() const = 0;  // open whenever a tool is called
    virtual bool canEdit() const = 0;                  // open, editable, not read-only
    virtual uint8_t paintValue() const = 0;            // the current class, or unlabelled to erase
    virtual const core::Brush& brush() const = 0;
    virtual const core::PaintLock& lock() const = 0;
    virtual double fillTolerance() const = 0;
    // Live mode's prediction of the open image (class indices), or empty.
    virtual const cv::Mat& livePrediction() const = 0;
    virtual QPointF toWidget(QPointF imagePoint) const = 0;
    virtual void repaintPixels(const QRect& imagePixels) = 0;
    virtual void repaintView() = 0;
    // Background work: the owner of its watcher, the busy cursor while it runs, and its end
    // (an empty error: it applied its result).
    virtual QObject* jobOwner() = 0;
    virtual void setBusy(bool busy) = 0;
    virtual void backgroundToolEnded(const QString& error) = 0;
};

// A left-button event, where it is on the image.
struct ToolEvent {
    QPointF image;  // image coordinates, pixel (x, y) spans [x, x + 1)
    QPoint pixel;
    bool inside = false;  // `pixel` is on the image
    Qt::KeyboardModifiers modifiers;
    Qt::MouseButtons buttons;
};

class PaintTool {
public:
    explicit PaintTool(ToolHost& host) : m_host(host) {}
    virtual ~PaintTool() = default;
    PaintTool(const PaintTool&) = delete;
    PaintTool& operator=(const PaintTool&) = delete;

    virtual void press(const ToolEvent&) {}
    virtual void move(const ToolEvent&) {}
    virtual void release(const ToolEvent&) {}
    virtual void doubleClick(const ToolEvent&) {}
    // Enter or Escape; true when the tool used the key.
    virtual bool key(int) { return false; }
    // Drops what is in progress (another tool chosen, Escape, an error).
    virtual void reset() {}
    // Another image opened: what was built for the old one goes too.
    virtual void imageChanged() { reset(); }
    // What is in progress, in widget coordinates, in the current class's colour.
    virtual void draw(QPainter&, QPointF /*cursorWidget*/, const QColor& /*ink*/) const {}
    // What draw() shows reaches across the view to the cursor (a rubber band): the whole
    // view is repainted as the cursor moves.
    virtual bool followsCursor() const { return false; }

protected:
    ToolHost& m_host;
};

}  // namespace seg::ui
