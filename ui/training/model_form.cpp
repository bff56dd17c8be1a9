#include "ui/training/model_form.h"

#include <algorithm>
#include <optional>

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include "core/models/architecture_table.h"
#include "ui/text/model_text.h"
#include "ui/widgets/narrow_combo.h"

namespace seg::ui {

namespace {

QString optionToolTip(const core::ModelOption& option) {
    return modelText(option.help) + QStringLiteral("\n") +
           ModelForm::tr("%1; default %2.").arg(optionRangeText(option), optionDefaultText(option));
}

// The picker's tooltip of an architecture: the paper and idea, and the zoo's figures.
QString architectureToolTip(const core::Architecture& a) {
    return modelText(a.description) + QStringLiteral("\n") + zooFiguresText(a.name);
}

}  // namespace

ModelForm::ModelForm(QWidget* parent) : QWidget(parent) {
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    // The picker, with the zoo's measured figures of the architecture under it.
    auto* picker = new QWidget(this);
    auto* pickerLayout = new QVBoxLayout(picker);
    pickerLayout->setContentsMargins(0, 0, 0, 0);
    pickerLayout->setSpacing(2);
    m_architecture = new QComboBox(picker);
    m_architecture->setObjectName(QStringLiteral("modelBox"));
    makeNarrow(m_architecture, 14);
    for (const core::Architecture& a : core::architectureTable()) {
        const QString score = zooScoreText(a.name);
        m_architecture->addItem(
            score.isEmpty() ? modelText(a.label) : tr("%1  (%2)").arg(modelText(a.label), score),
            QString::fromStdString(a.name));
        m_architecture->setItemData(m_architecture->count() - 1, architectureToolTip(a),
                                    Qt::ToolTipRole);
    }
    m_zooFigures = new QLabel(picker);
    m_zooFigures->setObjectName(QStringLiteral("zooFigures"));
    m_zooFigures->setWordWrap(true);
    m_zooFigures->setTextFormat(Qt::PlainText);
    m_zooFigures->setForegroundRole(QPalette::PlaceholderText);
    pickerLayout->addWidget(m_architecture);
    pickerLayout->addWidget(m_zooFigures);
    m_form->addRow(tr("Architecture"), picker);

    for (const std::string& key : core::modelOptionKeys()) {
        Row row;
        row.key = key;
        row.field = new QWidget(this);
        row.field->setObjectName(QString::fromStdString(key) + QStringLiteral("Field"));
        auto* editors = new QHBoxLayout(row.field);
        editors->setContentsMargins(0, 0, 0, 0);
        row.number = new QSpinBox(row.field);
        row.list = new QComboBox(row.field);
        row.check = new QCheckBox(row.field);
        for (QWidget* editor : {static_cast<QWidget*>(row.number), static_cast<QWidget*>(row.list),
                                static_cast<QWidget*>(row.check)})
            editors->addWidget(editor, 1);
        row.label = new QLabel(this);
        m_form->addRow(row.label, row.field);
        m_rows.push_back(row);
    }
    connect(m_architecture, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_applying)
            showArchitecture(m_architecture->currentData().toString().toStdString(), true);
    });
    setSpec(core::ModelSpec{});
}

void ModelForm::configure(Row& row, const core::ModelOption* option) {
    row.option = option;
    m_form->setRowVisible(row.field, option != nullptr);
    if (!option) return;
    const bool integerList = option->kind == core::OptionKind::Integer && !option->allowed.empty();
    const bool list = integerList || option->kind == core::OptionKind::Choice;
    const bool number = option->kind == core::OptionKind::Integer && !integerList;
    const bool check = option->kind == core::OptionKind::Flag;
    row.number->setVisible(number);
    row.list->setVisible(list);
    row.check->setVisible(check);
    // A check box carries its own text; the other editors take the form's label.
    row.label->setText(check ? QString() : modelText(option->label));
    row.check->setText(check ? modelText(option->label) : QString());
    row.field->setToolTip(optionToolTip(*option));
    if (number) {
        row.number->setRange(option->minimum, option->maximum);
        row.number->setSingleStep(option->multipleOf);
        // Shown in place of 0 when 0 stands for a rule ("scaled to the training crop").
        row.number->setSpecialValueText(option->zeroMeans ? modelText(option->zeroMeans)
                                                          : QString());
    }
    if (list) {
        row.list->clear();
        if (integerList)
            for (int v : option->allowed) row.list->addItem(QString::number(v), v);
        else
            for (const auto& c : option->choices)
                row.list->addItem(modelText(c.label), QString::fromStdString(c.value));
    }
}

core::ModelOptionValue ModelForm::value(const Row& row) const {
    switch (row.option->kind) {
        case core::OptionKind::Integer:
            return row.option->allowed.empty() ? row.number->value()
                                               : row.list->currentData().toInt();
        case core::OptionKind::Flag:
            return row.check->isChecked();
        case core::OptionKind::Choice:
            return row.list->currentData().toString().toStdString();
    }
    return 0;
}

