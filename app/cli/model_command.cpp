#include "app/cli/architecture_flags.h"
#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "core/common/error.h"
#include "core/models/architecture_table.h"
#include "core/models/model_summary.h"
#include "ui/text/error_text.h"
#include "ui/text/model_text.h"

namespace seg::cli {

namespace {

class ModelCommand {
    Q_DECLARE_TR_FUNCTIONS(ModelCommand)

public:
    static int run(const QStringList& args);
};

int ModelCommand::run(const QStringList& args) {
    CommandParser command(
        QStringLiteral("model"),
        tr("Prints a model's size: parameters, convolutions and matrix products, and the "
           "multiply-accumulates (GMACs) of one forward pass."));
    auto& p = command.parser();
    ArchitectureFlags::add(p, QStringLiteral("unet"));
    p.addOption({QStringLiteral("list"),
                 tr("Lists every architecture, one a line: its name, its label and what it "
                    "takes (image, or pair for change detection), tab-separated.")});
    p.addOption(
        {QStringLiteral("classes"), tr("Number of classes."), tr("n"), QStringLiteral("21")});
    p.addOption({QStringLiteral("size"), tr("Input size: S or WxH (default 512)."), tr("size"),
                 QStringLiteral("512")});
    if (auto code = command.parse(args)) return *code;

    if (p.isSet(QStringLiteral("list"))) {
        for (const core::Architecture& a : core::architectureTable())
            out() << QString::fromStdString(a.name) << '\t' << ui::modelText(a.label) << '\t'
                  << (a.inputImages == 2 ? "pair" : "image") << '\n';
        return kSuccess;
    }
    core::ModelSpec spec;
    const auto classes = command.intOption(QStringLiteral("classes"), 2, 255);
    if (!classes) return kUsage;
    spec.numClasses = static_cast<int>(*classes);
    if (auto code = ArchitectureFlags::apply(command, spec)) return *code;
    const QStringList size = p.value(QStringLiteral("size")).split(QLatin1Char('x'));
    bool okW = false, okH = true;
    const int w = size.value(0).toInt(&okW);
    const int h = size.size() > 1 ? size.value(1).toInt(&okH) : w;
    if (!okW || !okH || w < 8 || h < 8 || w > 8192 || h > 8192)
        return command.usageError(tr("--size must be S or WxH with sides from 8 to 8192"));

    try {
        const auto summary = core::summarizeModel(spec, h, w);
        out() << tr("%1 (%2) at %3x%4: %5 parameters (%6 M), %7 convolutions, %8 matrix products; "
                    "%9 GMACs per forward pass (multiply-accumulates; FLOPs are twice as many)")
                     .arg(ui::architectureLabel(spec.architecture),
                          QString::fromStdString(core::describeModel(spec)))
                     .arg(w)
                     .arg(h)
                     .arg(summary.parameters)
                     .arg(double(summary.parameters) / 1e6, 0, 'f', 2)
                     .arg(summary.convolutions)
                     .arg(summary.matrixProducts)
                     .arg(summary.forwardGmacs, 0, 'f', 3)
              << '\n'
              << tr("Model zoo, with its default options: %1")
                     .arg(ui::zooFiguresText(spec.architecture))
              << '\n';
        return kSuccess;
    } catch (const core::Error& e) {
        return command.usageError(ui::toQString(e.detail()));
    }
}

}  // namespace

int runModel(const QStringList& args) {
    return ModelCommand::run(args);
}

}  // namespace seg::cli
