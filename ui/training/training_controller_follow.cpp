#include <algorithm>

#include "core/common/paths.h"
#include "ui/charts/training_charts.h"
#include "ui/text/duration_text.h"
#include "ui/text/error_text.h"
#include "ui/training/process_training.h"
#include "ui/training/run_follower.h"
#include "ui/training/runs_view.h"
#include "ui/training/training_controller.h"

// The runs this window follows from their folders rather than hears from its own thread:
// one shown from the Runs list or a folder, which the CLI or another machine may still be
// writing, and a run in processes, which this window started.

namespace seg::ui {


bool TrainingController::followFolder(const std::filesystem::path& dir) {
    if (isRunning()) {
        Q_EMIT message(tr("A run is training in this window: stop it before following another."),
                       true);
        return false;
    }
    std::error_code ec;
    if (!std::filesystem::is_regular_file(dir / "config.json", ec) &&
        !std::filesystem::is_regular_file(dir / "metrics.csv", ec)) {
        Q_EMIT message(tr("%1 is not a training run's folder: it holds neither config.json nor "
                          "metrics.csv.")
                           .arg(toQPath(dir)),
                       true);
        return false;
    }
    m_follower->follow(dir);
    Q_EMIT followStarted(toQPath(dir));
    const core::RunRecord& run = m_follower->run();
    Q_EMIT message(run.problem.empty()
                       ? tr("Following run %1 as it is written (read-only).").arg(toQPath(dir))
                       : tr("Run %1: %2").arg(toQPath(dir), toQString(run.problem)),
                   false);
    return true;
}

void TrainingController::connectFollower() {
    connect(m_follower, &RunFollower::restarted, this, &TrainingController::displayRun);
    connect(m_follower, &RunFollower::appended, this, &TrainingController::showAppended);
    connect(m_follower, &RunFollower::polled, this, &TrainingController::updateFollowStatus);
}

void TrainingController::showAppended(int firstIteration, int firstEpoch) {
    const core::RunRecord& run = m_follower->run();
    for (size_t i = size_t(firstIteration); i < run.iterations.size(); ++i) {
        const core::IterationRow& r = run.iterations[i];
        m_views.charts->addIteration(double(r.iteration), r.loss, r.learningRate, r.adversarialLoss,
                                     r.discriminatorLoss);
    }
    for (size_t i = size_t(firstEpoch); i < run.epochs.size(); ++i) {
        const core::EpochRow& r = run.epochs[i];
        m_views.charts->addEpoch(r.epoch, double(r.iteration), r.valLoss, r.meanIoU,
                                 r.pixelAccuracy);
    }
    if (run.epochs.size() > size_t(firstEpoch)) {
        showConfusion(run);
        if (m_processes->isRunning() && !m_listed) {
            // As for a run on the thread: listed, and selected, with its first checkpoint.
            m_listed = true;
            m_views.runs->refresh();
            m_views.runs->selectRun(core::pathToUtf8(m_runDir.filename()));
        } else {
            m_views.runs->updateRun(run);  // its row says how far it got (if it is listed)
        }
    }
    if (m_processes->isRunning()) showProcessProgress(run);
}

void TrainingController::showProcessProgress(const core::RunRecord& run) {
    if (m_state != State::Running || run.iterations.empty()) return;
    // Speed from the iterations seen since the first rows came (or the pause ended): the
    // processes' start-up is not training.
    const int64_t iteration = run.iterations.back().iteration;
    if (!m_speedClock.isValid()) {
        m_speedClock.start();
        m_speedFromIteration = iteration;
        return;
    }
    const double seconds = m_speedClock.elapsed() / 1000.0;
    if (seconds < 1.0 || iteration <= m_speedFromIteration) return;
    const double imagesPerSecond = double(iteration - m_speedFromIteration) / seconds * m_batch;
    // The first epoch row says how many iterations an epoch takes.
    const int64_t left = run.epochs.empty()
                             ? -1
                             : std::max<int64_t>(0, run.epochs.front().iteration /
                                                            run.epochs.front().epoch * m_epochs -
                                                        iteration);
    showSpeed(imagesPerSecond, run.iterations.back().epoch, left);
}

void TrainingController::updateFollowStatus() {
    const core::RunRecord& run = m_follower->run();
    const int done = run.epochs.empty() ? 0 : run.epochs.back().epoch;
    QString text;
    if (m_processes->isRunning()) {
        text = tr("trained by %n processes", nullptr, m_processCount);
    } else if (m_follower->isComplete()) {
        text = tr("finished, %1 of %2 epochs").arg(done).arg(run.config->epochs);
    } else {
        const qint64 written = m_follower->secondsSinceWritten();
        const QString epochs = run.config ? tr("%1 of %2 epochs").arg(done).arg(run.config->epochs)
                                          : tr("%n epoch(s)", nullptr, done);
        text = written < 0 ? tr("waiting for the run to write metrics.csv")
                           : tr("%1, written %2 ago").arg(epochs, DurationText::words(written));
    }
    if (!m_follower->problem().isEmpty()) text += QStringLiteral(" - ") + m_follower->problem();
    m_views.charts->setStatus(text);
    m_views.runs->updateButtons();  // Resume waits while something trains the run
}

void TrainingController::finishProcessRun(bool finished, bool stopped, const QString& problem) {
    m_follower->poll();  // the rows written last
    const core::RunRecord& run = m_follower->run();
    core::TrainOutcome outcome;
    outcome.status = finished  ? core::TrainStatus::Finished
                     : stopped ? core::TrainStatus::Stopped
                               : core::TrainStatus::Failed;
    outcome.message = problem.toStdString();
    outcome.epochsCompleted = run.epochs.empty() ? 0 : run.epochs.back().epoch;
    outcome.bestMeanIoU = run.bestMeanIoU;
    outcome.bestEpoch = run.bestEpoch;
    endRun(outcome);
    updateFollowStatus();
}

}  // namespace seg::ui
