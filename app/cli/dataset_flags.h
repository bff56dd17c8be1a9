#pragma once
// Command-line flags that say how to read a dataset, shared by the commands that open one:
// the folder names of a change-detection dataset.

#include <optional>

#include <QCoreApplication>

#include "app/cli/cli_support.h"

namespace seg::cli {

class DatasetFlags {
    Q_DECLARE_TR_FUNCTIONS(DatasetFlags)

public:
    static void add(QCommandLineParser& parser);
    // Fills `options` from the flags given; an exit code after a usage error.
    static std::optional<int> apply(CommandParser& command, core::DatasetOptions& options);
};

}  // namespace seg::cli
