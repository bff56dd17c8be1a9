#include "ui/compare/model_export_job.h"

#include <QFutureWatcher>

#include "core/infer/model_export.h"
#include "ui/jobs/background_job.h"
#include "ui/text/error_text.h"

namespace seg::ui {

void ModelExportJob::start(const std::filesystem::path& checkpoint,
                           const std::filesystem::path& out) {
    if (m_running) return;
    m_running = true;
    auto* watcher = new QFutureWatcher<JobResult<bool>>(this);
    connect(watcher, &QFutureWatcher<JobResult<bool>>::finished, this, [this, watcher, out] {
        watcher->deleteLater();
        m_running = false;
        const auto r = watcher->result();
        if (!r.ok()) {
            Q_EMIT finished(false, r.error);
            return;
        }
        Q_EMIT finished(true, tr("Exported %1: load it in PyTorch with torch.jit.load; its class "
                                 "names are model.class_names")
                                  .arg(toQPath(out)));
    });
    watcher->setFuture(
        runBackgroundJob(tr("Exporting %1").arg(toQPath(checkpoint)), [checkpoint, out] {
            core::exportTorchScript(checkpoint, out);
            return true;
        }));
}

}  // namespace seg::ui
