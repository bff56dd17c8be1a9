#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "core/common/error.h"
#include "core/models/model_summary.h"
#include "ui/text/error_text.h"

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
        tr("Prints a model's size: parameters, convolutions and the GFLOPs of one forward pass."));
    auto& p = command.parser();
    p.addOption({QStringLiteral("model"),
                 tr("unet, deeplabv3plus, deeplabv3, fcn8s, fcn16s or fcn32s."), tr("name"),
                 QStringLiteral("unet")});
    p.addOption({QStringLiteral("width"),
                 tr("U-Net first-stage channels, or ResNet stem channels."), tr("n")});
    p.addOption(
        {QStringLiteral("depth"), tr("U-Net stages, 3 to 5."), tr("n"), QStringLiteral("4")});
    p.addOption({QStringLiteral("backbone"), tr("resnet18, resnet34 or resnet50."), tr("name"),
                 QStringLiteral("resnet18")});
    p.addOption({QStringLiteral("output-stride"), tr("DeepLab output stride, 16 or 8."), tr("n"),
                 QStringLiteral("16")});
    p.addOption(
        {QStringLiteral("classes"), tr("Number of classes."), tr("n"), QStringLiteral("21")});
    p.addOption({QStringLiteral("size"), tr("Input size: S or WxH (default 512)."), tr("size"),
                 QStringLiteral("512")});
    if (auto code = command.parse(args)) return *code;

    core::ModelSpec spec;
    spec.architecture = p.value(QStringLiteral("model")).toStdString();
    spec.backbone = p.value(QStringLiteral("backbone")).toStdString();
    spec.width = spec.architecture == "unet" ? 16 : 64;
    const auto depth = command.intOption(QStringLiteral("depth"), 3, 5);
    const auto stride = command.intOption(QStringLiteral("output-stride"), 8, 16);
    const auto classes = command.intOption(QStringLiteral("classes"), 2, 255);
    if (!depth || !stride || !classes) return kUsage;
    if (p.isSet(QStringLiteral("width"))) {
        const auto width = command.intOption(QStringLiteral("width"), 4, 128);
        if (!width) return kUsage;
        spec.width = static_cast<int>(*width);
    }
    spec.depth = static_cast<int>(*depth);
    spec.outputStride = static_cast<int>(*stride);
    spec.numClasses = static_cast<int>(*classes);
    const QStringList size = p.value(QStringLiteral("size")).split(QLatin1Char('x'));
    bool okW = false, okH = true;
    const int w = size.value(0).toInt(&okW);
    const int h = size.size() > 1 ? size.value(1).toInt(&okH) : w;
    if (!okW || !okH || w < 8 || h < 8 || w > 8192 || h > 8192)
        return command.usageError(tr("--size must be S or WxH with sides from 8 to 8192"));

    try {
        const auto summary = core::summarizeModel(spec, h, w);
        out()
            << tr("%1 at %2x%3: %4 parameters (%5 M), %6 convolutions, %7 GFLOPs per forward pass")
                   .arg(QString::fromStdString(spec.architecture))
                   .arg(w)
                   .arg(h)
                   .arg(summary.parameters)
                   .arg(double(summary.parameters) / 1e6, 0, 'f', 2)
                   .arg(summary.convolutions)
                   .arg(summary.forwardGflops, 0, 'f', 3)
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
