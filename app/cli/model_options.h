#pragma once
// Options shared by the commands that run a model (predict, eval, compare): a model file is
// a SegStudio checkpoint or a TorchScript module, and a TorchScript module may need its
// class names, input normalisation and fixed input size given on the command line; any
// model's probabilities may go through dense CRF post-processing.

#include <optional>

#include <QCoreApplication>

#include "app/cli/cli_support.h"
#include "core/infer/predictor.h"
#include "core/infer/torchscript_settings.h"

namespace seg::cli {

class ModelOptions {
    Q_DECLARE_TR_FUNCTIONS(ModelOptions)

public:
    // --classes, --mean, --std and --input-size.
    static void addTorchScriptOptions(QCommandLineParser& parser);

    // The settings those options give; stays nullopt when --classes is absent (the model's
    // stored or embedded settings apply then). Returns an exit code when the command must
    // stop: a usage error, or a classes file that cannot be read (both reported on stderr).
    static std::optional<int> readTorchScriptSettings(
        CommandParser& command, std::optional<core::TorchScriptSettings>& settings);

    // --crf, --crf-iterations, --crf-appearance and --crf-smoothness.
    static void addCrfOptions(QCommandLineParser& parser);
    // Sets options.crf when any of them is given. Returns kUsage after reporting a bad
    // value, nullopt when all is well.
    static std::optional<int> readCrfOptions(CommandParser& command, core::PredictOptions& options);
};

}  // namespace seg::cli
