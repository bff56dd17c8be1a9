#include "app/cli/model_options.h"

#include <filesystem>

#include "core/common/error.h"
#include "core/data/class_map.h"
#include "ui/text/error_text.h"

namespace seg::cli {

namespace {

const QString kClasses = QStringLiteral("classes");
const QString kMean = QStringLiteral("mean");
const QString kStd = QStringLiteral("std");
const QString kInputSize = QStringLiteral("input-size");
const QString kCrf = QStringLiteral("crf");
const QString kCrfIterations = QStringLiteral("crf-iterations");
const QString kCrfAppearance = QStringLiteral("crf-appearance");
const QString kCrfSmoothness = QStringLiteral("crf-smoothness");

// A classes.json, a labels.txt (one name a line), or names separated by commas.
core::ClassMap classesFrom(const QString& value) {
    const auto file = toPath(value);
    std::error_code ec;
    if (std::filesystem::is_regular_file(file, ec))
        return file.extension() == ".json" ? core::ClassMap::load(file)
                                           : core::ClassMap::fromLabelsFile(file);
    std::vector<std::string> names;
    for (const QString& name : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
        names.push_back(name.trimmed().toStdString());
    return core::ClassMap(names);  // throws Error(InvalidArgument) on duplicates
}

}  // namespace

void ModelOptions::addCrfOptions(QCommandLineParser& p) {
    const core::DenseCrfSettings d;
    p.addOption({kCrf, tr("Refine the probabilities with a fully connected CRF (dense CRF): "
                          "pixels close in position and colour lean to the same class.")});
    p.addOption({kCrfIterations,
                 tr("CRF mean-field iterations (default %1; implies --crf).").arg(d.iterations),
                 tr("n")});
    p.addOption({kCrfAppearance,
                 tr("CRF appearance kernel: weight, spatial width in pixels, colour width "
                    "(default %1,%2,%3; implies --crf).")
                     .arg(d.appearanceWeight)
                     .arg(d.appearanceSpatial)
                     .arg(d.appearanceColour),
                 tr("w,px,colour")});
    p.addOption({kCrfSmoothness,
                 tr("CRF smoothness kernel: weight, spatial width in pixels (default %1,%2; "
                    "implies --crf).")
                     .arg(d.smoothnessWeight)
                     .arg(d.smoothnessSpatial),
                 tr("w,px")});
}

std::optional<int> ModelOptions::readCrfOptions(CommandParser& command,
                                                core::PredictOptions& options) {
    auto& p = command.parser();
    if (!p.isSet(kCrf) && !p.isSet(kCrfIterations) && !p.isSet(kCrfAppearance) &&
        !p.isSet(kCrfSmoothness))
        return std::nullopt;
    core::DenseCrfSettings s;
    if (p.isSet(kCrfIterations)) {
        const auto range = core::kDenseCrfRanges.iterations;
        const auto n = command.intOption(kCrfIterations, int(range.min), int(range.max));
        if (!n) return kUsage;
        s.iterations = static_cast<int>(*n);
    }
    auto numbers = [&](const QString& name, std::vector<double*> targets) -> bool {
        if (!p.isSet(name)) return true;
        const QStringList parts = p.value(name).split(QLatin1Char(','));
        if (parts.size() != int(targets.size())) return false;
        for (size_t i = 0; i < targets.size(); ++i) {
            bool ok = false;
            *targets[i] = parts[int(i)].toDouble(&ok);
            if (!ok) return false;
        }
        return true;
    };
    if (!numbers(kCrfAppearance, {&s.appearanceWeight, &s.appearanceSpatial, &s.appearanceColour}))
        return command.usageError(tr("--crf-appearance takes three numbers, e.g. 5,30,13"));
    if (!numbers(kCrfSmoothness, {&s.smoothnessWeight, &s.smoothnessSpatial}))
        return command.usageError(tr("--crf-smoothness takes two numbers, e.g. 3,3"));
    try {
        core::validateDenseCrfSettings(s);
    } catch (const core::Error& e) {
        return command.usageError(ui::toQString(e.detail()));
    }
    options.crf = s;
    return std::nullopt;
}

void ModelOptions::addTorchScriptOptions(QCommandLineParser& p) {
    p.addOption({kClasses,
                 tr("TorchScript models: class names, comma-separated, or a labels.txt or "
                    "classes.json file. Without it, the settings stored next to the model (or "
                    "inside a model SegStudio exported) apply."),
                 tr("names|file")});
    p.addOption({kMean,
                 tr("TorchScript models: input mean per RGB channel (default ImageNet's "
                    "0.485,0.456,0.406)."),
                 tr("r,g,b")});
    p.addOption({kStd,
                 tr("TorchScript models: input standard deviation per RGB channel (default "
                    "ImageNet's 0.229,0.224,0.225)."),
                 tr("r,g,b")});
    p.addOption({kInputSize,
                 tr("TorchScript models traced at one size: WxH; images are resized to it."),
                 tr("size")});
}

std::optional<int> ModelOptions::readTorchScriptSettings(
    CommandParser& command, std::optional<core::TorchScriptSettings>& settings) {
    auto& p = command.parser();
    settings.reset();
    if (!p.isSet(kClasses)) {
        if (p.isSet(kMean) || p.isSet(kStd) || p.isSet(kInputSize))
            return command.usageError(tr("--mean, --std and --input-size go with --classes"));
        return std::nullopt;
    }
    core::TorchScriptSettings s;
    for (const auto& [name, target] : {std::pair{kMean, &s.mean}, std::pair{kStd, &s.std}}) {
        if (!p.isSet(name)) continue;
        const auto triple = core::parseChannelTriple(p.value(name).toStdString());
        if (!triple)
            return command.usageError(
                tr("--%1 takes three numbers separated by commas, e.g. 0.5,0.5,0.5").arg(name));
        *target = *triple;
    }
    if (p.isSet(kInputSize)) {
        const QStringList parts = p.value(kInputSize).split(QLatin1Char('x'));
        bool okW = false, okH = false;
        if (parts.size() == 2) {
            s.inputWidth = parts[0].toInt(&okW);
            s.inputHeight = parts[1].toInt(&okH);
        }
        if (!okW || !okH || s.inputWidth < 1 || s.inputHeight < 1)
            return command.usageError(tr("--input-size takes WxH, e.g. 520x520"));
    }
    try {
        s.classes = classesFrom(p.value(kClasses));
        core::validateTorchScriptSettings(s);
    } catch (const core::Error& e) {
        if (e.code() == core::ErrorCode::InvalidArgument)
            return command.usageError(ui::toQString(e.detail()));
        return reportError(e);
    }
    settings = s;
    return std::nullopt;
}

}  // namespace seg::cli
