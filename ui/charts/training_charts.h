#pragma once
// The live training charts: loss per iteration (raw and smoothed) with validation loss per
// epoch, validation mIoU and pixel accuracy per epoch, and the learning rate. Other runs
// can be overlaid for comparison. Drag to pan, wheel to zoom, double-click to fit; hovering
// reads out the nearest point. Redraws at most a few times a second however fast points
// arrive, so the window stays responsive. GUI thread.

#include <QList>
#include <QWidget>
#include <QtNumeric>

#include "ui/charts/run_curves.h"

class QCustomPlot;
class QCPGraph;
class QCPItemTracer;
class QLabel;
class QMouseEvent;
class QPaintDevice;
class QTimer;

namespace seg::ui {

class TrainingCharts : public QWidget {
    Q_OBJECT

public:
    explicit TrainingCharts(QWidget* parent = nullptr);

    // Starts a fresh live run (the curves of a resumed run may be passed in to continue).
    void beginRun(const RunCurves& start);
    // The two adversarial losses are NaN unless the run trains adversarially; their curves
    // appear with the first finite value.
    void addIteration(double iteration, double loss, double learningRate,
                      double adversarialLoss = qQNaN(), double discriminatorLoss = qQNaN());
    void addEpoch(int epoch, double atIteration, double valLoss, double meanIoU,
                  double pixelAccuracy);
    // Shows a finished run's curves as the main run (reopened from its folder).
    void showRun(const RunCurves& run) { beginRun(run); }
    // A line beside the main run's name: where a run followed from its folder got to.
    void setStatus(const QString& text);
    QString status() const;
    // Runs drawn dashed behind the main run, each in its own colour.
    void setComparisons(const QList<RunCurves>& runs);

    const RunCurves& mainRun() const { return m_main; }
    int pointCount() const;  // iteration points of the main run drawn so far (tests)
    int graphCount() const;  // curves drawn on the three charts together (tests)

    // By the file's suffix: .png, .svg or .pdf; all three charts stacked. Through a temp
    // file; false when it cannot be written.
    bool exportImage(const QString& path);
    // Every curve of the main run and the comparisons, one row per point.
    bool exportCsv(const QString& path) const;

    QCustomPlot* lossPlot() const { return m_loss; }
    QCustomPlot* metricsPlot() const { return m_metrics; }
    QCustomPlot* ratePlot() const { return m_rate; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QCustomPlot* makePlot(const QString& xLabel, const QString& yLabel);
    void rebuildGraphs();
    void scheduleReplot();
    void replotNow();
    void fitAll();
    void showReadout(QCustomPlot* plot, QMouseEvent* event);
    void render(QPaintDevice& device, int width, int height);

    QCustomPlot* m_loss;
    QCustomPlot* m_metrics;
    QCustomPlot* m_rate;
    QLabel* m_title;
    QLabel* m_status;
    QLabel* m_readout;
    QTimer* m_replot;
    RunCurves m_main;
    QList<RunCurves> m_comparisons;
    // Main-run graphs, fed point by point while training runs.
    QCPGraph* m_rawLoss = nullptr;
    QCPGraph* m_smoothLoss = nullptr;
    QCPGraph* m_valLoss = nullptr;
    QCPGraph* m_adversarial = nullptr;    // adversarial training only
    QCPGraph* m_discriminator = nullptr;  // adversarial training only
    QCPGraph* m_miou = nullptr;
    QCPGraph* m_accuracy = nullptr;
    QCPGraph* m_learningRate = nullptr;
    QList<QCPItemTracer*> m_tracers;
    bool m_follow = true;  // fit the axes to new data until the user pans or zooms
};

}  // namespace seg::ui
