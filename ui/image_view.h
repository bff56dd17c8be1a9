#pragma once
// Read-only view of one image with its mask drawn over it, scaled to fit. GUI thread.

#include <QImage>
#include <QWidget>

namespace seg::ui {

class ImageView : public QWidget {
    Q_OBJECT

public:
    explicit ImageView(QWidget* parent = nullptr);

    void setImage(const QImage& image, const QImage& mask);
    void setMask(const QImage& mask);
    void setMaskVisible(bool visible);
    // Shown instead of an image (no image chosen, or it cannot be read).
    void setMessage(const QString& message);

    const QImage& image() const { return m_image; }
    const QImage& mask() const { return m_mask; }
    const QString& message() const { return m_message; }

    QSize sizeHint() const override { return {640, 480}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QRect targetRect() const;

    QImage m_image;
    QImage m_mask;
    QString m_message;
    bool m_maskVisible = true;
};

}  // namespace seg::ui
