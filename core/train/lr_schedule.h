#pragma once
// Learning rate per iteration: poly (as DeepLab), cosine, step or constant, after an
// optional linear warm-up. Pure arithmetic; any thread.

#include <cstdint>

#include "core/train/train_config.h"

namespace seg::core {

class LearningRateSchedule {
public:
    // Throws Error(InvalidArgument) for an unknown schedule type.
    LearningRateSchedule(const ScheduleConfig& config, double baseRate, int64_t totalIterations,
                         int64_t iterationsPerEpoch);

    // Rate for 0-based `iteration`.
    double at(int64_t iteration) const;

private:
    ScheduleConfig m_config;
    double m_base;
    int64_t m_total;
    int64_t m_perEpoch;
};

}  // namespace seg::core
