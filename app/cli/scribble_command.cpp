#include <QStringList>

#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "core/common/error.h"
#include "core/project/scribble_project.h"
#include "ui/text/error_text.h"

namespace seg::cli {

namespace {

class ScribbleCommand {
    Q_DECLARE_TR_FUNCTIONS(ScribbleCommand)

public:
    static int run(const QStringList& args);
};

int ScribbleCommand::run(const QStringList& args) {
    const core::ScribbleOptions defaults;
    CommandParser command(
        QStringLiteral("scribble"),
        tr("Replaces a project's training masks by scribbles of them, as an annotator in a\n"
           "hurry paints them: one stroke across each object and a few across the background,\n"
           "the rest unlabelled. Validation masks stay complete, so runs are scored against\n"
           "the whole truth. For measuring what sparse labels train, on a fresh project:\n"
           "  segstudio-cli demo --out demo5 && segstudio-cli scribble demo5 --fraction 0.05"));
    auto& p = command.parser();
    p.addPositionalArgument(QStringLiteral("project"), tr("The project (folder or project.json)."));
    p.addOption({QStringLiteral("fraction"),
                 tr("Share of each image's pixels the scribbles cover, above 0 up to 1 (default "
                    "%1); strokes widen until they reach it.")
                     .arg(defaults.fraction),
                 tr("f"), QString::number(defaults.fraction)});
    p.addOption({QStringLiteral("background-strokes"),
                 tr("Strokes across the background of each image (default %1).")
                     .arg(defaults.backgroundStrokes),
                 tr("n"), QString::number(defaults.backgroundStrokes)});
    p.addOption({QStringLiteral("seed"), tr("Random seed (default %1).").arg(defaults.seed),
                 tr("k"), QString::number(defaults.seed)});
    if (auto code = command.parse(args)) return *code;
    if (p.positionalArguments().size() != 1) return command.usageError(tr("give one project"));
    const auto fraction = command.realOption(QStringLiteral("fraction"), 1e-6, 1);
    const auto strokes = command.intOption(QStringLiteral("background-strokes"), 0, 1000);
    const auto seed = command.intOption(QStringLiteral("seed"), 0, 2147483647);
    if (!fraction || !strokes || !seed) return kUsage;
    core::ScribbleOptions options;
    options.fraction = *fraction;
    options.backgroundStrokes = static_cast<int>(*strokes);
    options.seed = static_cast<uint64_t>(*seed);
    try {
        const core::Project project = core::loadProject(toPath(p.positionalArguments().front()));
        const core::ScribbleReport report = core::scribbleTrainingMasks(project, options);
        out() << tr("Scribbled %n training masks into %1: %2% of their pixels labelled, strokes "
                    "%3 to %4 px wide",
                    nullptr, report.images)
                     .arg(ui::toQPath(project.masksRoot()))
                     .arg(report.labelledFraction * 100, 0, 'f', 1)
                     .arg(report.narrowestStroke)
                     .arg(report.widestStroke)
              << '\n';
    } catch (const core::Error& e) {
        return reportError(e);
    }
    return kSuccess;
}

}  // namespace

int runScribble(const QStringList& args) {
    return ScribbleCommand::run(args);
}

}  // namespace seg::cli
