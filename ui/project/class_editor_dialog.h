#pragma once
// Edits a project's classes: names, colours, add, remove and reorder. Produces a
// core::ClassEdit; applying it (and remapping the masks) is the caller's job. GUI thread.

#include <QDialog>

#include "core/data/class_map.h"
#include "core/project/class_edit.h"

class QLabel;
class QTableWidget;

namespace seg::ui {

class ClassEditorDialog : public QDialog {
    Q_OBJECT

public:
    ClassEditorDialog(const core::ClassMap& classes, QWidget* parent = nullptr);

    core::ClassEdit edit() const;
    QTableWidget* table() const { return m_table; }

    void addClass();
    void removeCurrent();
    void moveCurrent(int step);

public Q_SLOTS:
    void accept() override;

private:
    void addRow(const core::ClassInfo& info, int sourceIndex);
    void chooseColour(int row);
    void updateSummary();

    QTableWidget* m_table;
    QLabel* m_summary;
    int m_oldCount;
};

}  // namespace seg::ui
