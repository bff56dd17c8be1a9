#pragma once
// Runs core::runTraining on a QThread of its own and turns the engine's observer calls into
// signals emitted on the GUI thread, so that the GUI thread only ever receives plain values. One
// run at a time. Lives on the GUI thread; its signals arrive there.

#include <memory>

#include <QObject>
#include <QString>

#include "core/train/trainer.h"

Q_DECLARE_METATYPE(seg::core::TrainBegin)
Q_DECLARE_METATYPE(seg::core::IterationReport)
Q_DECLARE_METATYPE(seg::core::EpochReport)
Q_DECLARE_METATYPE(seg::core::TrainOutcome)

class QThread;

namespace seg::ui {

class TrainingRunner : public QObject {
    Q_OBJECT

public:
    explicit TrainingRunner(QObject* parent = nullptr);
    // Stops a running run and waits for its thread (the engine honours stop within one
    // iteration and writes last.pt first).
    ~TrainingRunner() override;

    // Starts the run; false (and nothing started) while another one runs.
    bool start(core::TrainRequest request);
    bool isRunning() const;
    bool isPaused() const;
    void setPaused(bool paused);
    void stop();
    // Blocks until the run's thread has ended (tests and shutdown).
    bool wait(int milliseconds);

Q_SIGNALS:
    void begun(const seg::core::TrainBegin& begin);
    void iteration(const seg::core::IterationReport& report);
    void epoch(const seg::core::EpochReport& report);
    void logLine(const QString& text);
    void pausedChanged(bool paused);
    // Always the last signal of a run, once its thread has ended.
    void ended(const seg::core::TrainOutcome& outcome);

private:
    // GUI thread: emits the reports the training thread posted, in order. Invokable by name
    // so that the training thread can queue it without allocating a slot object (see post()).
    Q_INVOKABLE void deliverReports();

    class Observer;
    std::unique_ptr<core::TrainControl> m_control;
    std::unique_ptr<Observer> m_observer;
    std::unique_ptr<QThread> m_thread;  // the run's thread, kept until the next run or the end
};

}  // namespace seg::ui
