#include "ui/charts/class_frequency_chart.h"

#include <QFutureWatcher>
#include <QLabel>
#include <QVBoxLayout>

#include "core/data/mask_census.h"
#include "ui/charts/qcustomplot.h"
#include "ui/jobs/background_job.h"
#include "ui/text/error_text.h"

namespace seg::ui {

ClassFrequencyChart::ClassFrequencyChart(QWidget* parent) : QWidget(parent) {
    m_plot = new QCustomPlot(this);
    m_plot->setMinimumHeight(150);
    m_plot->yAxis->setLabel(tr("Share, %"));  // short: the dock is low
    m_plot->xAxis->setTickLabelRotation(40);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_note);
    clear();
}

void ClassFrequencyChart::clear() {
    ++m_generation;
    m_pixels.clear();
    m_unlabelledIds.clear();
    m_plot->clearPlottables();
    m_plot->replot();
    m_note->setText(tr("Open a project to see how often each class occurs."));
}

void ClassFrequencyChart::count(const core::Dataset& dataset) {
    clear();
    m_note->setText(tr("Counting class pixels..."));
    const int generation = m_generation;
    auto* watcher = new QFutureWatcher<JobResult<core::MaskCensus>>(this);
    connect(watcher, &QFutureWatcher<JobResult<core::MaskCensus>>::finished, this,
            [this, watcher, generation, classes = dataset.classes] {
                watcher->deleteLater();
                if (generation != m_generation) return;  // a newer project was opened meanwhile
                const auto result = watcher->result();
                if (!result.ok()) {
                    m_note->setText(result.error);
                    return;
                }
                m_unlabelledIds = result.value.unlabelledIds;
                show(classes, result.value.classPixels, result.value.ignorePixels);
            });
    // Masks only; unreadable ones are skipped (and reported by the dataset browser).
    watcher->setFuture(runBackgroundJob(tr("Counting class pixels"),
                                        [copy = dataset] { return core::countMaskPixels(copy); }));
}

void ClassFrequencyChart::show(const core::ClassMap& classes, const std::vector<uint64_t>& pixels,
                               uint64_t ignored) {
    m_pixels = pixels;
    m_plot->clearPlottables();
    uint64_t total = 0;
    for (uint64_t p : pixels) total += p;
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    double highest = 1;
    for (int i = 0; i < classes.size() && i < static_cast<int>(pixels.size()); ++i) {
        const auto& info = classes.at(i);
        auto* bar = new QCPBars(m_plot->xAxis, m_plot->yAxis);
        const QColor colour(info.color.r, info.color.g, info.color.b);
        bar->setBrush(colour);
        bar->setPen(QPen(colour.darker(130)));
        bar->setWidth(0.7);
        const double share = total ? 100.0 * double(pixels[size_t(i)]) / double(total) : 0.0;
        bar->addData(i, share);
        highest = std::max(highest, share);
        ticker->addTick(i, toQString(info.name));
    }
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setRange(-0.6, std::max(1, classes.size()) - 0.4);
    m_plot->yAxis->setRange(0, highest * 1.1);
    m_plot->replot();
    m_note->setText(total == 0 ? tr("No labelled pixels yet.")
                               : tr("%1 labelled pixels; %2 unlabelled (ignored).")
                                     .arg(QLocale().toString(qulonglong(total)))
                                     .arg(QLocale().toString(qulonglong(ignored))));
    Q_EMIT counted();
}

}  // namespace seg::ui
