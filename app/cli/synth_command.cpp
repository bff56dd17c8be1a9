#include <optional>

#include <QRegularExpression>

#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "core/common/error.h"
#include "core/data/synthetic_changes.h"
#include "core/data/synthetic_shapes.h"
#include "ui/text/error_text.h"

namespace seg::cli {

namespace {

class SynthCommand {
    Q_DECLARE_TR_FUNCTIONS(SynthCommand)

public:
    static int run(const QStringList& args);
};

// "128" or "160x120".
bool parseSize(const QString& text, int& width, int& height) {
    const auto match =
        QRegularExpression(QStringLiteral("^(\\d{1,5})(?:x(\\d{1,5}))?$")).match(text);
    if (!match.hasMatch()) return false;
    width = match.captured(1).toInt();
    height = match.captured(2).isEmpty() ? width : match.captured(2).toInt();
    return width >= 16 && height >= 16 && width <= 8192 && height <= 8192;
}

int SynthCommand::run(const QStringList& args) {
    CommandParser command(
        QStringLiteral("synth"),
        tr("Writes the synthetic-shapes demo dataset (images/, masks/, classes.json, labels.txt):\n"
           "circles, rectangles, triangles and ellipses with masks of their kind."));
    auto& p = command.parser();
    p.addOption({QStringLiteral("out"),
                 tr("Folder to write the dataset into (created if missing)."), tr("dir")});
    p.addOption({QStringLiteral("count"), tr("Number of images (default 500)."), tr("n"),
                 QStringLiteral("500")});
    p.addOption({QStringLiteral("size"), tr("Image size: S or WxH, 16 to 8192 (default 128)."),
                 tr("size"), QStringLiteral("128")});
    p.addOption({QStringLiteral("seed"),
                 tr("Random seed; the same seed gives the same dataset (default 1)."), tr("k"),
                 QStringLiteral("1")});
    p.addOption({QStringLiteral("noise"), tr("Gaussian pixel noise sigma, 0 to 64 (default 6)."),
                 tr("sigma"), QStringLiteral("6")});
    p.addOption({QStringLiteral("change"),
                 tr("Write change-detection pairs instead, in the LEVIR-CD layout (A/, B/, "
                    "label/): shapes appear, vanish and move between the two images while "
                    "their colours drift.")});
    p.addOption({QStringLiteral("drift"),
                 tr("With --change: how far the after image's colours drift, 0 to 1 (default "
                    "%1).")
                     .arg(core::SyntheticChangesOptions{}.colourDrift),
                 tr("d")});
    if (auto code = command.parse(args)) return *code;
    if (!p.isSet(QStringLiteral("out"))) return command.usageError(tr("--out is required"));

    core::SyntheticShapesOptions options;
    if (!parseSize(p.value(QStringLiteral("size")), options.width, options.height))
        return command.usageError(
            tr("--size must be S or WxH with sides from 16 to 8192 (got '%1')")
                .arg(p.value(QStringLiteral("size"))));
    const auto count = command.intOption(QStringLiteral("count"), 1, 1000000);
    const auto seed =
        command.intOption(QStringLiteral("seed"), 0, std::numeric_limits<qint64>::max());
    const auto noise = command.realOption(QStringLiteral("noise"), 0, 64);
    if (!count || !seed || !noise) return kUsage;
    options.count = static_cast<int>(*count);
    options.seed = static_cast<uint64_t>(*seed);
    options.noiseSigma = *noise;

    const bool change = p.isSet(QStringLiteral("change"));
    if (p.isSet(QStringLiteral("drift")) && !change)
        return command.usageError(tr("--drift needs --change"));
    core::SyntheticChangesOptions pairs;
    if (change) {
        const auto drift = p.isSet(QStringLiteral("drift"))
                               ? command.realOption(QStringLiteral("drift"), 0, 1)
                               : std::optional<double>(pairs.colourDrift);
        if (!drift) return kUsage;
        pairs.count = options.count;
        pairs.width = options.width;
        pairs.height = options.height;
        pairs.seed = options.seed;
        pairs.noiseSigma = options.noiseSigma;
        pairs.colourDrift = *drift;
    }

    const auto folder = toPath(p.value(QStringLiteral("out")));
    try {
        int lastPercent = -1;
        const auto progress = [&](int done, int total) {
            const int percent = done * 100 / total;
            if (percent != lastPercent && percent % 10 == 0) {
                err() << (change ? tr("synth: %1/%2 pairs") : tr("synth: %1/%2 images"))
                             .arg(done)
                             .arg(total)
                      << '\n';
                err().flush();
                lastPercent = percent;
            }
            return true;
        };
        if (change)
            core::writeChangePairsDataset(folder, pairs, progress);
        else
            core::writeShapesDataset(folder, options, progress);
    } catch (const core::Error& e) {
        return reportError(e);
    }
    if (change) {
        out() << tr("Wrote %1 image pairs of %2x%3 with change masks to %4")
                     .arg(pairs.count)
                     .arg(pairs.width)
                     .arg(pairs.height)
                     .arg(ui::toQPath(folder))
              << '\n';
        return kSuccess;
    }
    out() << tr("Wrote %1 images of %2x%3 with masks to %4")
                 .arg(options.count)
                 .arg(options.width)
                 .arg(options.height)
                 .arg(ui::toQPath(folder))
          << '\n';
    return kSuccess;
}

}  // namespace

int runSynth(const QStringList& args) {
    return SynthCommand::run(args);
}

}  // namespace seg::cli
