#include "ui/project/class_editor_dialog.h"

#include <set>

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/common/error.h"
#include "ui/text/error_text.h"

namespace seg::ui {

namespace {

constexpr int kSourceRole = Qt::UserRole + 1;

QColor toColor(const core::Rgb& c) {
    return QColor(c.r, c.g, c.b);
}

// A colour no class uses yet, from the VOC map beyond the current classes.
core::Rgb unusedColour(const std::vector<core::Rgb>& used) {
    const core::ClassMap voc = core::ClassMap::voc();
    for (int i = 1; i < voc.size(); ++i) {
        const core::Rgb c = voc.at(i).color;
        bool taken = false;
        for (const auto& u : used) taken = taken || (u.r == c.r && u.g == c.g && u.b == c.b);
        if (!taken) return c;
    }
    return {128, 128, 128};
}

}  // namespace

ClassEditorDialog::ClassEditorDialog(const core::ClassMap& classes, QWidget* parent)
    : QDialog(parent), m_oldCount(classes.size()) {
    setWindowTitle(tr("Edit Classes"));
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("classTable"));
    m_table->setHorizontalHeaderLabels({tr("Colour"), tr("Name")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    for (int i = 0; i < classes.size(); ++i) addRow(classes.at(i), i);

    auto* add = new QPushButton(tr("&Add"), this);
    auto* remove = new QPushButton(tr("&Remove"), this);
    auto* up = new QPushButton(tr("Move &Up"), this);
    auto* down = new QPushButton(tr("Move &Down"), this);
    auto* side = new QVBoxLayout;
    for (QPushButton* b : {add, remove, up, down}) side->addWidget(b);
    side->addStretch(1);
    auto* row = new QHBoxLayout;
    row->addWidget(m_table, 1);
    row->addLayout(side);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(460, 420);

    connect(add, &QPushButton::clicked, this, &ClassEditorDialog::addClass);
    connect(remove, &QPushButton::clicked, this, &ClassEditorDialog::removeCurrent);
    connect(up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int r, int column) {
        if (column == 0) chooseColour(r);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &ClassEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateSummary();
}

void ClassEditorDialog::addRow(const core::ClassInfo& info, int sourceIndex) {
    const int r = m_table->rowCount();
    m_table->insertRow(r);
    auto* swatch = new QTableWidgetItem;
    swatch->setBackground(toColor(info.color));
    swatch->setData(kSourceRole, sourceIndex);
    swatch->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    swatch->setToolTip(tr("Double-click to change the colour"));
    m_table->setItem(r, 0, swatch);
    m_table->setItem(r, 1, new QTableWidgetItem(toQString(info.name)));
}

void ClassEditorDialog::addClass() {
    std::vector<core::Rgb> used;
    for (const auto& c : edit().classes) used.push_back(c.color);  // avoid colours in use
    addRow({tr("class %1").arg(m_table->rowCount()).toStdString(), unusedColour(used)}, -1);
    m_table->setCurrentCell(m_table->rowCount() - 1, 1);
    m_table->editItem(m_table->item(m_table->rowCount() - 1, 1));
    updateSummary();
}

void ClassEditorDialog::removeCurrent() {
    const int r = m_table->currentRow();
    if (r < 0 || m_table->rowCount() <= 1) return;
    m_table->removeRow(r);
    updateSummary();
}

void ClassEditorDialog::moveCurrent(int step) {
    const int r = m_table->currentRow(), to = r + step;
    if (r < 0 || to < 0 || to >= m_table->rowCount()) return;
    for (int column = 0; column < 2; ++column) {
        QTableWidgetItem* a = m_table->takeItem(r, column);
        QTableWidgetItem* b = m_table->takeItem(to, column);
        m_table->setItem(r, column, b);
        m_table->setItem(to, column, a);
    }
    m_table->setCurrentCell(to, m_table->currentColumn());
    updateSummary();
}

void ClassEditorDialog::chooseColour(int row) {
    QTableWidgetItem* swatch = m_table->item(row, 0);
    const QColor chosen = QColorDialog::getColor(
        swatch->background().color(), this, tr("Colour of %1").arg(m_table->item(row, 1)->text()));
    if (chosen.isValid()) swatch->setBackground(chosen);
}

core::ClassEdit ClassEditorDialog::edit() const {
    core::ClassEdit e;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QColor c = m_table->item(r, 0)->background().color();
        e.classes.push_back({m_table->item(r, 1)->text().trimmed().toStdString(),
                             {uint8_t(c.red()), uint8_t(c.green()), uint8_t(c.blue())}});
        e.sourceIndex.push_back(m_table->item(r, 0)->data(kSourceRole).toInt());
    }
    return e;
}

void ClassEditorDialog::updateSummary() {
    std::set<int> kept;
    for (int s : edit().sourceIndex) kept.insert(s);
    int removed = 0;
    for (int i = 0; i < m_oldCount; ++i) removed += kept.count(i) ? 0 : 1;
    m_summary->setText(
        removed == 0 ? tr("Every mask keeps its meaning: masks are rewritten only if classes move.")
                     : tr("%n removed class(es): their pixels become unlabelled in every mask.",
                          nullptr, removed));
}

void ClassEditorDialog::accept() {
    const core::ClassEdit e = edit();
    try {
        core::ClassMap check(e.classes, core::ClassMap::kDefaultIgnoreIndex);
    } catch (const core::Error& error) {
        // Non-blocking: the dialog stays open for the user to fix the name.
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Edit Classes"),
                                    ErrorText::describe(error), QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    QDialog::accept();
}

}  // namespace seg::ui
