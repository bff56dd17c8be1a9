#pragma once
// Where a view looks: the zoom (widget pixels per image pixel) and the image point at the
// centre of the view. Several ImageViews can follow one Viewport, so that zooming or panning
// any of them moves all of them (linked comparison panes). Independent of any widget's size,
// so panes of different sizes stay aligned on the same image point. GUI thread.

#include <QObject>
#include <QPointF>
#include <QSizeF>

namespace seg::ui {

class Viewport : public QObject {
    Q_OBJECT

public:
    static constexpr double kMinZoom = 1.0 / 64, kMaxZoom = 64.0;

    explicit Viewport(QObject* parent = nullptr) : QObject(parent) {}

    double zoom() const { return m_zoom; }
    QPointF centre() const { return m_centre; }
    // Whether the views show the whole image (and refit when they are resized).
    bool isFitted() const { return m_fitted; }

    // Zoom clamped to [kMinZoom, kMaxZoom]; emits changed() when anything moved.
    void set(double zoom, QPointF centre, bool fitted);
    // The whole image of `imageSize` in a view of `viewSize`, centred.
    void fit(QSizeF imageSize, QSizeF viewSize);

Q_SIGNALS:
    void changed();

private:
    double m_zoom = 1.0;
    QPointF m_centre;
    bool m_fitted = true;
};

}  // namespace seg::ui
