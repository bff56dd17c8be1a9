#include "ui/image_view.h"

#include <QPainter>

namespace seg::ui {

ImageView::ImageView(QWidget* parent) : QWidget(parent) {
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Dark);
    setMinimumSize(200, 150);
}

void ImageView::setImage(const QImage& image, const QImage& mask) {
    m_image = image;
    m_mask = mask;
    m_message.clear();
    update();
}

void ImageView::setMask(const QImage& mask) {
    m_mask = mask;
    update();
}

void ImageView::setMaskVisible(bool visible) {
    m_maskVisible = visible;
    update();
}

void ImageView::setMessage(const QString& message) {
    m_image = {};
    m_mask = {};
    m_message = message;
    update();
}

QRect ImageView::targetRect() const {
    if (m_image.isNull()) return {};
    const QSize scaled = m_image.size().scaled(rect().size() - QSize(16, 16), Qt::KeepAspectRatio);
    return QRect(QPoint((width() - scaled.width()) / 2, (height() - scaled.height()) / 2), scaled);
}

void ImageView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    if (m_image.isNull()) {
        painter.setPen(palette().color(QPalette::BrightText));
        painter.drawText(rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap,
                         m_message);
        return;
    }
    const QRect target = targetRect();
    // Nearest-neighbour when enlarging keeps pixels and mask edges honest.
    const bool enlarging = target.width() > m_image.width();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, !enlarging);
    painter.drawImage(target, m_image);
    if (m_maskVisible && !m_mask.isNull()) painter.drawImage(target, m_mask);
}

}  // namespace seg::ui
