#pragma once
// The command-line flags of the architecture table: --model and one flag per model option
// (--width, --depth, --bilinear, --backbone, --output-stride, ...), with help texts and
// checks that come from the table alone. Used by train and model.

#include <QCoreApplication>

#include "app/cli/cli_support.h"
#include "core/models/model_spec.h"

namespace seg::cli {

class ArchitectureFlags {
    Q_DECLARE_TR_FUNCTIONS(ArchitectureFlags)

public:
    // Adds --model (its help lists every architecture) and every option's flag.
    // `modelDefault`: shown as --model's default, or empty when the default comes from
    // elsewhere (a config file).
    static void add(QCommandLineParser& parser, const QString& modelDefault);

    // Applies the flags that were given to `spec`. A --model naming another architecture
    // starts from that architecture's defaults (keeping channels and classes). An option the
    // architecture does not take, or a value out of range, is a usage error: returns kUsage
    // after reporting it, nullopt when all is well.
    static std::optional<int> apply(CommandParser& command, core::ModelSpec& spec);
};

}  // namespace seg::cli