void ModelForm::setValue(Row& row, const core::ModelOptionValue& v) {
    if (const int* i = std::get_if<int>(&v)) {
        if (row.option->allowed.empty()) {
            // Snap to the step, as the table's check would refuse anything else.
            row.number->setValue(*i - *i % std::max(1, row.option->multipleOf));
        } else {
            row.list->setCurrentIndex(std::max(0, row.list->findData(*i)));
        }
    } else if (const bool* b = std::get_if<bool>(&v)) {
        row.check->setChecked(*b);
    } else if (const std::string* s = std::get_if<std::string>(&v)) {
        row.list->setCurrentIndex(std::max(0, row.list->findData(QString::fromStdString(*s))));
    }
}

void ModelForm::showArchitecture(const std::string& name, bool keepEditedValues) {
    const core::Architecture& next = core::architecture(name);
    for (Row& row : m_rows) {
        // A value the user changed stays when the new architecture accepts it; a value still
        // at the old default follows the new one (a U-Net's 16 channels become a ResNet's 64).
        std::optional<core::ModelOptionValue> kept;
        if (keepEditedValues && row.option) {
            const core::ModelOptionValue current = value(row);
            if (current != core::defaultOptionValue(*row.option)) kept = current;
        }
        const core::ModelOption* option = next.option(row.key);
        configure(row, option);
        if (!option) continue;
        setValue(row, kept && core::optionAccepts(*option, *kept)
                          ? *kept
                          : core::defaultOptionValue(*option));
    }
    placeRowsInOrder(next);
    m_zooFigures->setText(zooFiguresLine(name));
    m_zooFigures->setToolTip(zooFiguresText(name));
    m_spec.architecture = name;
}

void ModelForm::placeRowsInOrder(const core::Architecture& architecture) {
    // The architecture's options in the order its table entry lists them (a backbone before
    // its width), right under the architecture; the rows it lacks are hidden below.
    int position = 1;
    for (const core::ModelOption& option : architecture.options) {
        const auto row = std::find_if(m_rows.begin(), m_rows.end(),
                                      [&](const Row& r) { return r.key == option.key; });
        if (row == m_rows.end()) continue;
        int current = -1;
        QFormLayout::ItemRole role;
        m_form->getWidgetPosition(row->field, &current, &role);
        if (current != position) {
            const QFormLayout::TakeRowResult taken = m_form->takeRow(row->field);
            m_form->insertRow(position, taken.labelItem->widget(), taken.fieldItem->widget());
            delete taken.labelItem;
            delete taken.fieldItem;
            m_form->setRowVisible(row->field, true);
        }
        ++position;
    }
}

core::ModelSpec ModelForm::spec() const {
    core::ModelSpec spec = m_spec;
    spec.architecture = m_architecture->currentData().toString().toStdString();
    // A pair network takes 6 channels whatever the spec held; training fits the channels to
    // the dataset in any case.
    if (core::architecture(spec.architecture).inputImages == 2) spec.inChannels = 6;
    spec.options.clear();
    for (const Row& row : m_rows)
        if (row.option) spec.options[row.key] = value(row);
    return spec;
}

void ModelForm::setSpec(const core::ModelSpec& spec) {
    m_spec = spec;
    m_applying = true;
    const int index = m_architecture->findData(QString::fromStdString(spec.architecture));
    m_architecture->setCurrentIndex(std::max(0, index));
    m_applying = false;
    const std::string name = m_architecture->currentData().toString().toStdString();
    showArchitecture(name, false);
    if (index < 0) return;  // an architecture this version lacks: its defaults are shown
    for (Row& row : m_rows) {
        if (!row.option) continue;
        const auto given = spec.options.find(row.key);
        if (given != spec.options.end() && core::optionAccepts(*row.option, given->second))
            setValue(row, given->second);
    }
}

QWidget* ModelForm::optionField(const std::string& key) const {
    for (const Row& row : m_rows) {
        if (row.key != key || !row.option) continue;
        if (row.number->isVisibleTo(row.field)) return row.number;
        if (row.list->isVisibleTo(row.field)) return row.list;
        return row.check;
    }
    return nullptr;
}

void ModelForm::offerArchitecturesFor(int images) {
    auto* items = qobject_cast<QStandardItemModel*>(m_architecture->model());
    int firstOffered = -1;
    for (int i = 0; i < m_architecture->count(); ++i) {
        const core::Architecture& a =
            core::architecture(m_architecture->itemData(i).toString().toStdString());
        const bool offered = a.inputImages <= images;
        if (offered && firstOffered < 0) firstOffered = i;
        items->item(i)->setEnabled(offered);
        QString tip = architectureToolTip(a);
        if (!offered)
            tip.prepend(tr("Needs a change project: pairs of images of two dates with change "
                           "masks.") +
                        QStringLiteral("\n"));
        m_architecture->setItemData(i, tip, Qt::ToolTipRole);
    }
    const int current = m_architecture->currentIndex();
    if (firstOffered >= 0 && current >= 0 && !items->item(current)->isEnabled())
        m_architecture->setCurrentIndex(firstOffered);
}

bool ModelForm::isOptionShown(const std::string& key) const {
    return std::any_of(m_rows.begin(), m_rows.end(),
                       [&](const Row& row) { return row.key == key && row.option; });
}

}  // namespace seg::ui
