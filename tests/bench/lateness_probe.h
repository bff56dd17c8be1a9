#pragma once
// How late the GUI thread gets: a timer that should fire every few milliseconds records how
// late each tick comes, which is how long the thread was busy with something else. GUI
// thread; header-only for the benchmarks.

#include <algorithm>
#include <vector>

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace seg::bench {

struct Lateness {
    double p50 = 0, p99 = 0, worst = 0;
    size_t ticks = 0;
    double seconds = 0;  // how long the probe watched
};

class LatenessProbe : public QObject {
public:
    explicit LatenessProbe(int intervalMs = 5) : m_intervalMs(intervalMs) {
        m_timer.setInterval(intervalMs);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_lateness.push_back(std::max(0.0, sinceLastTick() - m_intervalMs));
            m_clock.restart();
        });
    }

    void begin() {
        m_lateness.clear();
        m_clock.start();
        m_watching.start();
        m_timer.start();
    }

    // The figures since begin() (or the last take()); the probe keeps running.
    Lateness take() {
        // The time since the last tick counts too: a block at the very end is a block.
        std::vector<double> v = std::move(m_lateness);
        m_lateness.clear();
        v.push_back(std::max(0.0, sinceLastTick() - m_intervalMs));
        std::sort(v.begin(), v.end());
        auto at = [&](double p) { return v[std::min(v.size() - 1, size_t(p * double(v.size())))]; };
        const double seconds = double(m_watching.restart()) / 1e3;
        return {at(0.5), at(0.99), v.back(), v.size(), seconds};
    }

    Lateness end() {
        m_timer.stop();
        return take();
    }

private:
    double sinceLastTick() const { return double(m_clock.nsecsElapsed()) / 1e6; }

    int m_intervalMs;
    QTimer m_timer;
    QElapsedTimer m_clock;     // since the last tick
    QElapsedTimer m_watching;  // since begin() or the last take()
    std::vector<double> m_lateness;
};

}  // namespace seg::bench
