#include "ui/annotate/class_palette.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QVBoxLayout>

#include "ui/text/error_text.h"

namespace seg::ui {

namespace {

QIcon swatch(const core::Rgb& c) {
    QPixmap pixmap(16, 16);
    pixmap.fill(QColor(c.r, c.g, c.b));
    QPainter painter(&pixmap);
    painter.setPen(Qt::black);
    painter.drawRect(0, 0, 15, 15);
    return QIcon(pixmap);
}

}  // namespace

ClassPalette::ClassPalette(QWidget* parent) : QWidget(parent) {
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("classPalette"));
    m_unlabelled = new QLabel(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_unlabelled);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) Q_EMIT classChosen(row);
    });
}

void ClassPalette::setClasses(const core::ClassMap& classes) {
    m_classes = classes;
    m_counts.assign(size_t(classes.size()), 0);
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (int i = 0; i < classes.size(); ++i)
        m_list->addItem(new QListWidgetItem(swatch(classes.at(i).color), QString()));
    refreshTexts();
}

void ClassPalette::setCounts(const std::vector<uint64_t>& perClass, uint64_t unlabelled) {
    m_counts = perClass;
    m_counts.resize(size_t(m_classes.size()), 0);
    m_unlabelled->setText(tr("Unlabelled: %1 px").arg(QLocale().toString(qulonglong(unlabelled))));
    refreshTexts();
}

void ClassPalette::refreshTexts() {
    for (int i = 0; i < m_list->count(); ++i) {
        const QString key = i < 9 ? QStringLiteral("%1  ").arg(i + 1) : QStringLiteral("   ");
        m_list->item(i)->setText(
            tr("%1%2  (%3 px)")
                .arg(key, toQString(m_classes.at(i).name),
                     QLocale().toString(
                         qulonglong(i < int(m_counts.size()) ? m_counts[size_t(i)] : 0))));
    }
}

void ClassPalette::setCurrentClass(int index) {
    const QSignalBlocker block(m_list);
    m_list->setCurrentRow(index);
}

int ClassPalette::currentClass() const {
    return m_list->currentRow();
}

}  // namespace seg::ui
