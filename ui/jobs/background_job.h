#pragma once
// Work for the thread pool that can never take the window down: whatever the work throws
// (core::Error, cv::Exception, LibTorch's c10::Error and torch::jit::ErrorReport,
// std::bad_alloc, anything) comes back through the future as a translated message, never as
// an exception rethrown by QFuture::result() inside a slot. Results travel back only
// through the future. Any thread starts a job; the GUI thread reads its result.

#include <type_traits>
#include <utility>

#include <QFuture>
#include <QString>
#include <QtConcurrent>

#include "ui/jobs/job_pool.h"
#include "ui/jobs/thread_handoff.h"
#include "ui/text/error_text.h"

namespace seg::ui {

// Made on a pool thread, stored by QFuture, copied and dropped on the GUI thread (and freed
// on whichever thread drops the future last): every step hands over (thread_handoff.h).
template <typename T>
struct JobResult {
    HandOffMark mark;  // first: made before and destroyed after the fields
    T value{};
    QString error;  // empty when the work succeeded

    JobResult() { handOff(); }
    JobResult(T v, QString e) : value(std::move(v)), error(std::move(e)) { handOff(); }
    JobResult(const JobResult& other) : value(other.value), error(other.error) { handOff(); }
    JobResult(JobResult&& other) noexcept
        : value(std::move(other.value)), error(std::move(other.error)) {
        handOff();
    }
    JobResult& operator=(const JobResult& other) {
        handOff();
        value = other.value;
        error = other.error;
        handOff();
        return *this;
    }
    JobResult& operator=(JobResult&& other) noexcept {
        handOff();
        value = std::move(other.value);
        error = std::move(other.error);
        handOff();
        return *this;
    }
    ~JobResult() { handOff(); }

    bool ok() const { return error.isEmpty(); }
};

// Runs `work()` on backgroundJobPool() (job_pool.h says why not on Qt's global pool).
// `what` (e.g. "GrabCut on shape_0003") prefixes the message of a failure, so that it names
// what failed. Jobs of a higher `priority` start before queued ones of a lower (what the user
// waits to see before what can wait). `pool`: another pool (e.g. one thread, for work that
// must keep its order).
template <typename Work>
auto runBackgroundJob(QString what, Work work, int priority = 0, QThreadPool* pool = nullptr)
    -> QFuture<JobResult<std::invoke_result_t<Work>>> {
    using T = std::invoke_result_t<Work>;
    // The work and what it captured, made here, are read on a pool thread.
    auto task = QtConcurrent::task(HandedOver([what = std::move(what),
                                          work = std::move(work)]() -> JobResult<T> {
               try {
                   return {work(), {}};
               } catch (...) {
                   const QString message = ErrorText::describeCurrentException();
                   return {T{}, what.isEmpty() ? message : what + QStringLiteral(": ") + message};
               }
           }));
    return task.withPriority(priority).onThreadPool(pool ? *pool : backgroundJobPool()).spawn();
}

}  // namespace seg::ui
