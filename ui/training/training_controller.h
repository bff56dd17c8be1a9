#pragma once
// Ties one project's training together: the settings panel starts, pauses, resumes and
// stops runs, on the TrainingRunner's thread or, data-parallel, in processes of their own
// (ProcessTraining); the runner's signals, or for processes their run folder, feed the
// charts, the per-class details and the status bar; finished runs appear in the runs list,
// from which a run is shown again or resumed. A run shown from its folder is followed as
// whatever writes it (a CLI run, another machine) adds to it. GUI thread.

#include <memory>
#include <optional>

#include <QElapsedTimer>
#include <QObject>

#include "core/data/dataset.h"
#include "core/project/project.h"
#include "core/project/run_store.h"
#include "core/train/trainer.h"
#include "ui/training/training_state.h"

class QLabel;
class QWidget;

namespace seg::ui {

class EpochDetails;
class ProcessTraining;
class RunFollower;
class RunsView;
class TrainingCharts;
class TrainingPanel;
class TrainingRunner;

class TrainingController : public QObject {
    Q_OBJECT

public:
    struct Views {
        TrainingPanel* panel;
        TrainingCharts* charts;
        EpochDetails* details;
        RunsView* runs;
        QLabel* speed;  // status bar: images per second
        QLabel* eta;    // status bar: time left
    };
    // Idle: nothing trains. Stopping: stop was asked, the run is writing its checkpoint.
    using State = TrainingState;

    TrainingController(QWidget* window, Views views);
    ~TrainingController() override;

    // The project to train on (nullptr: none). Refused (false) while a run is going.
    bool setProject(const core::Project* project, const core::Dataset* dataset);

    bool isRunning() const;
    State state() const { return m_state; }
    bool hasProject() const { return m_project != nullptr; }
    TrainingRunner* runner() const { return m_runner; }
    RunFollower* follower() const { return m_follower; }
    ProcessTraining* processes() const { return m_processes; }

    // Shows the run in `dir` and follows its curves as something else writes them: a run
    // started from the CLI, or on another machine into a shared or synced folder.
    // Read-only. False, with a message, when `dir` is not a run folder or a run trains here.
    bool followFolder(const std::filesystem::path& dir);

    void start();
    void resume(const core::RunRecord& run);
    void setPaused(bool paused);
    void stop();
    // Stops a run and waits for it to write its checkpoint (closing the window).
    void stopAndWait();

Q_SIGNALS:
    void stateChanged(seg::ui::TrainingController::State state);
    void runStarted(const QString& runDir);
    // followFolder() shows a run from its folder.
    void followStarted(const QString& runDir);
    void runEnded(const QString& message);
    // A message for the status bar, or a problem to show in a box (`problem` true).
    void message(const QString& text, bool problem);

private:
    void launch(core::TrainConfig config, const std::filesystem::path& runDir,
                std::optional<std::filesystem::path> resumeFrom);
    void connectRunner();
    void connectFollower();
    void endRun(const core::TrainOutcome& outcome);
    void showPaused(bool paused);
    // The status bar's speed and time left (`iterationsLeft` < 0: not known yet).
    void showSpeed(double imagesPerSecond, int epoch, int64_t iterationsLeft);
    // New rows the follower read: onto the charts; for a run in processes, the speed too.
    void showAppended(int firstIteration, int firstEpoch);
    void showProcessProgress(const core::RunRecord& run);
    void updateFollowStatus();
    void finishProcessRun(bool finished, bool stopped, const QString& problem);
    void showRun(const core::RunRecord& run);
    // The run's curves, and the per-class results and confusion matrix of its latest
    // evaluated epoch.
    void displayRun(const core::RunRecord& run);
    void showConfusion(const core::RunRecord& run);
    void setComparisons(const std::vector<core::RunRecord>& runs);
    void setState(State state);
    static QString skippedText(int skipped);
    // "4:05", "1:02:33"
    static QString durationText(double seconds);

    QWidget* m_window;
    Views m_views;
    TrainingRunner* m_runner;
    ProcessTraining* m_processes;
    RunFollower* m_follower;
    const core::Project* m_project = nullptr;
    const core::Dataset* m_dataset = nullptr;
    std::filesystem::path m_runDir;
    int m_epochs = 0;
    int m_batch = 1;  // images a step, over all processes
    int m_processCount = 1;
    QElapsedTimer m_speedClock;  // a run in processes: since its first rows came
    int64_t m_speedFromIteration = 0;
    int64_t m_totalIterations = 0;  // where the run ends, for the time left
    int m_skippedSamples = 0;       // unreadable samples reported so far
    bool m_listed = false;          // the running run is in the Runs list
    State m_state = State::Idle;
};

}  // namespace seg::ui
