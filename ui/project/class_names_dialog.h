#pragma once
// Asks for the classes of a new image-folder project: one name per line (background
// first), typed or loaded from a labels.txt; a labels.txt in the folder fills it in.
// GUI thread.

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace seg::ui {

class ClassNamesDialog : public QDialog {
    Q_OBJECT

public:
    ClassNamesDialog(const QString& imagesFolder, QWidget* parent = nullptr);

    // The names, trimmed, blank lines dropped.
    QStringList names() const;
    QPlainTextEdit* editor() const { return m_editor; }
    // Replaces the names with those of a labels.txt; false (with a message shown) when the
    // file cannot be used.
    bool loadLabelsFile(const QString& file);

private:
    void validate();

    QPlainTextEdit* m_editor;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

}  // namespace seg::ui
