#include "ui/charts/training_charts.h"

#include <cmath>

#include <QBuffer>
#include <QFileInfo>
#include <QLabel>
#include <QMouseEvent>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTextStream>
#include <QTimer>
#include <QVBoxLayout>
#include "ui/charts/qcustomplot.h"

namespace seg::ui {

namespace {

constexpr int kReplotMs = 200;

QColor faded(QColor c, int alpha) {
    c.setAlpha(alpha);
    return c;
}

QCPGraph* addGraph(QCustomPlot* plot, const QString& name, const QColor& colour, double width,
                   Qt::PenStyle style = Qt::SolidLine, bool markers = false) {
    QCPGraph* g = plot->addGraph();
    g->setName(name);
    QPen pen(colour, width, style);
    g->setPen(pen);
    if (markers) g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, colour, colour, 5));
    return g;
}

// The data point of `graph` nearest to `key`, or false when the graph is empty.
bool nearestPoint(QCPGraph* graph, double key, double& x, double& y) {
    auto data = graph->data();
    if (data->isEmpty()) return false;
    auto it = data->findBegin(key, false);
    auto best = it;
    if (it != data->constBegin()) {
        auto before = it - 1;
        if (it == data->constEnd() || std::abs(before->key - key) < std::abs(it->key - key))
            best = before;
    }
    if (best == data->constEnd()) return false;
    x = best->key;
    y = best->value;
    return std::isfinite(y);
}

QString csvCell(double v) {
    return std::isnan(v) ? QString() : QString::number(v, 'g', 6);
}

}  // namespace

