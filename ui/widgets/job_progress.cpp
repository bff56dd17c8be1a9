#include "ui/widgets/job_progress.h"

#include <algorithm>

#include <QProgressDialog>
#include <QTimer>

#include "ui/widgets/time_left.h"

namespace seg::ui {

QProgressDialog* openJobProgressDialog(const QString& label, const QString& buttonText,
                                       std::shared_ptr<JobProgress> progress, QWidget* parent) {
    auto* dialog = new QProgressDialog(label, buttonText, 0, 1, parent);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);
    QObject::connect(dialog, &QProgressDialog::canceled, dialog,
                     [progress] { progress->cancelled = true; });
    auto* poll = new QTimer(dialog);
    QObject::connect(poll, &QTimer::timeout, dialog,
                     [dialog, progress, label, timeLeft = TimeLeft()] {
                         const int done = progress->done, total = std::max(1, progress->total.load());
                         dialog->setMaximum(total);
                         dialog->setValue(done);
                         dialog->setLabelText(label + QLatin1Char('\n') + timeLeft.text(done, total));
                     });
    poll->start(100);
    return dialog;
}

}  // namespace seg::ui
