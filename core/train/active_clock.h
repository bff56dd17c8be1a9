#pragma once
// Elapsed time with the pauses left out: an epoch's duration and the training speed are
// measured in it, so a run paused for lunch neither reports the break as training time nor
// looks slow afterwards (which would stretch the remaining-time estimate). Training thread.

#include <chrono>
#include <optional>

namespace seg::core {

class ActiveClock {
public:
    using Clock = std::chrono::steady_clock;

    ActiveClock() : m_start(Clock::now()) {}

    void pause() {
        if (!m_pausedAt) m_pausedAt = Clock::now();
    }
    void resume() {
        if (!m_pausedAt) return;
        m_paused += Clock::now() - *m_pausedAt;
        m_pausedAt.reset();
    }

    // Seconds since construction, pauses excluded (one in progress too).
    double seconds() const {
        const auto end = m_pausedAt ? *m_pausedAt : Clock::now();
        return std::chrono::duration<double>(end - m_start - m_paused).count();
    }

private:
    Clock::time_point m_start;
    Clock::duration m_paused{};
    std::optional<Clock::time_point> m_pausedAt;
};

}  // namespace seg::core
