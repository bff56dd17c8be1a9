#pragma once
// Asks which folders of a change-detection dataset hold the before images, the after images
// and the change labels, for a folder File > New Project does not recognise (LEVIR-CD names
// them A/, B/ and label/; other datasets use their own names). GUI thread.

#include <QDialog>
#include <QStringList>

#include "core/data/dataset.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace seg::ui {

class ChangeFoldersDialog : public QDialog {
    Q_OBJECT

public:
    ChangeFoldersDialog(const QString& datasetFolder, QWidget* parent = nullptr);

    // The subfolders a change dataset in `datasetFolder` could use: those of the folder
    // itself and of its train/, val/ and test/ folders, sorted.
    static QStringList candidateFolders(const QString& datasetFolder);

    core::ChangeFolders folders() const;
    QComboBox* beforeBox() const { return m_before; }
    QComboBox* afterBox() const { return m_after; }
    QComboBox* labelBox() const { return m_label; }

private:
    void guessFolders(const QStringList& candidates);
    void validate();

    QComboBox* m_before;
    QComboBox* m_after;
    QComboBox* m_label;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

}  // namespace seg::ui
