#include "core/train/lr_schedule.h"

#include <algorithm>
#include <cmath>

#include "core/common/error.h"

namespace seg::core {

LearningRateSchedule::LearningRateSchedule(const ScheduleConfig& config, double baseRate,
                                           int64_t totalIterations, int64_t iterationsPerEpoch)
    : m_config(config),
      m_base(baseRate),
      m_total(std::max<int64_t>(1, totalIterations)),
      m_perEpoch(std::max<int64_t>(1, iterationsPerEpoch)) {
    requireKnownName("schedule", config.type, scheduleTypes());
}

double LearningRateSchedule::at(int64_t iteration) const {
    const double progress = std::clamp(double(iteration) / double(m_total), 0.0, 1.0);
    const double floor = m_config.minLearningRate;
    double rate = m_base;
    if (m_config.type == "poly") {
        rate = floor + (m_base - floor) * std::pow(1.0 - progress, m_config.power);
    } else if (m_config.type == "cosine") {
        rate = floor + (m_base - floor) * 0.5 * (1.0 + std::cos(M_PI * progress));
    } else if (m_config.type == "step") {
        const auto epoch = iteration / m_perEpoch;
        rate = m_base * std::pow(m_config.stepGamma, double(epoch / m_config.stepEpochs));
    }
    if (iteration < m_config.warmupIterations)
        rate *= double(iteration + 1) / double(m_config.warmupIterations);
    return rate;
}

}  // namespace seg::core
