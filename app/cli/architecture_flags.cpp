#include "app/cli/architecture_flags.h"

#include "core/common/error.h"
#include "core/models/architecture_table.h"
#include "ui/text/error_text.h"
#include "ui/text/model_text.h"

namespace seg::cli {

namespace {

const QString kModel = QStringLiteral("model");

QString flagName(const std::string& key) {
    return QString::fromStdString(key).replace(QLatin1Char('_'), QLatin1Char('-'));
}

}  // namespace

void ArchitectureFlags::add(QCommandLineParser& parser, const QString& modelDefault) {
    QStringList models;
    for (const core::Architecture& a : core::architectureTable())
        models << QStringLiteral("%1 (%2)").arg(QString::fromStdString(a.name),
                                                ui::modelText(a.label));
    QString modelHelp = tr("Architecture: %1.").arg(models.join(QStringLiteral(", ")));
    if (!modelDefault.isEmpty())
        modelHelp += QLatin1Char(' ') + tr("Default: %1.").arg(modelDefault);
    parser.addOption({kModel, modelHelp, tr("name")});

    // One flag per option key; its help gives, for each group of architectures that take it
    // alike, what it means there, its range and its default.
    for (const std::string& key : core::modelOptionKeys()) {
        QStringList parts;
        bool takesValue = true;
        std::vector<std::pair<const core::ModelOption*, QStringList>> groups;
        for (const core::Architecture& a : core::architectureTable()) {
            const core::ModelOption* o = a.option(key);
            if (!o) continue;
            takesValue = o->kind != core::OptionKind::Flag;
            auto same = std::find_if(groups.begin(), groups.end(), [&](const auto& g) {
                return std::string(g.first->help) == o->help &&
                       ui::optionRangeText(*g.first) == ui::optionRangeText(*o) &&
                       ui::optionDefaultText(*g.first) == ui::optionDefaultText(*o);
            });
            if (same == groups.end())
                groups.push_back({o, {QString::fromStdString(a.name)}});
            else
                same->second << QString::fromStdString(a.name);
        }
        for (const auto& [o, names] : groups)
            parts << (takesValue
                          ? tr("%1: %2 %3; default %4.")
                                .arg(names.join(QStringLiteral(", ")), ui::modelText(o->help),
                                     ui::optionRangeText(*o), ui::optionDefaultText(*o))
                          : tr("%1: %2").arg(names.join(QStringLiteral(", ")),
                                             ui::modelText(o->help)));
        if (takesValue)
            parser.addOption({flagName(key), parts.join(QLatin1Char(' ')), tr("value")});
        else
            parser.addOption({flagName(key), parts.join(QLatin1Char(' '))});
    }
}

std::optional<int> ArchitectureFlags::apply(CommandParser& command, core::ModelSpec& spec) {
    QCommandLineParser& p = command.parser();
    if (p.isSet(kModel)) {
        const std::string name = p.value(kModel).toStdString();
        if (!core::findArchitecture(name))
            return command.usageError(
                tr("unknown model '%1' (expected one of: %2)")
                    .arg(p.value(kModel), QString::fromStdString(core::architectureNames())));
        if (name != spec.architecture) {
            spec.architecture = name;
            spec.options.clear();
            spec.inChannels = 3 * core::architecture(name).inputImages;
        }
    }
    const core::Architecture& architecture = core::architecture(spec.architecture);
    for (const std::string& key : core::modelOptionKeys()) {
        const QString flag = flagName(key);
        if (!p.isSet(flag)) continue;
        const core::ModelOption* option = architecture.option(key);
        if (!option) {
            QStringList own;
            for (const core::ModelOption& o : architecture.options)
                own << QStringLiteral("--") + flagName(o.key);
            return command.usageError(
                tr("--%1 does not apply to %2 (its options: %3)")
                    .arg(flag, QString::fromStdString(spec.architecture),
                         own.isEmpty() ? tr("none") : own.join(QStringLiteral(", "))));
        }
        switch (option->kind) {
            case core::OptionKind::Integer: {
                bool ok = false;
                const int value = p.value(flag).toInt(&ok);
                if (!ok)
                    return command.usageError(
                        tr("--%1 must be a whole number, not '%2'").arg(flag, p.value(flag)));
                spec.set(key, value);
                break;
            }
            case core::OptionKind::Flag:
                spec.set(key, true);
                break;
            case core::OptionKind::Choice:
                spec.set(key, p.value(flag).toStdString());
                break;
        }
    }
    try {
        core::validateModelSpec(spec);
    } catch (const core::Error& e) {
        return command.usageError(ui::toQString(e.detail()));
    }
    return std::nullopt;
}

}  // namespace seg::cli
