#include "ui/annotate/mask_saver.h"

#include <QFutureWatcher>

#include "core/annotate/mask_journal.h"
#include "core/common/paths.h"

namespace seg::ui {

MaskSaver::MaskSaver(QObject* parent) : QObject(parent) {
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("mask saver"));
}

MaskSaver::~MaskSaver() {
    // Written, and the sealed journals tidied; no one is left to tell.
    while (!m_pending.empty()) {
        m_pending.front().future.waitForFinished();
        complete(m_pending.front().id, false);
    }
}

void MaskSaver::save(Job job) {
    const quint64 id = m_nextId++;
    auto future = runBackgroundJob(
        tr("Saving %1").arg(toQPath(job.snapshot.maskFile)),
        [snapshot = job.snapshot] {
            MaskDocument::writeSnapshot(snapshot);
            return true;
        },
        0, &m_pool);
    m_pending.push_back({id, std::move(job), future});
    // A watcher, not QFuture::then(): waitForAll() may run the job on this thread, and a
    // continuation would then run inside it, while the future is locked.
    auto* watcher = new QFutureWatcher<JobResult<bool>>(this);
    connect(watcher, &QFutureWatcher<JobResult<bool>>::finished, this, [this, watcher, id] {
        watcher->deleteLater();
        complete(id, true);
    });
    watcher->setFuture(future);
}

bool MaskSaver::isSaving(const std::filesystem::path& maskFile) const {
    return std::any_of(m_pending.begin(), m_pending.end(),
                       [&](const Pending& p) { return p.job.snapshot.maskFile == maskFile; });
}

void MaskSaver::waitForAll() {
    while (!m_pending.empty()) {
        const quint64 id = m_pending.front().id;
        m_pending.front().future.waitForFinished();
        complete(id, true);
    }
}

void MaskSaver::complete(quint64 id, bool report) {
    auto it = std::find_if(m_pending.begin(), m_pending.end(),
                           [id](const Pending& p) { return p.id == id; });
    if (it == m_pending.end()) return;  // reported already (waitForAll)
    const Job job = std::move(it->job);
    const JobResult<bool> result = it->future.result();
    m_pending.erase(it);
    const bool lastOfItsMask =
        std::none_of(m_pending.begin(), m_pending.end(), [&](const Pending& p) {
            return p.job.snapshot.maskFile == job.snapshot.maskFile;
        });
    // A later save of the same mask writes these edits too: its sealed journal stays until
    // that one is on disk.
    if (result.ok() && lastOfItsMask) {
        std::error_code ec;
        std::filesystem::remove(core::MaskJournal::sealedFileFor(job.snapshot.maskFile), ec);
    }
    if (report) Q_EMIT finished(job, result.error);
}

}  // namespace seg::ui
