#include <QStringList>

#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "app/cli/dataset_flags.h"
#include "core/common/error.h"
#include "core/common/paths.h"
#include "core/project/project.h"
#include "ui/text/error_text.h"

namespace seg::cli {

namespace {

class InitCommand {
    Q_DECLARE_TR_FUNCTIONS(InitCommand)

public:
    static int run(const QStringList& args);
};

int InitCommand::run(const QStringList& args) {
    CommandParser command(
        QStringLiteral("init"),
        tr("Makes a folder a SegStudio project (writes project.json into it), as the window's\n"
           "File > New Project does: a dataset in any layout SegStudio reads, or with --images\n"
           "a plain folder of images to annotate."));
    auto& p = command.parser();
    p.addPositionalArgument(QStringLiteral("folder"), tr("The dataset or image folder."));
    p.addOption({QStringLiteral("images"), tr("A plain folder of images to annotate.")});
    p.addOption({QStringLiteral("classes"),
                 tr("With --images: class names, comma-separated (background,object)."),
                 tr("names"), QStringLiteral("background,object")});
    DatasetFlags::add(p);
    if (auto code = command.parse(args)) return *code;
    core::DatasetOptions options;
    if (auto code = DatasetFlags::apply(command, options)) return *code;
    if (p.positionalArguments().size() != 1) return command.usageError(tr("give one folder"));
    const auto folder = toPath(p.positionalArguments().front());
    try {
        core::Project project;
        if (p.isSet(QStringLiteral("images"))) {
            std::vector<std::string> names;
            for (const QString& name : p.value(QStringLiteral("classes")).split(QLatin1Char(',')))
                names.push_back(name.trimmed().toStdString());
            project = core::createImageFolderProject(folder, core::ClassMap(names));
        } else {
            project = core::createDatasetProject(folder, options);
        }
        out() << tr("Created %1 with %n classes", nullptr, project.classes.size())
                     .arg(ui::toQPath(project.file()))
              << '\n';
    } catch (const core::Error& e) {
        return reportError(e);
    }
    return kSuccess;
}

}  // namespace

int runInit(const QStringList& args) {
    return InitCommand::run(args);
}

}  // namespace seg::cli
