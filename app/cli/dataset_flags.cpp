#include "app/cli/dataset_flags.h"

#include <algorithm>

namespace seg::cli {

namespace {
const QString kChangeFolders = QStringLiteral("change-folders");
}

void DatasetFlags::add(QCommandLineParser& parser) {
    const core::ChangeFolders folders;
    parser.addOption(
        {kChangeFolders,
         tr("Change-detection datasets: the folders of the before images, the after "
            "images and the change labels (default %1,%2,%3, as LEVIR-CD).")
             .arg(QString::fromStdString(folders.before), QString::fromStdString(folders.after),
                  QString::fromStdString(folders.label)),
         tr("before,after,label")});
}

std::optional<int> DatasetFlags::apply(CommandParser& command, core::DatasetOptions& options) {
    QCommandLineParser& p = command.parser();
    if (!p.isSet(kChangeFolders)) return std::nullopt;
    const QStringList names = p.value(kChangeFolders).split(QLatin1Char(','));
    const auto unusable = [](const QString& name) {
        return !core::changeFolderNameProblem(name.toStdString()).empty();
    };
    if (names.size() != 3 || std::any_of(names.begin(), names.end(), unusable))
        return command.usageError(
            tr("--change-folders takes three folder names, e.g. A,B,label (got '%1')")
                .arg(p.value(kChangeFolders)));
    options.changeFolders = {names[0].toStdString(), names[1].toStdString(),
                             names[2].toStdString()};
    return std::nullopt;
}

}  // namespace seg::cli
