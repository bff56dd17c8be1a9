#include "ui/training/training_runner.h"

#include <deque>
#include <mutex>
#include <variant>

#include <QThread>

#include "ui/text/error_text.h"

namespace seg::ui {

// Called on the training thread. Reports travel to the GUI thread through a mailbox under a
// std::mutex rather than as queued signal arguments: the hand-over is then one that
// ThreadSanitizer sees (Qt's queued events synchronise inside Qt, out of its sight), and a
// burst of fast iterations costs one wake-up of the GUI thread, not one event each.
class TrainingRunner::Observer : public core::TrainObserver {
public:
    using Report =
        std::variant<core::TrainBegin, core::IterationReport, core::EpochReport, std::string>;

    explicit Observer(TrainingRunner* runner) : m_runner(runner) {}
    void onBegin(const core::TrainBegin& b) override { post(b); }
    void onIteration(const core::IterationReport& r) override { post(r); }
    void onEpoch(const core::EpochReport& r) override { post(r); }
    void onLog(const std::string& text) override { post(text); }
    // Kept until the thread has finished: `ended` is emitted from QThread::finished, so
    // that a handler can start the next run at once.
    void onEnd(const core::TrainOutcome& o) override {
        std::lock_guard lock(m_mutex);
        m_outcome = o;
    }

    std::deque<Report> takeReports() {
        std::lock_guard lock(m_mutex);
        return std::exchange(m_reports, {});
    }
    core::TrainOutcome outcome() {
        std::lock_guard lock(m_mutex);
        return m_outcome;
    }

private:
    void post(Report report) {
        bool wake;
        {
            std::lock_guard lock(m_mutex);
            wake = m_reports.empty();
            m_reports.push_back(std::move(report));
        }
        // By name, not by member pointer: a member pointer makes this thread allocate a slot
        // object that Qt frees after the call through a reference count inside Qt's library,
        // a hand-over ThreadSanitizer cannot see. By name, Qt alone allocates and frees.
        if (wake) QMetaObject::invokeMethod(m_runner, "deliverReports", Qt::QueuedConnection);
    }

    TrainingRunner* m_runner;
    std::mutex m_mutex;
    std::deque<Report> m_reports;
    core::TrainOutcome m_outcome;
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
    connect(m_thread.get(), &QThread::finished, this, [this] {
        deliverReports();  // all of them before `ended`
        Q_EMIT ended(m_observer->outcome());
    });
    m_thread->start();
    return true;
}

void TrainingRunner::deliverReports() {
    if (!m_observer) return;
    for (auto& report : m_observer->takeReports()) {
        if (auto* begin = std::get_if<core::TrainBegin>(&report)) {
            Q_EMIT begun(*begin);
        } else if (auto* step = std::get_if<core::IterationReport>(&report)) {
            Q_EMIT iteration(*step);
        } else if (auto* epochReport = std::get_if<core::EpochReport>(&report)) {
            Q_EMIT epoch(*epochReport);
        } else {
            Q_EMIT logLine(toQString(std::get<std::string>(report)));
        }
    }
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
