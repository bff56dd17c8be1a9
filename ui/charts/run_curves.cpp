#include "ui/charts/run_curves.h"

#include <cmath>

#include <QRegularExpression>

#include "core/project/run_store.h"
#include "ui/text/error_text.h"

namespace seg::ui {

RunName RunName::fromId(const QString& id) {
    static const QRegularExpression stamped(
        QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})-(\\d{2})(\\d{2})(\\d{2})-(.+)$"));
    const QRegularExpressionMatch m = stamped.match(id);
    if (!m.hasMatch()) return {id, {}};
    return {m.captured(7), QStringLiteral("%1-%2-%3 %4:%5:%6")
                               .arg(m.captured(1), m.captured(2), m.captured(3), m.captured(4),
                                    m.captured(5), m.captured(6))};
}

namespace {
// Smoothing over roughly the last 1 / (1 - kDecay) = 20 iterations.
constexpr double kDecay = 0.95;
}  // namespace

double Smoothed::add(double value) {
    if (std::isfinite(value)) {
        m_average = kDecay * m_average + (1.0 - kDecay) * value;
        m_weight = kDecay * m_weight + (1.0 - kDecay);
    }
    return m_weight > 0 ? m_average / m_weight : value;
}

void RunCurves::clear() {
    for (auto* v :
         {&iteration, &loss, &smoothedLoss, &learningRate, &smoothedAdversarial,
          &smoothedDiscriminator, &epoch, &epochIteration, &valLoss, &meanIoU, &pixelAccuracy})
        v->clear();
    m_loss = m_adversarial = m_discriminator = Smoothed();
    m_hasAdversarial = false;
}

void RunCurves::addIteration(double iterationNumber, double lossValue, double rate,
                             double adversarialLoss, double discriminatorLoss) {
    iteration.append(iterationNumber);
    loss.append(lossValue);
    learningRate.append(rate);
    smoothedLoss.append(m_loss.add(lossValue));
    m_hasAdversarial = m_hasAdversarial || std::isfinite(adversarialLoss);
    smoothedAdversarial.append(m_adversarial.add(adversarialLoss));
    smoothedDiscriminator.append(m_discriminator.add(discriminatorLoss));
}

void RunCurves::addEpoch(int epochNumber, double atIteration, double validationLoss, double miou,
                         double accuracy) {
    epoch.append(epochNumber);
    epochIteration.append(atIteration);
    valLoss.append(validationLoss);
    meanIoU.append(miou);
    pixelAccuracy.append(accuracy);
}

RunCurves RunCurves::fromRecord(const core::RunRecord& run) {
    RunCurves curves;
    curves.label = toQString(run.id);
    for (const auto& row : run.iterations)
        curves.addIteration(double(row.iteration), row.loss, row.learningRate, row.adversarialLoss,
                            row.discriminatorLoss);
    for (const auto& row : run.epochs)
        curves.addEpoch(row.epoch, double(row.iteration), row.valLoss, row.meanIoU,
                        row.pixelAccuracy);
    return curves;
}

}  // namespace seg::ui
