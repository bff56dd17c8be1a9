#pragma once
// What SegStudio runs on (core::RuntimeReport) in the user's language, a line a fact: for
// Help > About and `segstudio-cli --version`. Any thread with a QCoreApplication.

#include <QCoreApplication>
#include <QStringList>

#include "core/runtime/runtime_report.h"

namespace seg::ui {

class RuntimeText {
    Q_DECLARE_TR_FUNCTIONS(RuntimeText)

public:
    // Libraries and versions; CPU features and LibTorch's kernels; threads; CUDA; licence.
    static QStringList lines(const core::RuntimeReport& report);
};

}  // namespace seg::ui
