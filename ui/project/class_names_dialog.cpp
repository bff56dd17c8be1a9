#include "ui/project/class_names_dialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

#include "core/common/error.h"
#include "core/common/paths.h"
#include "core/data/class_map.h"
#include "ui/text/error_text.h"

namespace seg::ui {

ClassNamesDialog::ClassNamesDialog(const QString& imagesFolder, QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Classes of the New Project"));
    auto* intro = new QLabel(
        tr("One class per line, background first. Pixels you do not paint stay unlabelled, "
           "so no class is needed for them. Project > Edit Classes changes them later."),
        this);
    intro->setWordWrap(true);
    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("classNamesEditor"));
    m_editor->setPlainText(tr("background") + QLatin1Char('\n') + tr("object"));
    m_problem = new QLabel(this);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* load =
        m_buttons->addButton(tr("Load labels.txt..."), QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(420, 360);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(load, &QPushButton::clicked, this, [this, imagesFolder] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Load Class Names"),
                                                          imagesFolder, tr("Label lists (*.txt)"));
        if (!file.isEmpty()) loadLabelsFile(file);
    });
    connect(m_editor, &QPlainTextEdit::textChanged, this, &ClassNamesDialog::validate);
    // Many labelling tools leave a labels.txt beside the images: start from it.
    const QString labels = imagesFolder + QStringLiteral("/labels.txt");
    if (QFileInfo::exists(labels)) loadLabelsFile(labels);
    validate();
}

QStringList ClassNamesDialog::names() const {
    QStringList out;
    for (const QString& line : m_editor->toPlainText().split(QLatin1Char('\n'))) {
        const QString name = line.trimmed();
        if (!name.isEmpty()) out << name;
    }
    return out;
}

bool ClassNamesDialog::loadLabelsFile(const QString& file) {
    try {
        const core::ClassMap classes =
            core::ClassMap::fromLabelsFile(core::pathFromUtf8(file.toStdString()));
        QStringList lines;
        for (const auto& name : classes.names()) lines << toQString(name);
        m_editor->setPlainText(lines.join(QLatin1Char('\n')));
        return true;
    } catch (const core::Error& e) {
        m_problem->setText(ErrorText::describe(e));
        return false;
    }
}

void ClassNamesDialog::validate() {
    const QStringList list = names();
    QString problem;
    if (list.isEmpty())
        problem = tr("Name at least one class.");
    else if (list.size() > core::ClassMap::kMaxClasses)
        problem = tr("At most %1 classes.").arg(core::ClassMap::kMaxClasses);
    else if (QSet<QString>(list.begin(), list.end()).size() != list.size())
        problem = tr("Each class needs its own name.");
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

}  // namespace seg::ui
