#include <algorithm>
#include <cmath>
#include <filesystem>

#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "core/common/error.h"
#include "core/common/paths.h"
#include "core/project/project.h"
#include "core/project/run_store.h"
#include "ui/text/error_text.h"

namespace seg::cli {

namespace {

class RunsCommand {
    Q_DECLARE_TR_FUNCTIONS(RunsCommand)

public:
    static int run(const QStringList& args);
};

int RunsCommand::run(const QStringList& args) {
    CommandParser command(QStringLiteral("runs"),
                          tr("Lists a project's training runs (runs/<id>/) with their model, "
                             "epochs and best validation mIoU, as the window's Runs list does."));
    auto& p = command.parser();
    p.addOption({QStringLiteral("data"), tr("Project folder or project.json."), tr("dir")});
    if (auto code = command.parse(args)) return *code;
    if (!p.isSet(QStringLiteral("data"))) return command.usageError(tr("--data is required"));
    try {
        const core::Project project = core::loadProject(toPath(p.value(QStringLiteral("data"))));
        const auto runs = core::listRuns(project.runsRoot());
        if (runs.empty()) {
            out() << tr("No runs in %1").arg(ui::toQPath(project.runsRoot())) << '\n';
            return kSuccess;
        }
        int idWidth = 0;
        for (const auto& run : runs) idWidth = std::max(idWidth, int(run.id.size()) + 2);
        out() << padRight(tr("run"), idWidth) << padRight(tr("model"), 32)
              << padLeft(tr("epochs"), 10) << padLeft(tr("best mIoU"), 12) << "  "
              << tr("resumable") << '\n';
        for (const auto& run : runs) {
            const QString epochs =
                run.config ? QStringLiteral("%1/%2").arg(run.epochs.size()).arg(run.config->epochs)
                           : QString::number(run.epochs.size());
            out() << padRight(ui::toQString(run.id), idWidth)
                  << padRight(run.config ? ui::toQString(core::describeModel(run.config->model) +
                                                         ", " + run.config->loss.type)
                                         : QStringLiteral("?"),
                              32)
                  << padLeft(epochs, 10)
                  << padLeft(std::isnan(run.bestMeanIoU) ? QStringLiteral("-")
                                                         : QString::number(run.bestMeanIoU, 'f', 4),
                             12)
                  << "  " << (run.canResume() ? tr("yes") : tr("no")) << '\n';
            if (!run.problem.empty())
                err() << tr("warning: %1").arg(ui::toQString(run.problem)) << '\n';
        }
    } catch (const core::Error& e) {
        return reportError(e);
    }
    return kSuccess;
}

}  // namespace

int runRuns(const QStringList& args) {
    return RunsCommand::run(args);
}

}  // namespace seg::cli
