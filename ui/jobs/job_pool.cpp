#include "ui/jobs/job_pool.h"

#include <mutex>

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

#include "ui/jobs/thread_handoff.h"

namespace seg::ui {

QThreadPool& backgroundJobPool() {
    // One thread per core (QThreadPool's default). A child of the application, so that the
    // application, as it ends, waits for the jobs still running while what they use and
    // report to (OpenCV, LibTorch, Qt's event system) is still there; a static pool would be
    // destroyed after all of that.
    static std::mutex mutex;
    static QPointer<QThreadPool> pool;
    std::lock_guard lock(mutex);
    if (!pool) {
        pool = new QThreadPool(QCoreApplication::instance());
        // The pool's destructor has waited for its last jobs by the time it signals this, but
        // through Qt's own futexes: tell ThreadSanitizer, so that what those jobs did inside
        // libraries (oneDNN's primitive cache, read by a prediction) is ordered before those
        // libraries' exit-time teardown on this thread.
        QObject::connect(pool, &QObject::destroyed, [] { handOff(); });
    }
    return *pool;
}

}  // namespace seg::ui
