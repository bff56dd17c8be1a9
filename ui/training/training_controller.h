#pragma once
// Ties one project's training together: the settings panel starts, pauses, resumes and
// stops runs on the TrainingRunner's thread; the runner's signals feed the charts, the
// per-class details and the status bar; finished runs appear in the runs list, from which
// a run is shown again or resumed. GUI thread.

#include <memory>
#include <optional>

#include <QElapsedTimer>
#include <QObject>

#include "core/data/dataset.h"
#include "core/project/project.h"
#include "core/project/run_store.h"
#include "ui/training/training_state.h"

class QLabel;
class QWidget;

namespace seg::ui {

class EpochDetails;
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

    void start();
    void resume(const core::RunRecord& run);
    void setPaused(bool paused);
    void stop();
    // Stops a run and waits for it to write its checkpoint (closing the window).
    void stopAndWait();

Q_SIGNALS:
    void stateChanged(seg::ui::TrainingController::State state);
    void runStarted(const QString& runDir);
    void runEnded(const QString& message);
    // A message for the status bar, or a problem to show in a box (`problem` true).
    void message(const QString& text, bool problem);

private:
    void launch(core::TrainConfig config, const std::filesystem::path& runDir,
                std::optional<std::filesystem::path> resumeFrom);
    void connectRunner();
    void showRun(const core::RunRecord& run);
    // The run's curves, and the per-class results and confusion matrix of its latest
    // evaluated epoch.
    void displayRun(const core::RunRecord& run);
    void setComparisons(const std::vector<core::RunRecord>& runs);
    void setState(State state);
    static QString skippedText(int skipped);

    QWidget* m_window;
    Views m_views;
    TrainingRunner* m_runner;
    const core::Project* m_project = nullptr;
    const core::Dataset* m_dataset = nullptr;
    std::filesystem::path m_runDir;
    int m_epochs = 0;
    int m_batch = 1;
    int64_t m_totalIterations = 0;  // where the run ends, for the time left
    int m_skippedSamples = 0;       // unreadable samples reported so far
    bool m_listed = false;          // the running run is in the Runs list
    State m_state = State::Idle;
};

}  // namespace seg::ui
