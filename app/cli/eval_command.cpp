#include <algorithm>
#include <cmath>

#include <QTextStream>
#include <nlohmann/json.hpp>

#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "app/cli/dataset_flags.h"
#include "app/cli/metrics_table.h"
#include "app/cli/model_options.h"
#include "core/common/error.h"
#include "core/eval/metrics_json.h"
#include "core/infer/dataset_evaluation.h"
#include "core/project/project.h"
#include "ui/text/error_text.h"

namespace seg::cli {

namespace {

class EvalCommand {
    Q_DECLARE_TR_FUNCTIONS(EvalCommand)

public:
    static int run(const QStringList& args);

private:
    // One row an image, worst first: what to look at (and relabel) first.
    static QString perImageTable(const std::vector<core::ImageScore>& scores,
                                 const core::ClassMap& classes) {
        int idWidth = 8;
        for (const auto& s : scores) idWidth = std::max(idWidth, int(s.sampleId.size()) + 2);
        QString text;
        QTextStream table(&text);
        table << padRight(tr("image"), idWidth) << padLeft(tr("pixel acc"), 10)
              << padLeft(tr("mIoU"), 8) << "  " << tr("worst class (IoU)") << '\n';
        for (const auto& s : scores) {
            const QString worst = s.worstClass < 0
                                      ? QStringLiteral("-")
                                      : QStringLiteral("%1 (%2)")
                                            .arg(ui::toQString(classes.at(s.worstClass).name))
                                            .arg(s.worstClassIoU, 0, 'f', 4);
            table << padRight(ui::toQString(s.sampleId), idWidth)
                  << padLeft(QString::number(s.pixelAccuracy, 'f', 4), 10)
                  << padLeft(std::isnan(s.meanIoU) ? QStringLiteral("-")
                                                   : QString::number(s.meanIoU, 'f', 4),
                             8)
                  << "  " << worst << '\n';
        }
        return text;
    }
};

int EvalCommand::run(const QStringList& args) {
    CommandParser command(
        QStringLiteral("eval"),
        tr("Scores a model (a checkpoint or TorchScript file) on a dataset's validation split\n"
           "(or another split): the metrics table of `score`, from the model alone."));
    auto& p = command.parser();
    p.addOption({QStringList{QStringLiteral("checkpoint"), QStringLiteral("model")},
                 tr("A checkpoint (best.pt or last.pt of a run) or a TorchScript model."),
                 tr("file")});
    p.addOption({QStringLiteral("data"), tr("Dataset folder or project."), tr("dir")});
    p.addOption({QStringLiteral("split"), tr("val, train, test or all (default val)."), tr("split"),
                 QStringLiteral("val")});
    p.addOption({QStringLiteral("val-fraction"),
                 tr("Validation share when the dataset has no split files (default 0.2)."), tr("f"),
                 QStringLiteral("0.2")});
    p.addOption({QStringLiteral("json"), tr("Print the scores as JSON.")});
    p.addOption({QStringLiteral("per-image"),
                 tr("Also list each image's pixel accuracy, mIoU and worst class, worst first.")});
    ModelOptions::addTorchScriptOptions(p);
    ModelOptions::addCrfOptions(p);
    DatasetFlags::add(p);
    if (auto code = command.parse(args)) return *code;
    if (!p.isSet(QStringLiteral("checkpoint")) || !p.isSet(QStringLiteral("data")))
        return command.usageError(tr("--checkpoint and --data are required"));
    const QString split = p.value(QStringLiteral("split"));
    const auto splits = splitsFromName(split);
    if (!splits) return command.usageError(tr("--split must be val, train, test or all"));
    const auto fraction = command.realOption(QStringLiteral("val-fraction"), 0, 1);
    if (!fraction) return kUsage;
    std::optional<core::TorchScriptSettings> settings;
    if (auto code = ModelOptions::readTorchScriptSettings(command, settings)) return *code;
    core::PredictOptions predictOptions;
    if (auto code = ModelOptions::readCrfOptions(command, predictOptions)) return *code;

    try {
        auto predictor = core::Predictor::open(toPath(p.value(QStringLiteral("checkpoint"))),
                                               predictOptions, settings);
        core::DatasetOptions options;
        options.valFraction = *fraction;
        if (auto code = DatasetFlags::apply(command, options)) return *code;
        const core::Dataset dataset =
            core::openProjectOrDataset(toPath(p.value(QStringLiteral("data"))), options);
        const auto result = core::evaluateOnDataset(*predictor, dataset, *splits);
        // A change dataset: the change class as change-detection papers report it.
        const bool pairs = core::imagesPerSample(dataset) == 2 && dataset.classes.size() == 2;
        for (const auto& problem : result.problems)
            err() << tr("warning: %1").arg(ui::ErrorText::describe(problem.toError())) << '\n';
        err().flush();
        const core::ClassMap& classes = predictor->info().classes;
        std::vector<core::ImageScore> perImage = result.perImage;
        core::sortWorstFirst(perImage);
        const bool listImages = p.isSet(QStringLiteral("per-image"));
        if (p.isSet(QStringLiteral("json"))) {
            nlohmann::json json =
                nlohmann::json::parse(core::metricsToJson(result.metrics, classes));
            if (listImages) {
                nlohmann::json images = nlohmann::json::array();
                for (const auto& s : perImage)
                    images.push_back(
                        {{"image", s.sampleId},
                         {"pixel_accuracy", s.pixelAccuracy},
                         {"mean_iou",
                          std::isnan(s.meanIoU) ? nlohmann::json() : nlohmann::json(s.meanIoU)},
                         {"worst_class", s.worstClass < 0
                                             ? nlohmann::json()
                                             : nlohmann::json(classes.at(s.worstClass).name)},
                         {"worst_class_iou", s.worstClassIoU}});
                json["images"] = images;
            }
            if (pairs) {
                const core::ChangeScores change = core::changeScores(result.metrics);
                auto number = [](double v) {
                    return std::isnan(v) ? nlohmann::json() : nlohmann::json(v);
                };
                json["change"] = {{"precision", number(change.precision)},
                                  {"recall", number(change.recall)},
                                  {"f1", number(change.f1)},
                                  {"iou", number(change.iou)}};
            }
            out() << ui::toQString(json.dump(2)) << '\n';
        } else {
            out() << tr("Evaluated %1 images (%2 split)").arg(result.images).arg(split);
            if (predictOptions.crf)
                out() << tr(", with dense CRF post-processing (%n iteration(s))", nullptr,
                            predictOptions.crf->iterations);
            out() << "\n\n" << MetricsTable::format(result.metrics, classes);
            if (pairs) {
                const core::ChangeScores change = core::changeScores(result.metrics);
                out() << '\n'
                      << tr("Change class: precision %1, recall %2, F1 %3, IoU %4")
                             .arg(change.precision, 0, 'f', 4)
                             .arg(change.recall, 0, 'f', 4)
                             .arg(change.f1, 0, 'f', 4)
                             .arg(change.iou, 0, 'f', 4)
                      << '\n';
            }
            if (listImages) out() << '\n' << perImageTable(perImage, classes);
        }
        out().flush();
        return result.images > 0 ? kSuccess : kFailure;
    } catch (const core::Error& e) {
        return reportError(e);
    }
}

}  // namespace

int runEval(const QStringList& args) {
    return EvalCommand::run(args);
}

}  // namespace seg::cli
