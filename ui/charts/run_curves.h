#pragma once
// A training run's curves as the charts draw them: iteration losses (raw and smoothed),
// learning rate and the per-epoch validation figures. Filled live from the runner's
// signals or at once from a run folder. GUI thread.

#include <QColor>
#include <QString>
#include <QVector>
#include <QtNumeric>

namespace seg::core {
struct RunRecord;
}

namespace seg::ui {

// A run's folder name read back: "20261204-204909-unet-w16-ce-40ep" is what the run is
// ("unet-w16-ce-40ep") and when it started ("2026-12-04 20:49:09"). Other names are all
// `what`, with no `when`.
struct RunName {
    QString what;
    QString when;
    static RunName fromId(const QString& id);
};

// A debiased exponential moving average over roughly the last 20 values; NaN before the
// first finite one.
class Smoothed {
public:
    double add(double value);

private:
    double m_average = 0.0;
    double m_weight = 0.0;
};

struct RunCurves {
    QString label;
    QColor colour;
    QVector<double> iteration, loss, smoothedLoss, learningRate;
    // Adversarial training's two losses, smoothed, one per iteration (NaN without).
    QVector<double> smoothedAdversarial, smoothedDiscriminator;
    QVector<double> epoch, epochIteration, valLoss, meanIoU, pixelAccuracy;

    void clear();
    // Appends one iteration; the losses are smoothed as Smoothed does.
    void addIteration(double iterationNumber, double lossValue, double rate,
                      double adversarialLoss = qQNaN(), double discriminatorLoss = qQNaN());
    bool hasAdversarialLosses() const { return m_hasAdversarial; }
    void addEpoch(int epochNumber, double atIteration, double validationLoss, double miou,
                  double accuracy);

    static RunCurves fromRecord(const core::RunRecord& run);

private:
    Smoothed m_loss, m_adversarial, m_discriminator;
    bool m_hasAdversarial = false;
};

}  // namespace seg::ui