TrainingCharts::TrainingCharts(QWidget* parent) : QWidget(parent) {
    m_loss = makePlot(tr("Iteration"), tr("Loss"));
    m_metrics = makePlot(tr("Epoch"), tr("Validation"));
    m_rate = makePlot(tr("Iteration"), tr("Learning rate"));
    m_metrics->yAxis->setRange(0, 1);
    // The two lower charts are half as wide: two legend entries a row.
    m_metrics->legend->setWrap(2);
    m_rate->legend->setWrap(2);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("chartTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);  // long run names
    m_readout = new QLabel(this);
    m_readout->setObjectName(QStringLiteral("chartReadout"));
    m_readout->setText(tr("Drag to pan, wheel to zoom, double-click to fit."));
    m_readout->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long readout (or its translation) is cut at the edge, never widens the window.
    m_readout->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("chartStatus"));
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    auto* heading = new QHBoxLayout;
    heading->addWidget(m_title, 1);
    heading->addWidget(m_status);

    auto* lower = new QHBoxLayout;
    lower->addWidget(m_metrics, 1);
    lower->addWidget(m_rate, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(heading);
    layout->addWidget(m_loss, 3);
    layout->addLayout(lower, 2);
    layout->addWidget(m_readout);

    m_replot = new QTimer(this);
    m_replot->setSingleShot(true);
    m_replot->setInterval(kReplotMs);
    connect(m_replot, &QTimer::timeout, this, &TrainingCharts::replotNow);
    rebuildGraphs();
}

void TrainingCharts::setStatus(const QString& text) {
    m_status->setText(text);
}

QString TrainingCharts::status() const {
    return m_status->text();
}

QCustomPlot* TrainingCharts::makePlot(const QString& xLabel, const QString& yLabel) {
    auto* plot = new QCustomPlot(this);
    plot->setMinimumSize(200, 140);
    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot->xAxis->setLabel(xLabel);
    plot->yAxis->setLabel(yLabel);
    plot->legend->setVisible(true);
    // Below the chart, in columns: inside it, a legend hides points wherever it is put.
    plot->axisRect()->insetLayout()->take(plot->legend);
    plot->plotLayout()->addElement(1, 0, plot->legend);
    plot->plotLayout()->setRowStretchFactor(1, 0.001);
    plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    plot->legend->setWrap(3);
    plot->legend->setBorderPen(Qt::NoPen);
    QFont small = plot->legend->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    plot->legend->setFont(small);
    plot->legend->setRowSpacing(-2);
    plot->setNoAntialiasingOnDrag(true);
    plot->installEventFilter(this);
    plot->setMouseTracking(true);
    return plot;
}

void TrainingCharts::rebuildGraphs() {
    for (QCustomPlot* plot : {m_loss, m_metrics, m_rate}) {
        plot->clearGraphs();
        plot->clearItems();
    }
    m_tracers.clear();
    const QColor lossColour(31, 119, 180), valColour(214, 39, 40), miouColour(44, 160, 44),
        accuracyColour(255, 127, 14), rateColour(148, 103, 189), adversarialColour(140, 86, 75),
        discriminatorColour(127, 127, 127);
    // Comparisons first, so the main run is drawn on top.
    for (const RunCurves& run : m_comparisons) {
        // The run on show is ticked too when a user compares it with others: draw it once.
        if (!m_main.label.isEmpty() && run.label == m_main.label) continue;
        const QColor c = run.colour.isValid() ? run.colour : QColor(Qt::gray);
        // One legend entry a run, under the loss chart: the same colour and dashes mark the
        // run on the other charts (and in an exported image), and the name is short enough
        // to be read whole.
        const RunName name = RunName::fromId(run.label);
        const QString shortName =
            name.when.isEmpty() ? name.what : name.what + QLatin1Char(' ') + name.when.mid(11);
        addGraph(m_loss, shortName, c, 1.5, Qt::DashLine)
            ->setData(run.iteration, run.smoothedLoss, true);
        // The rest keep their names for the hover readout, but stay out of the legends.
        QCPGraph* valLoss =
            addGraph(m_loss, tr("%1 validation loss").arg(shortName), c, 1, Qt::DotLine, true);
        valLoss->setData(run.epochIteration, run.valLoss, true);
        valLoss->removeFromLegend();
        QCPGraph* miou =
            addGraph(m_metrics, tr("%1 mIoU").arg(shortName), c, 1.5, Qt::DashLine, true);
        miou->setData(run.epoch, run.meanIoU, true);
        miou->removeFromLegend();
        QCPGraph* rate =
            addGraph(m_rate, tr("%1 learning rate").arg(shortName), c, 1, Qt::DashLine);
        rate->setData(run.iteration, run.learningRate, true);
        rate->removeFromLegend();
    }
    m_loss->legend->setWrap(m_comparisons.isEmpty() ? 3 : 2);
    // The main run's curves go by their plain names; its label titles the charts.
    m_rawLoss = addGraph(m_loss, tr("loss"), faded(lossColour, 90), 1);
    m_smoothLoss = addGraph(m_loss, tr("loss (smoothed)"), lossColour, 2);
    m_valLoss = addGraph(m_loss, tr("validation loss"), valColour, 2, Qt::SolidLine, true);
    m_adversarial = m_discriminator = nullptr;
    if (m_main.hasAdversarialLosses()) {
        m_adversarial = addGraph(m_loss, tr("adversarial loss (smoothed)"), adversarialColour, 2);
        m_discriminator =
            addGraph(m_loss, tr("discriminator loss (smoothed)"), discriminatorColour, 2);
        m_adversarial->setData(m_main.iteration, m_main.smoothedAdversarial, true);
        m_discriminator->setData(m_main.iteration, m_main.smoothedDiscriminator, true);
    }
    m_miou = addGraph(m_metrics, tr("mIoU"), miouColour, 2, Qt::SolidLine, true);
    m_accuracy = addGraph(m_metrics, tr("pixel accuracy"), accuracyColour, 2, Qt::SolidLine, true);
    m_learningRate = addGraph(m_rate, tr("learning rate"), rateColour, 2);
    m_title->setText(m_main.label.isEmpty() ? tr("No run yet: start one in Training Settings.")
                                            : tr("Run %1").arg(m_main.label));
    m_rawLoss->setData(m_main.iteration, m_main.loss, true);
    m_smoothLoss->setData(m_main.iteration, m_main.smoothedLoss, true);
    m_valLoss->setData(m_main.epochIteration, m_main.valLoss, true);
    m_miou->setData(m_main.epoch, m_main.meanIoU, true);
    m_accuracy->setData(m_main.epoch, m_main.pixelAccuracy, true);
    m_learningRate->setData(m_main.iteration, m_main.learningRate, true);
    for (QCustomPlot* plot : {m_loss, m_metrics, m_rate}) {
        auto* tracer = new QCPItemTracer(plot);
        tracer->setStyle(QCPItemTracer::tsCircle);
        tracer->setSize(9);
        tracer->setPen(QPen(Qt::black, 1.5));
        tracer->setVisible(false);
        m_tracers.append(tracer);
    }
    m_follow = true;
    fitAll();
    replotNow();
}

void TrainingCharts::beginRun(const RunCurves& start) {
    m_main = start;
    rebuildGraphs();
}

void TrainingCharts::setComparisons(const QList<RunCurves>& runs) {
    m_comparisons = runs;
    rebuildGraphs();
}

void TrainingCharts::addIteration(double iteration, double loss, double learningRate,
                                  double adversarialLoss, double discriminatorLoss) {
    m_main.addIteration(iteration, loss, learningRate, adversarialLoss, discriminatorLoss);
    if (m_main.hasAdversarialLosses() && !m_adversarial) {
        rebuildGraphs();  // the first adversarial value: its curves join the chart
        return;
    }
    if (m_adversarial) {
        m_adversarial->addData(iteration, m_main.smoothedAdversarial.constLast());
        m_discriminator->addData(iteration, m_main.smoothedDiscriminator.constLast());
    }
    m_rawLoss->addData(iteration, loss);
    m_smoothLoss->addData(iteration, m_main.smoothedLoss.constLast());
    m_learningRate->addData(iteration, learningRate);
    scheduleReplot();
}

void TrainingCharts::addEpoch(int epoch, double atIteration, double valLoss, double meanIoU,
                              double pixelAccuracy) {
    m_main.addEpoch(epoch, atIteration, valLoss, meanIoU, pixelAccuracy);
    m_valLoss->addData(atIteration, valLoss);
    m_miou->addData(epoch, meanIoU);
    m_accuracy->addData(epoch, pixelAccuracy);
    scheduleReplot();
}

int TrainingCharts::pointCount() const {
    return m_rawLoss ? m_rawLoss->dataCount() : 0;
}

int TrainingCharts::graphCount() const {
    return m_loss->graphCount() + m_metrics->graphCount() + m_rate->graphCount();
}

void TrainingCharts::scheduleReplot() {
    if (!m_replot->isActive()) m_replot->start();
}

void TrainingCharts::replotNow() {
    if (m_follow) fitAll();
    for (QCustomPlot* plot : {m_loss, m_metrics, m_rate}) plot->replot(QCustomPlot::rpQueuedReplot);
}

void TrainingCharts::fitAll() {
    for (QCustomPlot* plot : {m_loss, m_metrics, m_rate}) {
        plot->rescaleAxes(true);
        const QCPRange x = plot->xAxis->range();
        if (x.size() < 1) plot->xAxis->setRange(x.lower - 0.5, x.upper + 0.5);
    }
    // Losses start high and fall; the lower part is where runs differ.
    const QCPRange y = m_loss->yAxis->range();
    m_loss->yAxis->setRange(std::min(0.0, y.lower), y.upper * 1.05 + 1e-9);
    m_metrics->yAxis->setRange(0, 1.02);
    // Whole epochs from 0, at least five, so that the first points do not float mid-chart.
    m_metrics->xAxis->setRange(0, std::max(5.0, m_metrics->xAxis->range().upper + 0.5));
    const QCPRange rate = m_rate->yAxis->range();
    m_rate->yAxis->setRange(0, rate.upper * 1.1 + 1e-12);
}

bool TrainingCharts::eventFilter(QObject* watched, QEvent* event) {
    auto* plot = qobject_cast<QCustomPlot*>(watched);
    if (!plot) return QWidget::eventFilter(watched, event);
    switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::Wheel:
            m_follow = false;  // the user looks at something: stop fitting
            break;
        case QEvent::MouseButtonDblClick:
            m_follow = true;
            replotNow();
            return true;
        case QEvent::MouseMove:
            showReadout(plot, static_cast<QMouseEvent*>(event));
            break;
        default:
            break;
    }
    return QWidget::eventFilter(watched, event);
}

