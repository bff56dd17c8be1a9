// The core tests' headers and Qt Widgets', precompiled once for the tests of the window.
#include "core.h"

#include <QtWidgets>
