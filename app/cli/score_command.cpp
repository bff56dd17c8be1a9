#include <cmath>

#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "app/cli/metrics_table.h"
#include "core/common/error.h"
#include "core/common/paths.h"
#include "core/eval/folder_scorer.h"
#include "core/eval/metrics_json.h"
#include "ui/text/error_text.h"

namespace seg::cli {

namespace {

class ScoreCommand {
    Q_DECLARE_TR_FUNCTIONS(ScoreCommand)

public:
    static int run(const QStringList& args);
    static QString scoreText(const core::FolderScore& score);
};

core::ClassMap loadClasses(const std::filesystem::path& file) {
    return core::lowerExtension(file) == "json" ? core::ClassMap::load(file)
                                                : core::ClassMap::fromLabelsFile(file);
}

QString ScoreCommand::scoreText(const core::FolderScore& score) {
    QString text =
        tr("Scored %1 mask pairs, %2 pixels").arg(score.pairs).arg(score.metrics.pixels) +
        QStringLiteral("\n\n");
    text += MetricsTable::format(score.metrics, score.classes);
    if (score.classesInferred)
        text += QLatin1Char('\n') +
                tr("Classes were inferred from the mask values; give --classes to name them.") +
                QLatin1Char('\n');
    return text;
}

int ScoreCommand::run(const QStringList& args) {
    CommandParser command(
        QStringLiteral("score"),
        tr("Scores predicted masks against ground-truth masks paired by file name: per-class\n"
           "IoU, Dice, accuracy and precision; pixel accuracy, mean class accuracy, mIoU,\n"
           "frequency-weighted IoU and mean Dice. Pixels marked 255 in the ground truth are "
           "ignored."));
    auto& p = command.parser();
    p.addOption({QStringLiteral("pred"), tr("Folder of predicted masks."), tr("dir")});
    p.addOption({QStringLiteral("gt"), tr("Folder of ground-truth masks."), tr("dir")});
    p.addOption({QStringLiteral("classes"),
                 tr("labels.txt or classes.json naming the classes (needed for colour masks)."),
                 tr("file")});
    p.addOption({QStringLiteral("json"), tr("Print the scores as JSON.")});
    p.addOption({QStringLiteral("strict"),
                 tr("Fail on the first missing or unreadable mask instead of skipping it.")});
    if (auto code = command.parse(args)) return *code;
    if (!p.isSet(QStringLiteral("pred")) || !p.isSet(QStringLiteral("gt")))
        return command.usageError(tr("--pred and --gt are required"));
    if (!p.positionalArguments().isEmpty())
        return command.usageError(
            tr("unexpected argument '%1'").arg(p.positionalArguments().front()));

    try {
        std::optional<core::ClassMap> classes;
        if (p.isSet(QStringLiteral("classes")))
            classes = loadClasses(toPath(p.value(QStringLiteral("classes"))));
        const auto onError =
            p.isSet(QStringLiteral("strict")) ? core::OnError::Stop : core::OnError::Skip;
        const core::FolderScore score =
            core::scoreMaskFolders(toPath(p.value(QStringLiteral("pred"))),
                                   toPath(p.value(QStringLiteral("gt"))), classes, onError);
        for (const auto& problem : score.problems)
            err() << tr("warning: %1").arg(ui::ErrorText::describe(problem.toError())) << '\n';
        err().flush();
        if (p.isSet(QStringLiteral("json")))
            out() << ui::toQString(core::metricsToJson(score.metrics, score.classes)) << '\n';
        else
            out() << scoreText(score);
        out().flush();
        return kSuccess;
    } catch (const core::Error& e) {
        return reportError(e);
    }
}

}  // namespace

int runScore(const QStringList& args) {
    return ScoreCommand::run(args);
}

}  // namespace seg::cli
