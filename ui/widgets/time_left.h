#pragma once
// "37 of 120, about 2 min left": how far a long task got and how long the rest will take
// at the pace so far. Made (or restarted) when the task starts; GUI thread.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

namespace seg::ui {

class TimeLeft {
    Q_DECLARE_TR_FUNCTIONS(TimeLeft)

public:
    TimeLeft() { restart(); }
    void restart() { m_clock.start(); }
    // Without an estimate ("37 of 120") until a second has passed and something is done:
    // a guess from the first item alone swings too far to show.
    QString text(qint64 done, qint64 total) const;

private:
    QElapsedTimer m_clock;
};

}  // namespace seg::ui
