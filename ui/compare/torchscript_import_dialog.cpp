#include "ui/compare/torchscript_import_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "core/common/error.h"
#include "core/common/paths.h"
#include "ui/text/error_text.h"

namespace seg::ui {

namespace fs = std::filesystem;

TorchScriptImportDialog::TorchScriptImportDialog(const fs::path& model,
                                                 const core::ClassMap& projectClasses,
                                                 QWidget* parent)
    : QDialog(parent), m_model(model), m_projectClasses(projectClasses) {
    setWindowTitle(tr("Open TorchScript Model"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("%1 is a TorchScript model. SegStudio needs to know what its output channels mean "
           "and how it expects its input. The answers are stored next to the model.")
            .arg(toQPath(model.filename())),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_names = new QPlainTextEdit(this);
    m_names->setObjectName(QStringLiteral("classNames"));
    QStringList names;
    for (const auto& c : projectClasses.classes()) names << toQString(c.name);
    m_names->setPlainText(names.join(QLatin1Char('\n')));
    m_names->setToolTip(tr("One name a line, in the order of the model's output channels"));
    auto* namesColumn = new QVBoxLayout;
    namesColumn->addWidget(m_names);
    auto* labels = new QPushButton(tr("Read labels.txt..."), this);
    connect(labels, &QPushButton::clicked, this, &TorchScriptImportDialog::readLabelsFile);
    namesColumn->addWidget(labels, 0, Qt::AlignLeft);
    form->addRow(tr("Class names:"), namesColumn);

    const core::TorchScriptSettings defaults;  // ImageNet normalisation
    const auto triple = [this](QDoubleSpinBox** boxes, const std::array<double, 3>& values,
                               double minimum) {
        auto* row = new QHBoxLayout;
        for (int i = 0; i < 3; ++i) {
            boxes[i] = new QDoubleSpinBox(this);
            boxes[i]->setDecimals(4);
            boxes[i]->setRange(minimum, 10.0);
            boxes[i]->setSingleStep(0.01);
            boxes[i]->setValue(values[size_t(i)]);
            row->addWidget(boxes[i]);
        }
        return row;
    };
    form->addRow(tr("Input mean (R, G, B):"), triple(m_mean, defaults.mean, -10.0));
    form->addRow(tr("Input std (R, G, B):"), triple(m_std, defaults.std, 0.0001));
    auto* note = new QLabel(tr("Pixels are scaled to 0..1, then (x - mean) / std: ImageNet's "
                               "values suit torchvision's models."),
                            this);
    note->setWordWrap(true);
    form->addRow(QString(), note);

    auto* sizeRow = new QHBoxLayout;
    m_fixedSize = new QCheckBox(tr("Fixed input size:"), this);
    m_width = new QSpinBox(this);
    m_height = new QSpinBox(this);
    for (QSpinBox* box : {m_width, m_height}) {
        box->setRange(8, 16384);
        box->setValue(512);
        box->setEnabled(false);
    }
    connect(m_fixedSize, &QCheckBox::toggled, m_width, &QWidget::setEnabled);
    connect(m_fixedSize, &QCheckBox::toggled, m_height, &QWidget::setEnabled);
    sizeRow->addWidget(m_fixedSize);
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("x"), this));
    sizeRow->addWidget(m_height);
    sizeRow->addStretch(1);
    form->addRow(tr("Traced models:"), sizeRow);
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 480);
}

void TorchScriptImportDialog::readLabelsFile() {
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Class Names"), toQPath(m_model.parent_path()),
                                     tr("Class lists (*.txt *.json);;All files (*)"));
    if (file.isEmpty()) return;
    try {
        const fs::path path = core::pathFromUtf8(file.toStdString());
        const core::ClassMap classes = path.extension() == ".json"
                                           ? core::ClassMap::load(path)
                                           : core::ClassMap::fromLabelsFile(path);
        QStringList names;
        for (const auto& c : classes.classes()) names << toQString(c.name);
        m_names->setPlainText(names.join(QLatin1Char('\n')));
    } catch (const core::Error& e) {
        QMessageBox::warning(this, tr("Cannot read the class names"), ErrorText::describe(e));
    }
}

core::TorchScriptSettings TorchScriptImportDialog::settings() const {
    core::TorchScriptSettings s;
    std::vector<std::string> names;
    for (const QString& line : m_names->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!line.trimmed().isEmpty()) names.push_back(line.trimmed().toStdString());
    // The project's own classes keep their colours.
    s.classes = names == m_projectClasses.names() ? m_projectClasses : core::ClassMap(names);
    for (size_t i = 0; i < 3; ++i) {
        s.mean[i] = m_mean[i]->value();
        s.std[i] = m_std[i]->value();
    }
    if (m_fixedSize->isChecked()) {
        s.inputWidth = m_width->value();
        s.inputHeight = m_height->value();
    }
    core::validateTorchScriptSettings(s);
    return s;
}

bool TorchScriptImportDialog::askAndStore(const fs::path& model,
                                          const core::ClassMap& projectClasses, QWidget* parent) {
    TorchScriptImportDialog dialog(model, projectClasses, parent);
    while (dialog.exec() == QDialog::Accepted) {
        try {
            core::writeTorchScriptSettings(model, dialog.settings());
            return true;
        } catch (const core::Error& e) {
            QMessageBox::warning(&dialog, tr("Cannot use these settings"), ErrorText::describe(e));
        }
    }
    return false;
}

}  // namespace seg::ui
