#include "ui/text/duration_text.h"

namespace seg::ui {

QString DurationText::words(qint64 seconds) {
    if (seconds < 60) return tr("%n s", nullptr, int(seconds));
    if (seconds < 3600) return tr("%n min", nullptr, int(seconds / 60));
    if (seconds < 86400) return tr("%n h", nullptr, int(seconds / 3600));
    return tr("%n day(s)", nullptr, int(seconds / 86400));
}

}  // namespace seg::ui
