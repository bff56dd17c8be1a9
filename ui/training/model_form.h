#pragma once
// The model part of the training settings: an architecture picker and one row per option
// of the architecture table, each row shown only for the architectures that take it, with
// the table's ranges, defaults and help. Edits the architecture and options of a
// core::ModelSpec. GUI thread.

#include <string>
#include <vector>

#include <QWidget>

#include "core/models/model_spec.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace seg::core {
struct Architecture;
struct ModelOption;
}  // namespace seg::core

namespace seg::ui {

class ModelForm : public QWidget {
    Q_OBJECT

public:
    explicit ModelForm(QWidget* parent = nullptr);

    // Architecture and options as shown; channels and classes as last set.
    core::ModelSpec spec() const;
    void setSpec(const core::ModelSpec& spec);

    QComboBox* architectureBox() const { return m_architecture; }
    // What the model zoo measured for the architecture shown (size, speed, mIoU).
    QLabel* zooFigures() const { return m_zooFigures; }
    // The field of option `key` (a spin box, combo box or check box), nullptr if none.
    QWidget* optionField(const std::string& key) const;
    bool isOptionShown(const std::string& key) const;

    // Offers the architectures that train on samples of `images` images: with single images
    // (1), the pair networks stay listed, greyed out, saying why; with change pairs (2),
    // every one (a single-image network takes the pair as 6 channels). When the
    // architecture shown is not offered, the first one offered takes its place.
    void offerArchitecturesFor(int images);

private:
    struct Row {
        std::string key;
        QLabel* label = nullptr;
        QWidget* field = nullptr;  // holds the three editors; one is visible
        QSpinBox* number = nullptr;
        QComboBox* list = nullptr;
        QCheckBox* check = nullptr;
        const core::ModelOption* option = nullptr;  // of the architecture shown; or null
    };

    void showArchitecture(const std::string& name, bool keepEditedValues);
    void configure(Row& row, const core::ModelOption* option);
    // Moves the rows of `architecture`'s options into its table order.
    void placeRowsInOrder(const core::Architecture& architecture);
    core::ModelOptionValue value(const Row& row) const;
    void setValue(Row& row, const core::ModelOptionValue& value);

    QFormLayout* m_form;
    QComboBox* m_architecture;
    QLabel* m_zooFigures;
    std::vector<Row> m_rows;
    core::ModelSpec m_spec;  // channels and classes pass through unchanged
    bool m_applying = false;
};

}  // namespace seg::ui
