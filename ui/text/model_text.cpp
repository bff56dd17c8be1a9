#include "ui/text/model_text.h"

#include <QCoreApplication>
#include <QStringList>

#include "core/models/architecture_table.h"
#include "core/models/model_zoo.h"

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

    static QString figures(const core::ZooFigures& f) {
        QString text = tr("Measured with %5 threads: %1 M parameters, %2 GMACs at 256x256, "
                          "trains %3 images/s (128x128), predicts a 512x512 image in %4 ms")
                           .arg(f.parametersMillions, 0, 'f', 2)
                           .arg(f.gmacsAt256, 0, 'f', 2)
                           .arg(f.trainImagesPerSecond, 0, 'f', 1)
                           .arg(f.inferenceMillisecondsAt512, 0, 'f', 0)
                           .arg(f.threads);
        if (!f.meanIoU) return tr("%1; validation mIoU not measured yet.").arg(text);
        const QString data = f.dataset == "demo" ? tr("the demo") : tr("synthetic change pairs");
        return tr("%1; validation mIoU %2 on %3 after %4 minutes of training (%n epoch(s)).",
                  nullptr, f.epochs)
            .arg(text)
            .arg(*f.meanIoU, 0, 'f', 3)
            .arg(data)
            .arg(f.budgetMinutes);
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

QString zooFiguresText(const std::string& architecture) {
    const core::ZooFigures* f = core::zooFigures(architecture);
    return f ? ModelText::figures(*f) : ModelText::tr("Not measured yet in the model zoo.");
}

QString zooFiguresLine(const std::string& architecture) {
    const core::ZooFigures* f = core::zooFigures(architecture);
    if (!f) return ModelText::tr("Not measured yet in the model zoo.");
    QString line = ModelText::tr("%1 M parameters · %2 GMACs · trains %3 img/s · %4 ms per 512² image")
                       .arg(f->parametersMillions, 0, 'f', 2)
                       .arg(f->gmacsAt256, 0, 'f', 1)
                       .arg(f->trainImagesPerSecond, 0, 'f', 0)
                       .arg(f->inferenceMillisecondsAt512, 0, 'f', 0);
    const QString score = zooScoreText(architecture);
    return score.isEmpty() ? line : line + QStringLiteral(" · ") + score;
}

QString zooScoreText(const std::string& architecture) {
    const core::ZooFigures* f = core::zooFigures(architecture);
    return f && f->meanIoU ? ModelText::tr("mIoU %1").arg(*f->meanIoU, 0, 'f', 3) : QString();
}

}  // namespace seg::ui
