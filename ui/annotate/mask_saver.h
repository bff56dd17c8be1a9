#pragma once
// Writes masks on a thread of its own, so that saving an 8000x8000 mask (a second or more of
// PNG encoding) never stalls painting. One save at a time, in the order they were handed in:
// a later save of a mask can never land before an earlier one. A mask's sealed journal (see
// core::MaskJournal) goes once its last queued save is on disk. GUI thread.

#include <list>

#include <QFuture>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include "ui/annotate/mask_document.h"
#include "ui/jobs/background_job.h"

namespace seg::ui {

class MaskSaver : public QObject {
    Q_OBJECT

public:
    struct Job {
        MaskDocument::SaveSnapshot snapshot;
        QString sampleId;
        bool labelled = false;  // the mask holds labels (for the image list)
        bool quiet = false;     // no "Saved" message
    };

    explicit MaskSaver(QObject* parent = nullptr);
    // Waits for the saves still queued: a mask handed in is a mask written.
    ~MaskSaver() override;

    void save(Job job);
    bool isBusy() const { return !m_pending.empty(); }
    bool isSaving(const std::filesystem::path& maskFile) const;
    // Blocks until every queued save is written and reported (before a class edit remaps
    // the masks, before the project closes, before quitting).
    void waitForAll();

Q_SIGNALS:
    // One per job, in order; `error` is empty when it was written.
    void finished(const seg::ui::MaskSaver::Job& job, const QString& error);

private:
    struct Pending {
        quint64 id;
        Job job;
        QFuture<JobResult<bool>> future;
    };
    void complete(quint64 id, bool report);

    QThreadPool m_pool;  // one thread: saves in order
    std::list<Pending> m_pending;
    quint64 m_nextId = 0;
};

}  // namespace seg::ui