void TrainingCharts::showReadout(QCustomPlot* plot, QMouseEvent* event) {
    const QPointF pos = event->position();
    const double key = plot->xAxis->pixelToCoord(pos.x());
    QCPGraph* best = nullptr;
    double bestDistance = 1e18, bestX = 0, bestY = 0;
    for (int i = 0; i < plot->graphCount(); ++i) {
        QCPGraph* g = plot->graph(i);
        double x = 0, y = 0;
        if (!g->visible() || !nearestPoint(g, key, x, y)) continue;
        const double dx = plot->xAxis->coordToPixel(x) - pos.x(),
                     dy = plot->yAxis->coordToPixel(y) - pos.y();
        const double distance = dx * dx + dy * dy;
        if (distance < bestDistance) {
            bestDistance = distance;
            best = g;
            bestX = x;
            bestY = y;
        }
    }
    QCPItemTracer* tracer = m_tracers.value(plot == m_loss ? 0 : plot == m_metrics ? 1 : 2);
    if (!best || !tracer) return;
    tracer->setGraph(best);
    tracer->setGraphKey(bestX);
    tracer->setVisible(true);
    m_readout->setText(tr("%1 at %2 %3: %4")
                           .arg(best->name(), plot->xAxis->label(),  // as the axis says: German capitalises nouns
                                QString::number(bestX, 'g', 8), QString::number(bestY, 'g', 6)));
    plot->replot(QCustomPlot::rpQueuedReplot);
}

