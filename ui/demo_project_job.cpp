#include "ui/demo_project_job.h"

#include <QProgressDialog>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include "core/common/error.h"
#include "core/common/paths.h"
#include "core/project/project.h"
#include "ui/jobs/job_pool.h"
#include "ui/text/error_text.h"

namespace seg::ui {

DemoProjectJob::DemoProjectJob(QString folder, QWidget* dialogParent)
    : QObject(dialogParent), m_folder(std::move(folder)), m_dialogParent(dialogParent) {}

void DemoProjectJob::start() {
    const core::SyntheticShapesOptions options;
    const QString label = tr("Creating the demo project (synthetic shapes)...");
    m_dialog = new QProgressDialog(label, tr("Cancel"), 0, options.count, m_dialogParent);
    m_dialog->setWindowTitle(tr("Demo project"));
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setMinimumDuration(300);
    connect(m_dialog, &QProgressDialog::canceled, &m_watcher, &QFutureWatcher<QString>::cancel);
    m_timeLeft.restart();
    connect(&m_watcher, &QFutureWatcher<QString>::progressValueChanged, m_dialog,
            [this, label, count = options.count](int done) {
                m_dialog->setValue(done);
                m_dialog->setLabelText(label + QLatin1Char('\n') + m_timeLeft.text(done, count));
            });
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        m_dialog->close();
        if (m_watcher.isCanceled() && m_watcher.future().resultCount() == 0) {
            Q_EMIT finished(tr("Creating the demo project was cancelled."));
            return;
        }
        Q_EMIT finished(m_watcher.result());
    });

    const std::string folder = m_folder.toStdString();
    m_watcher.setFuture(QtConcurrent::run(&backgroundJobPool(), [folder, options](
                                                                  QPromise<QString>& promise) {
        promise.setProgressRange(0, options.count);
        try {
            const bool complete = core::createDemoProject(core::pathFromUtf8(folder), options,
                                                          [&promise](int done, int) {
                                                              promise.setProgressValue(done);
                                                              return !promise.isCanceled();
                                                          })
                                      .has_value();
            promise.addResult(complete ? QString()
                                       : tr("Creating the demo project was cancelled."));
        } catch (...) {
            promise.addResult(ErrorText::describeCurrentException());
        }
    }));
}

}  // namespace seg::ui
