#include "ui/charts/epoch_details.h"

#include <cmath>

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include "ui/charts/qcustomplot.h"

#include "core/eval/metrics.h"

namespace seg::ui {

namespace {

QTableWidgetItem* numberItem(double v) {
    auto* item =
        new QTableWidgetItem(std::isnan(v) ? QStringLiteral("-") : QString::number(v, 'f', 4));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

}  // namespace

EpochDetails::EpochDetails(QWidget* parent) : QWidget(parent) {
    m_title = new QLabel(tr("No epoch evaluated yet."), this);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("classScores"));
    m_table->setHorizontalHeaderLabels(
        {tr("Class"), tr("IoU"), tr("Dice"), tr("Accuracy"), tr("Precision")});
    m_table->verticalHeader()->setVisible(false);
    // Figures as wide as they need, the class name takes the rest: all five columns fit
    // the dock at 1280 pixels without a scroll bar.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_plot = new QCustomPlot(this);
    m_plot->setMinimumSize(250, 180);
    m_map = new QCPColorMap(m_plot->xAxis, m_plot->yAxis);
    m_map->setGradient(QCPColorGradient::gpThermal);
    m_map->setInterpolate(false);
    m_map->setDataRange(QCPRange(0, 1));
    auto* scale = new QCPColorScale(m_plot);
    m_plot->plotLayout()->addElement(0, 1, scale);
    scale->setDataRange(QCPRange(0, 1));
    scale->setGradient(QCPColorGradient::gpThermal);
    m_map->setColorScale(scale);
    m_plot->xAxis->setLabel(tr("Predicted"));
    m_plot->yAxis->setLabel(tr("Ground truth"));
    m_plot->yAxis->setRangeReversed(true);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(m_plot);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(split, 1);
}

void EpochDetails::setClassNames(const QStringList& names) {
    m_names = names;
    const int n = static_cast<int>(names.size());
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int i = 0; i < n; ++i) ticker->addTick(i, names[i]);
    m_plot->xAxis->setTicker(ticker);
    m_plot->yAxis->setTicker(ticker);
    m_plot->xAxis->setTickLabelRotation(n > 4 ? 90 : 0);  // upright names overlap
    clear();
}

void EpochDetails::clear() {
    m_title->setText(tr("No epoch evaluated yet."));
    m_table->setRowCount(0);
    m_map->data()->clear();
    m_plot->replot();
}

void EpochDetails::showEpoch(int epoch, const core::SegmentationMetrics& metrics,
                             const std::vector<uint64_t>& confusion) {
    const int n = static_cast<int>(metrics.classes.size());
    m_title->setText(tr("Epoch %1: mIoU %2, pixel accuracy %3")
                         .arg(epoch)
                         .arg(metrics.meanIoU, 0, 'f', 4)
                         .arg(metrics.pixelAccuracy, 0, 'f', 4));
    m_table->setRowCount(n);
    for (int c = 0; c < n; ++c) {
        const auto& s = metrics.classes[static_cast<size_t>(c)];
        auto* name = new QTableWidgetItem(c < m_names.size() ? m_names[c] : QString::number(c));
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(c, 0, name);
        m_table->setItem(c, 1, numberItem(s.iou));
        m_table->setItem(c, 2, numberItem(s.dice));
        m_table->setItem(c, 3, numberItem(s.accuracy));
        m_table->setItem(c, 4, numberItem(s.precision));
    }
    if (confusion.size() != static_cast<size_t>(n) * static_cast<size_t>(n) || n == 0) {
        m_map->data()->clear();
        m_plot->replot();
        return;
    }
    m_map->data()->setSize(n, n);
    m_map->data()->setRange(QCPRange(0, n - 1), QCPRange(0, n - 1));
    for (int truth = 0; truth < n; ++truth) {
        uint64_t rowTotal = 0;
        for (int p = 0; p < n; ++p) rowTotal += confusion[size_t(truth) * size_t(n) + size_t(p)];
        for (int p = 0; p < n; ++p) {
            const uint64_t count = confusion[size_t(truth) * size_t(n) + size_t(p)];
            m_map->data()->setCell(p, truth, rowTotal ? double(count) / double(rowTotal) : 0.0);
        }
    }
    m_plot->xAxis->setRange(-0.5, n - 0.5);
    m_plot->yAxis->setRange(-0.5, n - 0.5);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

}  // namespace seg::ui
