#pragma once
// The project's training runs with their best mIoU: show a run's curves again, resume it,
// or tick runs to overlay them on the charts. GUI thread; reading the run folders is quick
// (a few small text files each).

#include <vector>

#include <QWidget>

#include "core/project/run_store.h"

class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace seg::ui {

class RunsView : public QWidget {
    Q_OBJECT

public:
    explicit RunsView(QWidget* parent = nullptr);

    // Lists the runs under `runsDir` (empty path: no project).
    void setRunsFolder(const std::filesystem::path& runsDir);
    void refresh();
    const std::vector<core::RunRecord>& runs() const { return m_runs; }
    // The run on the current row, or nullptr.
    const core::RunRecord* currentRun() const;
    void selectRun(const std::string& id);
    // The row of `run` (by its id) shows it as it is now; nothing when it is not listed.
    void updateRun(const core::RunRecord& run);

    // While a run trains, no other can be shown or resumed (ticking to compare still works).
    void setTrainingActive(bool active);
    // Show and Resume as they apply to the current run now (Resume waits while another
    // process trains it).
    void updateButtons();

    QTreeWidget* tree() const { return m_tree; }

Q_SIGNALS:
    void showRequested(const seg::core::RunRecord& run);
    void resumeRequested(const seg::core::RunRecord& run);
    void comparisonChanged(const std::vector<seg::core::RunRecord>& runs);

private:
    void fillRow(QTreeWidgetItem& item, const core::RunRecord& run);
    void emitComparison();

    std::filesystem::path m_runsDir;
    std::vector<core::RunRecord> m_runs;
    QTreeWidget* m_tree;
    QPushButton* m_show;
    QPushButton* m_resume;
    bool m_filling = false;
    bool m_trainingActive = false;
};

}  // namespace seg::ui
