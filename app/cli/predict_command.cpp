#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "app/cli/model_options.h"
#include "core/common/error.h"
#include "core/common/paths.h"
#include "core/infer/batch_prediction.h"
#include "ui/text/error_text.h"

namespace seg::cli {

namespace {

class PredictCommand {
    Q_DECLARE_TR_FUNCTIONS(PredictCommand)

public:
    static int run(const QStringList& args);
};

int PredictCommand::run(const QStringList& args) {
    CommandParser command(
        QStringLiteral("predict"),
        tr("Predicts masks for an image or a folder of images and writes them as palette\n"
           "PNGs named after the images (and, with --overlay, the images with the mask blended "
           "in,\n"
           "in the overlays folder inside --out, apart from the masks).\n"
           "A change detection model takes image pairs: --input is then the before image (or "
           "folder)\n"
           "and --after the after image (or a folder whose images pair up with --input's by "
           "name).\n"
           "Images larger than the tile size are predicted in overlapping tiles."));
    auto& p = command.parser();
    p.addOption({QStringList{QStringLiteral("checkpoint"), QStringLiteral("model")},
                 tr("A checkpoint (best.pt or last.pt of a run) or a TorchScript model."),
                 tr("file")});
    p.addOption({QStringLiteral("input"), tr("An image, or a folder of images."), tr("path")});
    p.addOption({QStringLiteral("after"),
                 tr("Change detection: the after image, or a folder of after images named as "
                    "--input's."),
                 tr("path")});
    p.addOption(
        {QStringLiteral("out"), tr("Folder for the masks (created if missing)."), tr("dir")});
    p.addOption({QStringLiteral("overlay"),
                 tr("Also write overlays/<name>_overlay.png inside --out: the image with the "
                    "mask blended in.")});
    p.addOption({QStringLiteral("tile"), tr("Tile size for large images (default 512)."), tr("n"),
                 QStringLiteral("512")});
    ModelOptions::addTorchScriptOptions(p);
    ModelOptions::addCrfOptions(p);
    if (auto code = command.parse(args)) return *code;
    if (!p.isSet(QStringLiteral("checkpoint")) || !p.isSet(QStringLiteral("input")) ||
        !p.isSet(QStringLiteral("out")))
        return command.usageError(tr("--checkpoint, --input and --out are required"));
    const auto tile = command.intOption(QStringLiteral("tile"), 64, 8192);
    if (!tile) return kUsage;
    std::optional<core::TorchScriptSettings> settings;
    if (auto code = ModelOptions::readTorchScriptSettings(command, settings)) return *code;
    core::PredictOptions options;
    if (auto code = ModelOptions::readCrfOptions(command, options)) return *code;

    try {
        options.tileSize = static_cast<int>(*tile);
        options.overlap = options.tileSize / 8;
        auto predictor =
            core::Predictor::open(toPath(p.value(QStringLiteral("checkpoint"))), options, settings);
        std::vector<core::Problem> problems;
        const bool pairs = predictor->info().inputImages == 2;
        if (pairs != p.isSet(QStringLiteral("after")))
            return command.usageError(
                pairs ? tr("this model compares image pairs: give the after images with --after")
                      : tr("--after is for change detection models; this one predicts single "
                           "images"));
        const auto files = core::batchInputs(toPath(p.value(QStringLiteral("input"))),
                                             toPath(p.value(QStringLiteral("after"))), problems);
        const auto folder = toPath(p.value(QStringLiteral("out")));
        auto result =
            core::predictImages(*predictor, files, folder, p.isSet(QStringLiteral("overlay")));
        problems.insert(problems.end(), result.problems.begin(), result.problems.end());
        const int written = result.written;
        for (const auto& problem : problems)
            err() << tr("warning: %1").arg(ui::ErrorText::describe(problem.toError())) << '\n';
        out() << tr("Wrote %1 masks to %2").arg(written).arg(ui::toQPath(folder)) << '\n';
        return written > 0 ? kSuccess : kFailure;
    } catch (const core::Error& e) {
        return reportError(e);
    }
}

}  // namespace

int runPredict(const QStringList& args) {
    return PredictCommand::run(args);
}

}  // namespace seg::cli
