#pragma once
// The classes to paint with: colour, name, hotkey (1 to 9) and how many pixels of each the
// current mask holds. Picking a row picks the class. GUI thread.

#include <vector>

#include <QWidget>

#include "core/data/class_map.h"

class QListWidget;
class QLabel;

namespace seg::ui {

class ClassPalette : public QWidget {
    Q_OBJECT

public:
    explicit ClassPalette(QWidget* parent = nullptr);

    void setClasses(const core::ClassMap& classes);
    // Pixels per class in the current mask, and the unlabelled ones.
    void setCounts(const std::vector<uint64_t>& perClass, uint64_t unlabelled);
    void setCurrentClass(int index);
    int currentClass() const;
    const std::vector<uint64_t>& counts() const { return m_counts; }
    QListWidget* list() const { return m_list; }

Q_SIGNALS:
    void classChosen(int index);

private:
    void refreshTexts();

    QListWidget* m_list;
    QLabel* m_unlabelled;
    core::ClassMap m_classes;
    std::vector<uint64_t> m_counts;
};

}  // namespace seg::ui
