#include <algorithm>
#include <cmath>

#include <QTextStream>

#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "app/cli/metrics_table.h"
#include "app/cli/model_options.h"
#include "core/common/atomic_file.h"
#include "core/common/error.h"
#include "core/data/image_io.h"
#include "core/infer/model_comparison.h"
#include "core/project/project.h"
#include "ui/text/error_text.h"

namespace seg::cli {

namespace {

class CompareCommand {
    Q_DECLARE_TR_FUNCTIONS(CompareCommand)

public:
    static int run(const QStringList& args);

private:
    // Metrics down, models across; the best of each row carries a '*'.
    static QString table(const std::vector<core::ComparisonRow>& rows,
                         const std::vector<std::string>& models) {
        int nameWidth = 12;
        for (const auto& row : rows)
            nameWidth = std::max(nameWidth, displayWidth(ui::toQString(row.metric)) + 2);
        std::vector<int> widths;
        for (const auto& m : models)
            widths.push_back(std::max(10, displayWidth(ui::toQString(m)) + 2));
        QString text;
        QTextStream out(&text);
        out << padRight(tr("metric"), nameWidth);
        for (size_t m = 0; m < models.size(); ++m)
            out << padLeft(ui::toQString(models[m]), widths[m]);
        out << '\n';
        for (const auto& row : rows) {
            out << padRight(ui::toQString(row.metric), nameWidth);
            for (size_t m = 0; m < row.values.size(); ++m) {
                const QString mark = row.best[m] ? QStringLiteral("*") : QStringLiteral(" ");
                out << padLeft(metricText(row.values[m]) + mark, widths[m]);
            }
            out << '\n';
        }
        out << tr("* best of the row (not marked when all are equal)") << '\n';
        return text;
    }
};

int CompareCommand::run(const QStringList& args) {
    CommandParser command(
        QStringLiteral("compare"),
        tr("Scores 2 to 4 models on the same dataset split and prints their metrics side by\n"
           "side, the best of each row marked. Models are checkpoints or TorchScript files."));
    auto& p = command.parser();
    p.addOption({QStringLiteral("model"),
                 tr("A model: a checkpoint or a TorchScript file (give 2 to 4)."), tr("file")});
    p.addOption({QStringLiteral("data"), tr("Dataset folder or project."), tr("dir")});
    p.addOption({QStringLiteral("split"), tr("val, train, test or all (default val)."), tr("split"),
                 QStringLiteral("val")});
    p.addOption(
        {QStringLiteral("csv"), tr("Also write the table as CSV to this file."), tr("file")});
    p.addOption({QStringLiteral("grid"),
                 tr("Also write a PNG grid: the hardest images (lowest mIoU over the models) in "
                    "rows; image, ground truth and each model's prediction in columns."),
                 tr("file")});
    p.addOption({QStringLiteral("images"), tr("Rows of the grid (default 4)."), tr("n"),
                 QStringLiteral("4")});
    ModelOptions::addTorchScriptOptions(p);
    ModelOptions::addCrfOptions(p);
    if (auto code = command.parse(args)) return *code;
    const QStringList models = p.values(QStringLiteral("model"));
    if (models.size() < 2 || models.size() > 4 || !p.isSet(QStringLiteral("data")))
        return command.usageError(tr("give 2 to 4 --model files and --data"));
    const auto splits = splitsFromName(p.value(QStringLiteral("split")));
    if (!splits) return command.usageError(tr("--split must be val, train, test or all"));
    const auto rowsWanted = command.intOption(QStringLiteral("images"), 1, 64);
    if (!rowsWanted) return kUsage;
    std::optional<core::TorchScriptSettings> settings;
    if (auto code = ModelOptions::readTorchScriptSettings(command, settings)) return *code;
    core::PredictOptions predictOptions;
    if (auto code = ModelOptions::readCrfOptions(command, predictOptions)) return *code;

    try {
        std::vector<std::unique_ptr<core::Predictor>> predictors;
        std::vector<core::Predictor*> pointers;
        for (const QString& model : models) {
            predictors.push_back(core::Predictor::open(toPath(model), predictOptions, settings));
            pointers.push_back(predictors.back().get());
        }
        const core::Dataset dataset =
            core::openProjectOrDataset(toPath(p.value(QStringLiteral("data"))), {});
        const auto comparison = core::compareModels(pointers, dataset, *splits);
        for (const auto& evaluation : comparison.evaluations)
            for (const auto& problem : evaluation.problems)
                err() << tr("warning: %1").arg(ui::ErrorText::describe(problem.toError())) << '\n';
        err().flush();
        const auto rows = core::comparisonTable(comparison, dataset.classes);
        out() << tr("Compared %n model(s) on %1 images (%2 split)", nullptr, int(models.size()))
                     .arg(comparison.evaluations.front().images)
                     .arg(p.value(QStringLiteral("split")))
              << "\n\n"
              << table(rows, comparison.models);
        if (p.isSet(QStringLiteral("csv"))) {
            const auto file = toPath(p.value(QStringLiteral("csv")));
            core::writeTextAtomically(file, core::comparisonCsv(rows, comparison.models));
            out() << tr("Wrote the table to %1").arg(ui::toQPath(file)) << '\n';
        }
        if (p.isSet(QStringLiteral("grid"))) {
            const auto file = toPath(p.value(QStringLiteral("grid")));
            core::writeImagePng(
                file, core::comparisonGrid(pointers, comparison.models, dataset,
                                           core::hardestImages(comparison, int(*rowsWanted))));
            out() << tr("Wrote the grid to %1").arg(ui::toQPath(file)) << '\n';
        }
        out().flush();
        return kSuccess;
    } catch (const core::Error& e) {
        return reportError(e);
    }
}

}  // namespace

int runCompare(const QStringList& args) {
    return CompareCommand::run(args);
}

}  // namespace seg::cli
