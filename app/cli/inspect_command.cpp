#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "app/cli/dataset_flags.h"
#include "core/common/error.h"
#include "core/common/paths.h"
#include "core/data/dataset_report.h"
#include "core/project/project.h"
#include "ui/text/error_text.h"

namespace seg::cli {

namespace {

class InspectCommand {
    Q_DECLARE_TR_FUNCTIONS(InspectCommand)

public:
    static int run(const QStringList& args);
    static QString reportText(const core::DatasetReport& report);
};

QString InspectCommand::reportText(const core::DatasetReport& r) {
    QString text;
    QTextStream s(&text);
    s << tr("Dataset   %1").arg(ui::toQPath(r.root)) << '\n'
      << tr("Layout    %1").arg(QString::fromLatin1(core::layoutName(r.layout))) << '\n'
      << tr("Samples   %1 (%2 labelled, %3 unlabelled)")
             .arg(r.samples)
             .arg(r.labelled)
             .arg(r.samples - r.labelled)
      << '\n'
      << tr("Split     train %1, val %2, test %3").arg(r.train).arg(r.val).arg(r.test) << '\n';
    QStringList sizes;
    for (const auto& size : r.imageSizes)
        sizes << tr("%1x%2 (%3)").arg(size.width).arg(size.height).arg(size.count);
    if (sizes.size() > 5) sizes = sizes.mid(0, 5) << tr("and %1 more").arg(r.imageSizes.size() - 5);
    s << tr("Sizes     %1").arg(sizes.join(QStringLiteral(", "))) << "\n\n";

    s << (r.classesInferred
              ? tr("Classes (inferred from the mask values; add labels.txt to name them)")
              : tr("Classes"))
      << '\n';
    s << "  " << padRight(tr("index"), 6) << padRight(tr("name"), 24) << padLeft(tr("pixels"), 14)
      << padLeft(tr("share"), 10) << '\n';
    quint64 all = 0;
    for (auto pixels : r.classPixels) all += pixels;
    for (int c = 0; c < r.classes.size(); ++c) {
        const auto pixels = r.classPixels[static_cast<size_t>(c)];
        const double share = all ? 100.0 * double(pixels) / double(all) : 0.0;
        s << "  " << padRight(QString::number(c), 6)
          << padRight(ui::toQString(r.classes.at(c).name), 24)
          << padLeft(QString::number(pixels), 14)
          << padLeft(QString::number(share, 'f', 2) + QLatin1Char('%'), 10) << '\n';
    }
    s << "  " << padRight(QString::number(r.classes.ignoreIndex()), 6)
      << padRight(tr("(ignored)"), 24) << padLeft(QString::number(r.ignorePixels), 14) << '\n';
    s << '\n'
      << tr("Problems  %1 (%2 samples skipped)").arg(r.problems.size()).arg(r.skipped) << '\n';
    for (const auto& problem : r.problems)
        s << "  " << ui::ErrorText::describe(problem.toError()) << '\n';
    return text;
}

int InspectCommand::run(const QStringList& args) {
    CommandParser command(
        QStringLiteral("inspect"),
        tr("Reads every sample of a dataset and reports counts, image sizes, class pixel\n"
           "frequencies and the problems found (bad files are skipped and listed)."));
    auto& p = command.parser();
    p.addPositionalArgument(QStringLiteral("dataset"),
                            tr("Dataset folder (VOC, PennFudan or images/ + masks/)."));
    p.addOption({QStringLiteral("json"), tr("Print the report as JSON.")});
    p.addOption({QStringLiteral("strict"),
                 tr("Stop at the first problem (exit code 1) instead of skipping.")});
    p.addOption({QStringLiteral("layout"),
                 tr("Force the layout: voc, pennfudan, folders or images."), tr("layout")});
    p.addOption({QStringLiteral("val-fraction"),
                 tr("Validation share when the dataset has no split files (default 0.2)."), tr("f"),
                 QStringLiteral("0.2")});
    p.addOption({QStringLiteral("seed"), tr("Seed of that split (default 42)."), tr("k"),
                 QStringLiteral("42")});
    DatasetFlags::add(p);
    if (auto code = command.parse(args)) return *code;
    if (p.positionalArguments().size() != 1)
        return command.usageError(tr("give exactly one dataset folder"));

    core::DatasetOptions options;
    options.onError = p.isSet(QStringLiteral("strict")) ? core::OnError::Stop : core::OnError::Skip;
    if (p.isSet(QStringLiteral("layout"))) {
        options.layout = core::layoutFromName(p.value(QStringLiteral("layout")).toStdString());
        if (!options.layout)
            return command.usageError(tr("--layout must be voc, pennfudan, folders or images"));
    }
    const auto fraction = command.realOption(QStringLiteral("val-fraction"), 0, 1);
    const auto seed =
        command.intOption(QStringLiteral("seed"), 0, std::numeric_limits<qint64>::max());
    if (!fraction || !seed) return kUsage;
    options.valFraction = *fraction;
    if (auto code = DatasetFlags::apply(command, options)) return *code;
    options.splitSeed = static_cast<uint64_t>(*seed);

    try {
        // A project (its masks folder included) or a bare dataset folder. Not through
        // openProjectOrDataset: it scans a bare dataset to infer classes, and the scan below
        // must be the one that meets (and reports) the bad files.
        const auto path = toPath(p.positionalArguments().front());
        core::Dataset dataset =
            core::isProjectPath(path)
                ? core::openProjectDataset(core::loadProject(path), options.onError)
                : core::openDataset(path, options);
        const core::DatasetReport report = core::scanDataset(dataset, options.onError);
        if (p.isSet(QStringLiteral("json")))
            out() << ui::toQString(core::reportToJson(report));
        else
            out() << reportText(report);
        out().flush();
        return report.samples > 0 ? kSuccess : kFailure;
    } catch (const core::Error& e) {
        return reportError(e);
    }
}

}  // namespace

int runInspect(const QStringList& args) {
    return InspectCommand::run(args);
}

}  // namespace seg::cli
