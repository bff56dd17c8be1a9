#include <cmath>

#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
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

QString number(double v) {
    return std::isnan(v) ? QStringLiteral("-") : QString::number(v, 'f', 4);
}

core::ClassMap loadClasses(const std::filesystem::path& file) {
    return core::lowerExtension(file) == "json" ? core::ClassMap::load(file)
                                                : core::ClassMap::fromLabelsFile(file);
}

QString ScoreCommand::scoreText(const core::FolderScore& score) {
    const auto& m = score.metrics;
    QString text;
    QTextStream s(&text);
    s << tr("Scored %1 mask pairs, %2 pixels").arg(score.pairs).arg(m.pixels) << "\n\n";
    s << padRight(tr("class"), 22) << padLeft(tr("IoU"), 8) << padLeft(tr("Dice"), 8)
      << padLeft(tr("Acc"), 8) << padLeft(tr("Prec"), 8) << padLeft(tr("GT pixels"), 14) << '\n';
    for (size_t c = 0; c < m.classes.size(); ++c) {
        const auto& row = m.classes[c];
        const QString name = QStringLiteral("%1 %2").arg(c).arg(
            ui::toQString(score.classes.at(static_cast<int>(c)).name));
        s << padRight(name, 22) << padLeft(number(row.iou), 8) << padLeft(number(row.dice), 8)
          << padLeft(number(row.accuracy), 8) << padLeft(number(row.precision), 8)
          << padLeft(QString::number(row.groundTruthPixels), 14) << '\n';
    }
    s << '\n'
      << tr("Pixel accuracy        %1").arg(number(m.pixelAccuracy)) << '\n'
      << tr("Mean class accuracy   %1").arg(number(m.meanClassAccuracy)) << '\n'
      << tr("Mean IoU              %1").arg(number(m.meanIoU)) << '\n'
      << tr("FW IoU                %1").arg(number(m.frequencyWeightedIoU)) << '\n'
      << tr("Mean Dice             %1").arg(number(m.meanDice)) << '\n';
    if (score.classesInferred)
        s << '\n'
          << tr("Classes were inferred from the mask values; give --classes to name them.") << '\n';
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
