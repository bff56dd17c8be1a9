#include "ui/training/training_runner.h"

#include <QThread>

#include "ui/text/error_text.h"

namespace seg::ui {

// Called on the training thread: emitting from there queues each signal to the GUI thread.
class TrainingRunner::Observer : public core::TrainObserver {
public:
    explicit Observer(TrainingRunner* runner) : m_runner(runner) {}
    void onBegin(const core::TrainBegin& b) override { Q_EMIT m_runner->begun(b); }
    void onIteration(const core::IterationReport& r) override { Q_EMIT m_runner->iteration(r); }
    void onEpoch(const core::EpochReport& r) override { Q_EMIT m_runner->epoch(r); }
    void onLog(const std::string& text) override { Q_EMIT m_runner->logLine(toQString(text)); }
    // Kept until the thread has finished: `ended` is emitted from QThread::finished, so
    // that a handler can start the next run at once.
    void onEnd(const core::TrainOutcome& o) override { outcome = o; }

    core::TrainOutcome outcome;

private:
    TrainingRunner* m_runner;
};

TrainingRunner::TrainingRunner(QObject* parent) : QObject(parent) {
    qRegisterMetaType<core::TrainBegin>();
    qRegisterMetaType<core::IterationReport>();
    qRegisterMetaType<core::EpochReport>();
    qRegisterMetaType<core::TrainOutcome>();
}

TrainingRunner::~TrainingRunner() {
    stop();
    wait(-1);
}

bool TrainingRunner::start(core::TrainRequest request) {
    if (isRunning()) return false;
    if (m_thread) m_thread->wait();
    m_control = std::make_unique<core::TrainControl>();
    m_observer = std::make_unique<Observer>(this);
    core::TrainControl* control = m_control.get();
    Observer* observer = m_observer.get();
    m_thread.reset(QThread::create([request = std::move(request), control, observer] {
        core::runTraining(request, *observer, *control);
    }));
    m_thread->setObjectName(QStringLiteral("training"));
    connect(m_thread.get(), &QThread::finished, this,
            [this] { Q_EMIT ended(m_observer->outcome); });
    m_thread->start();
    return true;
}

bool TrainingRunner::isRunning() const {
    return m_thread && m_thread->isRunning();
}

bool TrainingRunner::isPaused() const {
    return m_control && m_control->pause.load();
}

void TrainingRunner::setPaused(bool paused) {
    if (!m_control || m_control->pause.load() == paused) return;
    m_control->pause.store(paused);
    Q_EMIT pausedChanged(paused);
}

void TrainingRunner::stop() {
    if (m_control) m_control->stop.store(true);
}

bool TrainingRunner::wait(int milliseconds) {
    if (!m_thread) return true;
    return milliseconds < 0 ? m_thread->wait() : m_thread->wait(QDeadlineTimer(milliseconds));
}

}  // namespace seg::ui
