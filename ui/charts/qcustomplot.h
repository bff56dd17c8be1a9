#pragma once
// Includes QCustomPlot. Its header uses Qt's lower-case keywords (signals, foreach), which
// the project turns off with QT_NO_KEYWORDS because LibTorch uses `slots` as a name; they
// are spelled out for this one header only.

#define signals Q_SIGNALS
#define slots Q_SLOTS
#define emit Q_EMIT
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef signals
#undef slots
#undef emit
#undef foreach
