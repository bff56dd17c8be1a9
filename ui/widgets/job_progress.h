#pragma once
// How far a job on a worker thread got, shared by the job, which reports, and a window-modal
// dialog, which shows the bar and the time left and whose button asks the job to stop.

#include <atomic>
#include <memory>

#include <QString>

class QProgressDialog;
class QWidget;

namespace seg::ui {

struct JobProgress {
    std::atomic<int> done{0};
    std::atomic<int> total{1};
    std::atomic<bool> cancelled{false};

    // For core's onProgress(done, total) callbacks, on the job's thread: records how far
    // the job got and says whether it is to go on.
    bool report(int d, int t) {
        done = d;
        total = t;
        return !cancelled;
    }
};

// A dialog showing `progress` ten times a second: `label`, the bar, "37 of 120, about
// 2 min left"; its `buttonText` button cancels. It shows after 300 ms; GUI thread. The
// caller deletes it (deleteLater) when the job has finished.
QProgressDialog* openJobProgressDialog(const QString& label, const QString& buttonText,
                                       std::shared_ptr<JobProgress> progress, QWidget* parent);

}  // namespace seg::ui
