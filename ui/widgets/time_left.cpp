#include "ui/widgets/time_left.h"

#include <cmath>

#include "ui/text/duration_text.h"

namespace seg::ui {

QString TimeLeft::text(qint64 done, qint64 total) const {
    const QString count = tr("%1 of %2").arg(done).arg(total);
    const double elapsed = m_clock.elapsed() / 1000.0;
    if (done <= 0 || done >= total || elapsed < 1.0) return count;
    const auto left = static_cast<qint64>(std::ceil(elapsed / double(done) * double(total - done)));
    return tr("%1, about %2 left").arg(count, DurationText::words(left));
}

}  // namespace seg::ui
