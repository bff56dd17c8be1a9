#include "ui/text/model_text.h"

#include <QCoreApplication>
#include <QStringList>

#include "core/models/architecture_table.h"

namespace seg::ui {

namespace {

class ModelText {
    Q_DECLARE_TR_FUNCTIONS(ModelText)

public:
    static QString alternatives(const QStringList& items) {
        if (items.size() < 2) return items.value(0);
        return tr("%1 or %2")
            .arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.back());
    }

    static QString range(const core::ModelOption& o) {
        switch (o.kind) {
            case core::OptionKind::Integer: {
                if (!o.allowed.empty()) {
                    QStringList values;
                    for (int v : o.allowed) values << QString::number(v);
                    return alternatives(values);
                }
                QString span = tr("%1 to %2").arg(o.minimum).arg(o.maximum);
                if (o.multipleOf > 1) span = tr("%1, a multiple of %2").arg(span).arg(o.multipleOf);
                if (o.zeroMeans) span = tr("%1 (0: %2)").arg(span, modelText(o.zeroMeans));
                return span;
            }
            case core::OptionKind::Flag:
                return tr("on or off");
            case core::OptionKind::Choice: {
                QStringList values;
                for (const auto& c : o.choices) values << QString::fromStdString(c.value);
                return alternatives(values);
            }
        }
        return {};
    }

    static QString defaultValue(const core::ModelOption& o) {
        switch (o.kind) {
            case core::OptionKind::Integer:
                return QString::number(o.defaultInteger);
            case core::OptionKind::Flag:
                return o.defaultFlag ? tr("on") : tr("off");
            case core::OptionKind::Choice:
                return QString::fromStdString(o.defaultChoice);
        }
        return {};
    }
};

}  // namespace

QString modelText(const char* english) {
    return QCoreApplication::translate(core::kModelTextContext, english);
}

QString architectureLabel(const std::string& name) {
    const core::Architecture* a = core::findArchitecture(name);
    return a ? modelText(a->label) : QString::fromStdString(name);
}

QString optionRangeText(const core::ModelOption& option) {
    return ModelText::range(option);
}

QString optionDefaultText(const core::ModelOption& option) {
    return ModelText::defaultValue(option);
}

}  // namespace seg::ui
