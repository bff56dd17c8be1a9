// The training panel's model form is built from the architecture table: every entry is
// offered, each shows exactly its own options with the table's ranges, and what the form
// returns is a spec the table accepts.
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QTest>

#include "core/common/error.h"
#include "core/models/architecture_table.h"
#include "core/models/model_zoo.h"
#include "ui/text/model_text.h"
#include "ui/training/model_form.h"

using namespace seg;

class TestModelForm : public QObject {
    Q_OBJECT

    static void choose(ui::ModelForm& form, const std::string& name) {
        QComboBox* box = form.architectureBox();
        const int index = box->findData(QString::fromStdString(name));
        QVERIFY(index >= 0);
        box->setCurrentIndex(index);
    }

private Q_SLOTS:
    void offersEveryArchitectureWithExactlyItsOptions() {
        ui::ModelForm form;
        QCOMPARE(form.architectureBox()->count(), int(core::architectureTable().size()));
        for (const core::Architecture& a : core::architectureTable()) {
            choose(form, a.name);
            for (const std::string& key : core::modelOptionKeys())
                QVERIFY2(form.isOptionShown(key) == (a.option(key) != nullptr),
                         (a.name + " " + key).c_str());
            const core::ModelSpec spec = form.spec();
            QCOMPARE(spec.architecture, a.name);
            try {
                core::validateModelSpec(spec);
            } catch (const core::Error& e) {
                QFAIL(e.detail().c_str());
            }
            // A fresh choice shows the table's defaults.
            QVERIFY(spec == core::defaultModelSpec(a.name));
        }
    }

    // Each architecture's rows stand in its table order, right under the architecture,
    // whichever architecture was shown before.
    void rowsFollowTheTableOrder() {
        ui::ModelForm form;
        auto* layout = qobject_cast<QFormLayout*>(form.layout());
        QVERIFY(layout);
        for (const core::Architecture& a : core::architectureTable()) {
            choose(form, a.name);
            for (size_t i = 0; i < a.options.size(); ++i) {
                QWidget* field = form.findChild<QWidget*>(QString::fromStdString(a.options[i].key) +
                                                          QStringLiteral("Field"));
                QVERIFY(field);
                int row = -1;
                QFormLayout::ItemRole role;
                layout->getWidgetPosition(field, &row, &role);
                QVERIFY2(row == int(i) + 1, (a.name + " " + a.options[i].key).c_str());
            }
        }
    }

    // Under the picker: what the model zoo measured for the architecture shown, and its mIoU
    // next to its name in the list once measured.
    void zooFiguresFollowTheArchitecture() {
        ui::ModelForm form;
        for (const core::Architecture& a : core::architectureTable()) {
            choose(form, a.name);
            const QString text = form.zooFigures()->text();
            QCOMPARE(text, ui::zooFiguresLine(a.name));
            QCOMPARE(form.zooFigures()->toolTip(), ui::zooFiguresText(a.name));
            const core::ZooFigures* f = core::zooFigures(a.name);
            const QString item = form.architectureBox()->currentText();
            if (!f) {
                QVERIFY2(text.contains(QStringLiteral("Not measured")), qPrintable(text));
                continue;
            }
            QVERIFY2(text.contains(QString::number(f->parametersMillions, 'f', 2)),
                     qPrintable(text));
            QCOMPARE(item.contains(QStringLiteral("mIoU")), f->meanIoU.has_value());
            if (f->meanIoU)
                QVERIFY2(item.contains(QString::number(*f->meanIoU, 'f', 3)), qPrintable(item));
        }
    }

    void rangesComeFromTheTable() {
        ui::ModelForm form;
        choose(form, "fcn8s");
        auto* width = qobject_cast<QSpinBox*>(form.optionField("width"));
        QVERIFY(width);
        const core::ModelOption* option = core::architecture("fcn8s").option("width");
        QCOMPARE(width->minimum(), option->minimum);
        QCOMPARE(width->maximum(), option->maximum);
        QCOMPARE(width->singleStep(), option->multipleOf);
        auto* backbone = qobject_cast<QComboBox*>(form.optionField("backbone"));
        QVERIFY(backbone);
        QCOMPARE(backbone->count(),
                 int(core::architecture("fcn8s").option("backbone")->choices.size()));
        QVERIFY(qobject_cast<QCheckBox*>(form.optionField("bilinear")) == nullptr);
    }

    // A value the user changed survives a change of architecture when the new one accepts
    // it; a value left at the default follows the new default (16 U-Net channels become 64).
    void editedValuesSurviveASwitchDefaultsFollowIt() {
        ui::ModelForm form;
        choose(form, "unet");
        choose(form, "deeplabv3plus");
        QCOMPARE(form.spec().integer("width"), 64);
        auto* width = qobject_cast<QSpinBox*>(form.optionField("width"));
        width->setValue(32);
        auto* backbone = qobject_cast<QComboBox*>(form.optionField("backbone"));
        backbone->setCurrentIndex(backbone->findData(QStringLiteral("vgg11")));
        choose(form, "fcn16s");
        QCOMPARE(form.spec().integer("width"), 32);
        QCOMPARE(form.spec().choice("backbone"), std::string("vgg11"));
        choose(form, "unet");
        QCOMPARE(form.spec().integer("width"), 32);  // 4 to 128 takes it too
        width->setValue(12);
        choose(form, "deeplabv3");  // 12 is no multiple of 8
        QCOMPARE(form.spec().integer("width"), 64);
    }

    void setSpecShowsEveryValue() {
        ui::ModelForm form;
        core::ModelSpec spec = core::defaultModelSpec("deeplabv3");
        spec.set("backbone", "resnet50").set("width", 24).set("output_stride", 8);
        spec.numClasses = 7;
        form.setSpec(spec);
        QVERIFY(form.spec() == spec);
        QCOMPARE(form.spec().numClasses, 7);
        core::ModelSpec unet = core::defaultModelSpec("unet");
        unet.set("depth", 5).set("bilinear", true).set("width", 6);
        form.setSpec(unet);
        QVERIFY(form.spec() == unet);
        QVERIFY(!form.isOptionShown("backbone"));
    }
};

QTEST_MAIN(TestModelForm)
#include "tst_model_form.moc"
