#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "core/common/error.h"
#include "core/project/project.h"
#include "ui/text/error_text.h"

namespace seg::cli {

namespace {

class DemoCommand {
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    static int run(const QStringList& args);
};

int DemoCommand::run(const QStringList& args) {
    CommandParser command(
        QStringLiteral("demo"),
        tr("Creates the demo project (synthetic shapes, 500 images of 128x128) in a folder,\n"
           "as the app does on first start."));
    auto& p = command.parser();
    p.addOption({QStringLiteral("out"), tr("Project folder to create."), tr("dir")});
    if (auto code = command.parse(args)) return *code;
    if (!p.isSet(QStringLiteral("out"))) return command.usageError(tr("--out is required"));
    const auto folder = toPath(p.value(QStringLiteral("out")));
    try {
        core::createDemoProject(folder, core::SyntheticShapesOptions{});
        out() << tr("Created demo project %1").arg(ui::toQPath(folder)) << '\n';
    } catch (const core::Error& e) {
        return reportError(e);
    }
    return kSuccess;
}

}  // namespace

int runDemo(const QStringList& args) {
    return DemoCommand::run(args);
}

}  // namespace seg::cli
