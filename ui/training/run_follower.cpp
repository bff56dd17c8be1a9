#include "ui/training/run_follower.h"

#include <algorithm>

#include <QDateTime>
#include <QFileInfo>
#include <QTimer>

#include "core/common/atomic_file.h"
#include "core/common/error.h"
#include "core/common/paths.h"
#include "core/project/metrics_tail.h"
#include "ui/text/error_text.h"

namespace seg::ui {

namespace {
constexpr int kPollMs = 1000;  // a run writes its iteration rows at most once a second
}

RunFollower::RunFollower(QObject* parent) : QObject(parent), m_timer(new QTimer(this)) {
    m_timer->setInterval(kPollMs);
    connect(m_timer, &QTimer::timeout, this, &RunFollower::poll);
}

RunFollower::~RunFollower() = default;

void RunFollower::follow(const std::filesystem::path& runDir) {
    m_dir = runDir;
    m_tail = std::make_unique<core::MetricsTail>(runDir / "metrics.csv");
    m_run = core::RunRecord{};
    m_readProblem.clear();
    m_rowProblem.clear();
    m_timer->start();
    poll();
}

void RunFollower::stop() {
    m_timer->stop();
    m_tail.reset();
}

qint64 RunFollower::secondsSinceWritten(const std::filesystem::path& runDir) {
    const QFileInfo metrics(toQPath(runDir / "metrics.csv"));
    if (!metrics.exists()) return -1;
    return std::max<qint64>(0, metrics.lastModified().secsTo(QDateTime::currentDateTime()));
}

bool RunFollower::isComplete() const {
    return m_run.config && !m_run.epochs.empty() &&
           m_run.epochs.back().epoch >= m_run.config->epochs;
}

void RunFollower::poll() {
    if (!m_tail) return;
    core::MetricsTail::Update update;
    try {
        update = m_tail->poll();
    } catch (const core::Error& e) {
        m_readProblem = toQString(core::pathToUtf8(e.file()) + ": " + e.detail());
        Q_EMIT polled();
        return;
    }
    m_readProblem.clear();
    if (!update.problem.empty())
        m_rowProblem = toQString(update.problem);
    else if (update.restarted)
        m_rowProblem.clear();
    const bool first = m_run.id.empty();
    if (first || update.restarted) {
        // config.json, checkpoints and the confusion matrix as they are now; the curves as
        // the tail read them, so that the next rows continue exactly where these end.
        m_run = core::readRun(m_dir, false);
        m_run.iterations = std::move(update.iterations);
        m_run.epochs = std::move(update.epochs);
        m_run.findBest();
        Q_EMIT restarted(m_run);
    } else if (!update.empty()) {
        const int firstIteration = static_cast<int>(m_run.iterations.size());
        const int firstEpoch = static_cast<int>(m_run.epochs.size());
        m_run.iterations.insert(m_run.iterations.end(), update.iterations.begin(),
                                update.iterations.end());
        m_run.epochs.insert(m_run.epochs.end(), update.epochs.begin(), update.epochs.end());
        if (!update.epochs.empty()) {
            // An epoch row comes with its checkpoint, confusion matrix and perhaps a config
            // written late: read those again.
            const core::RunRecord now = core::readRun(m_dir, false);
            m_run.config = now.config;
            m_run.lastCheckpoint = now.lastCheckpoint;
            m_run.bestCheckpoint = now.bestCheckpoint;
            m_run.lastConfusion = now.lastConfusion;
            m_run.problem = now.problem;
            m_run.findBest();
        }
        Q_EMIT appended(firstIteration, firstEpoch);
    }
    Q_EMIT polled();
}

}  // namespace seg::ui
