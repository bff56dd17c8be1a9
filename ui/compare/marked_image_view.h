#pragma once
// An ImageView that marks one image pixel with a small cross (the pixel under the cursor in
// whichever linked pane the cursor is, so that every pane shows where it points), and can
// draw outlines over its mask (the ground truth's, over a prediction). GUI thread.

#include <optional>

#include "ui/view/image_view.h"

namespace seg::ui {

class MarkedImageView : public ImageView {
    Q_OBJECT

public:
    using ImageView::ImageView;
    void setMarker(std::optional<QPoint> pixel);
    std::optional<QPoint> marker() const { return m_marker; }
    // ARGB outlines of the image's size drawn over the mask; a null image for none.
    void setOutlines(const QImage& outlines);
    const QImage& outlines() const { return m_outlines; }

protected:
    void drawOverlay(QPainter& painter) override;

private:
    std::optional<QPoint> m_marker;
    QImage m_outlines;
};

}  // namespace seg::ui
