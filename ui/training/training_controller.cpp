#include "ui/training/training_controller.h"

#include <algorithm>
#include <cmath>
#include <thread>

#include <QLabel>
#include <QSpinBox>

#include "core/common/error.h"
#include "core/common/paths.h"
#include "core/data/dataset.h"
#include "core/eval/confusion_matrix.h"
#include "core/eval/metrics.h"
#include "core/project/run_store.h"
#include "core/train/run_writer_lock.h"
#include "ui/charts/epoch_details.h"
#include "ui/charts/training_charts.h"
#include "ui/text/error_text.h"
#include "ui/training/model_form.h"
#include "ui/training/process_training.h"
#include "ui/training/run_follower.h"
#include "ui/training/runs_view.h"
#include "ui/training/training_panel.h"
#include "ui/training/training_runner.h"

namespace seg::ui {

namespace {

QStringList classNames(const core::ClassMap& classes) {
    QStringList names;
    for (const auto& name : classes.names()) names << toQString(name);
    return names;
}

}  // namespace

TrainingController::TrainingController(QWidget* window, Views views)
    : QObject(window),
      m_window(window),
      m_views(views),
      m_runner(new TrainingRunner(this)),
      m_processes(new ProcessTraining(this)),
      m_follower(new RunFollower(this)) {
    connect(views.panel, &TrainingPanel::startRequested, this, &TrainingController::start);
    connect(views.panel, &TrainingPanel::pauseRequested, this, &TrainingController::setPaused);
    connect(views.panel, &TrainingPanel::stopRequested, this, &TrainingController::stop);
    connect(views.runs, &RunsView::showRequested, this, &TrainingController::showRun);
    connect(views.runs, &RunsView::resumeRequested, this, &TrainingController::resume);
    connect(views.runs, &RunsView::comparisonChanged, this, &TrainingController::setComparisons);
    connectRunner();
    connectFollower();
    connect(m_processes, &ProcessTraining::ended, this, &TrainingController::finishProcessRun);
}

TrainingController::~TrainingController() {
    // The views may be gone already: the end of a run must not reach them while it winds
    // down (waiting for processes delivers their end at once).
    m_processes->disconnect(this);
    m_follower->disconnect(this);
    m_runner->disconnect(this);
    stopAndWait();
}

bool TrainingController::setProject(const core::Project* project, const core::Dataset* dataset) {
    if (isRunning()) return false;
    m_project = project;
    m_dataset = dataset;
    // Pair networks train on change projects only.
    if (dataset) m_views.panel->modelForm()->offerArchitecturesFor(core::imagesPerSample(*dataset));
    m_views.runs->setRunsFolder(project ? project->runsRoot() : std::filesystem::path());
    m_follower->stop();
    m_views.charts->beginRun(RunCurves{});
    m_views.charts->setStatus(QString());
    m_views.details->setClassNames(project ? classNames(project->classes) : QStringList());
    // A reopened project shows where its latest run got to, and follows it if something
    // (the CLI, another machine) is still writing it.
    if (!m_views.runs->runs().empty()) {
        const core::RunRecord& latest = m_views.runs->runs().back();
        m_views.runs->selectRun(latest.id);
        m_follower->follow(latest.dir);
    }
    return true;
}

bool TrainingController::isRunning() const {
    return m_runner->isRunning() || m_processes->isRunning();
}

void TrainingController::start() {
    if (!m_project || !m_dataset || isRunning()) return;
    const std::filesystem::path runs = m_project->runsRoot();
    const core::TrainConfig config = m_views.panel->config();
    launch(config, runs / core::newRunId(runs, config), std::nullopt);
}

void TrainingController::resume(const core::RunRecord& run) {
    if (!m_project || !m_dataset || isRunning()) return;
    if (!run.canResume()) {
        Q_EMIT message(
            tr("Run %1 cannot be resumed: %2")
                .arg(toQString(run.id), run.problem.empty()
                                            ? tr("its checkpoint checkpoints/last.pt is missing.")
                                            : toQString(run.problem)),
            true);
        return;
    }
    if (core::isRunBeingTrained(run.dir)) {
        Q_EMIT message(tr("Run %1 is being trained by another process now. Resume it once that "
                          "process has stopped.")
                           .arg(toQString(run.id)),
                       true);
        return;
    }
    core::TrainConfig config = *run.config;
    // A finished run continues for the epochs the panel asks for beyond its own.
    const int done = run.epochs.empty() ? 0 : run.epochs.back().epoch;
    if (done >= config.epochs) config.epochs = done + m_views.panel->epochsBox()->value();
    m_views.panel->setConfig(config);
    launch(config, run.dir, run.lastCheckpoint);
    m_views.charts->beginRun(RunCurves::fromRecord(core::readRun(run.dir)));
}

void TrainingController::launch(core::TrainConfig config, const std::filesystem::path& runDir,
                                std::optional<std::filesystem::path> resumeFrom) {
    const int processes = m_views.panel->processes();
    try {
        core::fitModelToDataset(config.model, *m_dataset);
        core::validateTrainConfig(config);
    } catch (const core::Error& e) {
        Q_EMIT message(tr("Cannot start training: %1").arg(ErrorText::describe(e)), true);
        return;
    }
    if (processes > 1 && config.adversarial.enabled) {
        Q_EMIT message(tr("Cannot start training: adversarial training runs in one process. Set "
                          "Processes to 1."),
                       true);
        return;
    }
    if (processes > 1) {
        // Started first: what the window shows changes only for a run that started.
        QString problem;
        if (!m_processes->start({config, m_project->folder, runDir, resumeFrom, processes},
                                &problem)) {
            Q_EMIT message(tr("Cannot start training: %1").arg(problem), true);
            return;
        }
    }
    m_follower->stop();
    m_views.charts->setStatus(QString());
    m_runDir = runDir;
    m_epochs = config.epochs;
    m_batch = config.batchSize * processes;
    m_processCount = processes;
    RunCurves fresh;
    fresh.label = toQPath(runDir.filename());
    m_views.charts->beginRun(fresh);
    m_views.details->setClassNames(classNames(m_dataset->classes));
    if (processes > 1) {
        m_speedClock.invalidate();
        m_follower->follow(runDir);
    } else {
        m_runner->start({config, *m_dataset, runDir, std::move(resumeFrom)});
    }
    m_listed = false;
    setState(State::Running);
    m_views.speed->setText(tr("starting..."));
    m_views.eta->clear();
    Q_EMIT runStarted(toQPath(runDir));
}

void TrainingController::connectRunner() {
    connect(m_runner, &TrainingRunner::begun, this, [this](const core::TrainBegin& b) {
        m_totalIterations = b.totalIterations;
        m_skippedSamples = b.skippedSamples;
        QString text = tr("Training on %1 images (%2 for validation), %3 threads, %4")
                           .arg(b.trainSamples)
                           .arg(b.valSamples)
                           .arg(b.threads)
                           .arg(QString::fromStdString(b.device).toUpper());
        if (b.skippedSamples > 0) text += QLatin1Char(' ') + skippedText(b.skippedSamples);
        Q_EMIT message(text, false);
    });
    connect(m_runner, &TrainingRunner::iteration, this, [this](const core::IterationReport& r) {
        m_views.charts->addIteration(double(r.iteration), r.loss, r.learningRate, r.adversarialLoss,
                                     r.discriminatorLoss);
        // Reports queued before a pause or stop arrive after it: the label keeps saying so.
        if (m_state != State::Running) return;
        const int64_t left = m_totalIterations - r.iteration;
        showSpeed(r.imagesPerSecond, r.epoch, r.imagesPerSecond > 0 && left > 0 ? left : -1);
    });
    connect(m_runner, &TrainingRunner::epoch, this, [this](const core::EpochReport& r) {
        m_views.charts->addEpoch(r.epoch, double(r.iteration), r.valLoss, r.metrics.meanIoU,
                                 r.metrics.pixelAccuracy);
        m_views.details->showEpoch(r.epoch, r.metrics, r.confusion);
        if (!m_listed) {
            // The run's folder holds a checkpoint now: list it (once; the list re-reads every
            // run) so that the run on screen is in the Runs list while it trains.
            m_listed = true;
            m_views.runs->refresh();
            m_views.runs->selectRun(core::pathToUtf8(m_runDir.filename()));
        } else {
            // Its row says how far it got: epochs and best mIoU (the epoch row is on disk
            // before the report is sent).
            m_views.runs->updateRun(core::readRun(m_runDir));
        }
        if (r.skippedSamples > m_skippedSamples) {
            m_skippedSamples = r.skippedSamples;
            Q_EMIT message(skippedText(r.skippedSamples), false);
        }
    });
    connect(m_runner, &TrainingRunner::pausedChanged, this, &TrainingController::showPaused);
    connect(m_runner, &TrainingRunner::ended, this, &TrainingController::endRun);
}

void TrainingController::showPaused(bool paused) {
    if (m_state == State::Stopping) return;
    setState(paused ? State::Paused : State::Running);
    // The speed and time left of before the pause would be stale: say what is going on.
    m_views.speed->setText(paused ? tr("Paused") : tr("resuming..."));
    if (paused) m_views.eta->clear();
    m_speedClock.invalidate();  // a run in processes measures its speed afresh
}

void TrainingController::endRun(const core::TrainOutcome& o) {
    setState(State::Idle);
    m_views.speed->clear();
    m_views.eta->clear();
    m_views.runs->refresh();
    m_views.runs->selectRun(core::pathToUtf8(m_runDir.filename()));
    QString text;
    switch (o.status) {
        case core::TrainStatus::Finished:
            text = tr("Training finished: best mIoU %1 at epoch %2.")
                       .arg(o.bestMeanIoU, 0, 'f', 4)
                       .arg(o.bestEpoch);
            break;
        case core::TrainStatus::Stopped:
            text = tr("Training stopped after %n complete epochs; resume it from the runs list.",
                      nullptr, o.epochsCompleted);
            break;
        case core::TrainStatus::Failed:
            text = tr("Training failed: %1").arg(toQString(o.message));
            break;
    }
    if (o.skippedSamples > 0 && o.status != core::TrainStatus::Failed)
        text += QLatin1Char(' ') + skippedText(o.skippedSamples);
    Q_EMIT message(text, o.status == core::TrainStatus::Failed);
    Q_EMIT runEnded(text);
}

QString TrainingController::durationText(double seconds) {
    const int s = static_cast<int>(std::lround(seconds));
    return s >= 3600 ? QStringLiteral("%1:%2:%3")
                           .arg(s / 3600)
                           .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
                           .arg(s % 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

void TrainingController::showSpeed(double imagesPerSecond, int epoch, int64_t iterationsLeft) {
    m_views.speed->setText(tr("%1 img/s").arg(imagesPerSecond, 0, 'f', 1));
    if (iterationsLeft < 0) {
        m_views.eta->setText(tr("epoch %1/%2").arg(epoch).arg(m_epochs));
        return;
    }
    m_views.eta->setText(
        tr("epoch %1/%2, %3 left")
            .arg(epoch)
            .arg(m_epochs)
            .arg(durationText(double(iterationsLeft) * m_batch / imagesPerSecond)));
}

QString TrainingController::skippedText(int skipped) {
    return tr("%n unreadable image(s) skipped; the log names them.", nullptr, skipped);
}

void TrainingController::setState(State state) {
    if (state == m_state) return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void TrainingController::setPaused(bool paused) {
    if (m_state != State::Running && m_state != State::Paused) return;
    if (m_processes->isRunning()) {
        // Every process pauses at its next step; nothing comes back to confirm it.
        m_processes->setPaused(paused);
        showPaused(paused);
        return;
    }
    m_runner->setPaused(paused);
}

void TrainingController::stop() {
    if (m_state != State::Running && m_state != State::Paused) return;
    setState(State::Stopping);
    if (m_processes->isRunning()) {
        m_processes->setPaused(false);
        m_processes->stop();
    } else {
        m_runner->setPaused(false);
        m_runner->stop();
    }
    m_views.speed->setText(tr("stopping..."));
    m_views.eta->clear();
}

void TrainingController::stopAndWait() {
    if (m_processes->isRunning()) {
        m_processes->stop();
        m_processes->wait(-1);
    }
    if (!m_runner->isRunning()) return;
    m_runner->stop();
    m_runner->wait(-1);
}

void TrainingController::showRun(const core::RunRecord& run) {
    if (isRunning()) {
        Q_EMIT message(tr("A run is training; tick runs to compare them with it instead."), false);
        return;
    }
    m_follower->follow(run.dir);  // shows it, and goes on if something still writes it
    const QString label = toQString(run.id);
    Q_EMIT message(run.problem.empty()
                       ? tr("Showing run %1: %n epochs", nullptr, int(run.epochs.size())).arg(label)
                       : tr("Run %1: %2").arg(label, toQString(run.problem)),
                   !run.problem.empty());
}

void TrainingController::displayRun(const core::RunRecord& run) {
    m_views.charts->showRun(RunCurves::fromRecord(run));
    m_views.details->clear();
    showConfusion(run);
}

void TrainingController::showConfusion(const core::RunRecord& run) {
    if (!run.lastConfusion || !m_dataset ||
        run.lastConfusion->numClasses != static_cast<int>(m_dataset->classes.size()))
        return;  // no matrix kept, or the project's classes changed since
    core::ConfusionMatrix matrix(run.lastConfusion->numClasses, m_dataset->classes.ignoreIndex());
    matrix.addCounts(run.lastConfusion->counts);
    m_views.details->showEpoch(run.lastConfusion->epoch, core::computeMetrics(matrix),
                               run.lastConfusion->counts);
}

void TrainingController::setComparisons(const std::vector<core::RunRecord>& runs) {
    static const QColor palette[] = {QColor(127, 127, 127), QColor(188, 189, 34),
                                     QColor(23, 190, 207), QColor(227, 119, 194),
                                     QColor(140, 86, 75)};
    QList<RunCurves> curves;
    for (size_t i = 0; i < runs.size(); ++i) {
        RunCurves c = RunCurves::fromRecord(runs[i]);
        c.colour = palette[i % std::size(palette)];
        curves.append(c);
    }
    m_views.charts->setComparisons(curves);
}

}  // namespace seg::ui
