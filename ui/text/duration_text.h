#pragma once
// A duration in words for people, rounded down to its largest unit: "40 s", "3 min",
// "2 h", "5 days". For how long ago a run was written and how long a task has left.

#include <QCoreApplication>
#include <QString>

namespace seg::ui {

class DurationText {
    Q_DECLARE_TR_FUNCTIONS(DurationText)

public:
    static QString words(qint64 seconds);
};

}  // namespace seg::ui
