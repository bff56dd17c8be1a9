#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "core/common/error.h"
#include "core/infer/model_export.h"
#include "core/train/checkpoint.h"
#include "ui/text/error_text.h"

namespace seg::cli {

namespace {

class ExportCommand {
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    static int run(const QStringList& args);
};

int ExportCommand::run(const QStringList& args) {
    CommandParser command(
        QStringLiteral("export"),
        tr("Writes a checkpoint's model as a TorchScript module for PyTorch:\n"
           "  model = torch.jit.load(\"model.pt\")\n"
           "  logits = model(x)  # x: float [N, 3, H, W], RGB in [0, 1] normalised with\n"
           "                     # model.mean and model.std; any H and W\n"
           "It returns [N, classes, H, W] logits, the same as SegStudio computes; the class\n"
           "names are model.class_names. SegStudio opens the file as a model too."));
    auto& p = command.parser();
    p.addOption({QStringLiteral("checkpoint"), tr("A checkpoint (best.pt or last.pt of a run)."),
                 tr("file")});
    p.addOption({QStringLiteral("out"), tr("The TorchScript file to write."), tr("file")});
    if (auto code = command.parse(args)) return *code;
    if (!p.isSet(QStringLiteral("checkpoint")) || !p.isSet(QStringLiteral("out")))
        return command.usageError(tr("--checkpoint and --out are required"));
    try {
        const auto checkpoint = toPath(p.value(QStringLiteral("checkpoint")));
        const auto target = toPath(p.value(QStringLiteral("out")));
        core::exportTorchScript(checkpoint, target);
        const core::CheckpointInfo info = core::readCheckpointInfo(checkpoint);
        out() << tr("Wrote %1: %2, %n class(es); load it with torch.jit.load", nullptr,
                    info.classes.size())
                     .arg(ui::toQPath(target), ui::toQString(core::describeModel(info.model)))
              << '\n';
        return kSuccess;
    } catch (const core::Error& e) {
        return reportError(e);
    }
}

}  // namespace

int runExport(const QStringList& args) {
    return ExportCommand::run(args);
}

}  // namespace seg::cli
