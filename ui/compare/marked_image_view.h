#pragma once
// An ImageView that marks one image pixel with a small cross: the pixel under the cursor in
// whichever linked pane the cursor is, so that every pane shows where it points. GUI thread.

#include <optional>

#include "ui/view/image_view.h"

namespace seg::ui {

class MarkedImageView : public ImageView {
    Q_OBJECT

public:
    using ImageView::ImageView;
    void setMarker(std::optional<QPoint> pixel);
    std::optional<QPoint> marker() const { return m_marker; }

protected:
    void drawOverlay(QPainter& painter) override;

private:
    std::optional<QPoint> m_marker;
};

}  // namespace seg::ui
