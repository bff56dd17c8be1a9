#include "ui/project/change_folders_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace seg::ui {

namespace {

// The label box's first entry: a dataset of pairs that has no labels yet.
constexpr int kNoLabelsRow = 0;

// The first candidate whose name matches `pattern` (case-insensitive), else empty.
QString firstMatching(const QStringList& candidates, const QString& pattern) {
    const QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
    for (const QString& name : candidates)
        if (re.match(name).hasMatch()) return name;
    return {};
}

}  // namespace

ChangeFoldersDialog::ChangeFoldersDialog(const QString& datasetFolder, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Folders of the Change Pairs"));
    auto* intro = new QLabel(
        tr("SegStudio does not recognise the layout of %1. If it holds change pairs (two "
           "images of the same place at two dates, matched by file name, and masks of what "
           "changed), choose its folders.")
            .arg(QDir::toNativeSeparators(datasetFolder)),
        this);
    intro->setWordWrap(true);
    const QStringList candidates = candidateFolders(datasetFolder);
    m_before = new QComboBox(this);
    m_before->setObjectName(QStringLiteral("beforeFolder"));
    m_before->addItems(candidates);
    m_after = new QComboBox(this);
    m_after->setObjectName(QStringLiteral("afterFolder"));
    m_after->addItems(candidates);
    m_label = new QComboBox(this);
    m_label->setObjectName(QStringLiteral("labelFolder"));
    m_label->addItem(tr("(none: no labels yet)"));
    m_label->addItems(candidates);
    m_problem = new QLabel(this);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto* form = new QFormLayout;
    form->addRow(tr("Before images:"), m_before);
    form->addRow(tr("After images:"), m_after);
    form->addRow(tr("Change masks (0 unchanged, 255 change):"), m_label);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    resize(480, 260);

    guessFolders(candidates);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QComboBox* box : {m_before, m_after, m_label})
        connect(box, &QComboBox::currentIndexChanged, this, &ChangeFoldersDialog::validate);
    validate();
}

QStringList ChangeFoldersDialog::candidateFolders(const QString& datasetFolder) {
    QStringList names;
    const QDir root(datasetFolder);
    const auto subfolders = [](const QDir& dir) {
        return dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    };
    for (const QString& name : subfolders(root))
        if (name != QLatin1String("masks") && name != QLatin1String("runs")) names << name;
    for (const char* split : {"train", "val", "test"})
        if (root.exists(QLatin1String(split)))
            names << subfolders(QDir(root.filePath(QLatin1String(split))));
    names.removeDuplicates();
    for (const char* split : {"train", "val", "test"}) names.removeAll(QLatin1String(split));
    names.sort(Qt::CaseInsensitive);
    return names;
}

// Names as change datasets spell them (before/after, pre/post, t1/t2, im1/im2, old/new),
// else the first two folders in order, which dates and A/B sort right.
void ChangeFoldersDialog::guessFolders(const QStringList& candidates) {
    QString label = firstMatching(candidates, QStringLiteral("label|mask|change|gt|cm|ref"));
    QStringList rest = candidates;
    rest.removeAll(label);
    QString before = firstMatching(rest, QStringLiteral("before|pre|old|^t1$|1$"));
    QString after = firstMatching(rest, QStringLiteral("after|post|new|^t2$|2$"));
    if (before.isEmpty() || after.isEmpty() || before == after) {
        before = rest.value(0);
        after = rest.value(1);
    }
    m_before->setCurrentText(before);
    m_after->setCurrentText(after);
    if (label.isEmpty())
        m_label->setCurrentIndex(kNoLabelsRow);
    else
        m_label->setCurrentText(label);
}

core::ChangeFolders ChangeFoldersDialog::folders() const {
    core::ChangeFolders f;
    f.before = m_before->currentText().toStdString();
    f.after = m_after->currentText().toStdString();
    // Without labels the default name stands: a label/ folder added later is then read.
    if (m_label->currentIndex() != kNoLabelsRow) f.label = m_label->currentText().toStdString();
    return f;
}

void ChangeFoldersDialog::validate() {
    QString problem;
    if (m_before->count() < 2)
        problem = tr("The folder needs at least two subfolders: the before and after images.");
    else if (m_before->currentText() == m_after->currentText())
        problem = tr("The before and after images must be in different folders.");
    else if (m_label->currentIndex() != kNoLabelsRow &&
             (m_label->currentText() == m_before->currentText() ||
              m_label->currentText() == m_after->currentText()))
        problem = tr("The change masks must be in a folder of their own.");
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

}  // namespace seg::ui
