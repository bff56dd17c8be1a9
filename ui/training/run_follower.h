#pragma once
// Follows a run folder that something else writes: a CLI or multi-process run on this
// machine, or a run on another machine seen through a shared or synced folder. Reads the
// folder once a second and never writes to it. GUI thread (the reads are a few small files,
// and only what metrics.csv gained since the last second).

#include <filesystem>
#include <memory>
#include <optional>

#include <QObject>
#include <QString>

#include "core/project/run_store.h"

class QTimer;

namespace seg::core {
class MetricsTail;
}

namespace seg::ui {

class RunFollower : public QObject {
    Q_OBJECT

public:
    explicit RunFollower(QObject* parent = nullptr);
    ~RunFollower() override;

    // Reads the folder now (run() then holds what is there, and restarted() says so) and
    // goes on following it.
    void follow(const std::filesystem::path& runDir);
    void stop();
    bool isFollowing() const { return m_tail != nullptr; }

    // The run as read so far: config, curves, best epoch, checkpoints, latest confusion.
    const core::RunRecord& run() const { return m_run; }
    // Seconds since the run's metrics.csv was last written, by its time stamp (a sync or
    // copy keeps the writer's); -1 while there is none.
    qint64 secondsSinceWritten() const { return secondsSinceWritten(m_dir); }
    static qint64 secondsSinceWritten(const std::filesystem::path& runDir);
    // Why the latest read of metrics.csv failed, or else the first malformed row it holds
    // (skipped): file and problem, English. Empty when all is well.
    const QString& problem() const {
        return m_readProblem.isEmpty() ? m_rowProblem : m_readProblem;
    }
    // The run has evaluated as many epochs as its config.json asks for.
    bool isComplete() const;

    // Reads what changed now instead of at the next tick (tests, and the end of a run
    // this window started).
    void poll();

Q_SIGNALS:
    // The whole run, read anew: on follow(), and when the folder was rewritten (a resume
    // went back to its checkpoint, or a sync replaced the file).
    void restarted(const seg::core::RunRecord& run);
    // New rows at the end of run(): iterations from `firstIteration` on, epochs from
    // `firstEpoch` on (the latest confusion matrix is in run() too).
    void appended(int firstIteration, int firstEpoch);
    // After each read, changed or not: for "written 5 s ago".
    void polled();

private:
    std::filesystem::path m_dir;
    std::unique_ptr<core::MetricsTail> m_tail;
    core::RunRecord m_run;
    QTimer* m_timer;
    QString m_readProblem;
    QString m_rowProblem;
};

}  // namespace seg::ui
