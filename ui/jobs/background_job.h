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

#include "ui/text/error_text.h"

namespace seg::ui {

template <typename T>
struct JobResult {
    T value{};
    QString error;  // empty when the work succeeded
    bool ok() const { return error.isEmpty(); }
};

// Runs `work()` on the global thread pool. `what` (e.g. "GrabCut on shape_0003") prefixes
// the message of a failure, so that it names what failed. Jobs of a higher `priority` start
// before queued ones of a lower (what the user waits to see before what can wait).
template <typename Work>
auto runBackgroundJob(QString what, Work work, int priority = 0)
    -> QFuture<JobResult<std::invoke_result_t<Work>>> {
    using T = std::invoke_result_t<Work>;
    return QtConcurrent::task([what = std::move(what), work = std::move(work)]() -> JobResult<T> {
               try {
                   return {work(), {}};
               } catch (...) {
                   const QString message = ErrorText::describeCurrentException();
                   return {T{}, what.isEmpty() ? message : what + QStringLiteral(": ") + message};
               }
           })
        .withPriority(priority)
        .spawn();
}

}  // namespace seg::ui