void TrainingCharts::render(QPaintDevice& device, int width, int height) {
    // The three charts as laid out on screen: loss on top, metrics and rate below.
    const int top = height * 3 / 5, half = width / 2;
    QCPPainter painter(&device);
    m_loss->toPainter(&painter, width, top);
    painter.translate(0, top);
    m_metrics->toPainter(&painter, half, height - top);
    painter.translate(half, 0);
    m_rate->toPainter(&painter, width - half, height - top);
}

bool TrainingCharts::exportImage(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    const int width = std::max(640, this->width()), height = std::max(480, this->height());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return false;
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(QSize(width, height));
        svg.setViewBox(QRect(0, 0, width, height));
        svg.setTitle(tr("SegStudio training charts"));
        render(svg, width, height);
    } else if (suffix == QLatin1String("pdf")) {
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QSizeF(width, height), QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(72);
        pdf.setTitle(tr("SegStudio training charts"));
        render(pdf, width, height);
    } else {
        QImage image(width * 2, height * 2, QImage::Format_ARGB32);
        image.fill(Qt::white);
        image.setDevicePixelRatio(2.0);
        render(image, width, height);
        if (!image.save(&file, "PNG")) return false;
    }
    return file.commit();
}

bool TrainingCharts::exportCsv(const QString& path) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) return false;
    QTextStream out(&file);
    out << "run,kind,epoch,iteration,loss,smoothed_loss,learning_rate,val_loss,mean_iou,"
           "pixel_accuracy,smoothed_adversarial_loss,smoothed_discriminator_loss\n";
    QList<RunCurves> runs = m_comparisons;
    runs.prepend(m_main);
    for (const RunCurves& run : runs) {
        QString label = run.label;
        label.replace(QLatin1Char(','), QLatin1Char(' '));
        for (qsizetype i = 0; i < run.iteration.size(); ++i)
            out << label << ",iteration,," << run.iteration[i] << ',' << csvCell(run.loss[i]) << ','
                << csvCell(run.smoothedLoss[i]) << ',' << csvCell(run.learningRate[i]) << ",,,,"
                << csvCell(run.smoothedAdversarial[i]) << ','
                << csvCell(run.smoothedDiscriminator[i]) << '\n';
        for (qsizetype i = 0; i < run.epoch.size(); ++i)
            out << label << ",epoch," << run.epoch[i] << ',' << run.epochIteration[i] << ",,,,"
                << csvCell(run.valLoss[i]) << ',' << csvCell(run.meanIoU[i]) << ','
                << csvCell(run.pixelAccuracy[i]) << ",,\n";
    }
    out.flush();
    return out.status() == QTextStream::Ok && file.commit();
}

}  // namespace seg::ui
