#include "ui/widgets/narrow_combo.h"

#include <QComboBox>

namespace seg::ui {

void makeNarrow(QComboBox* box, int characters) {
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(characters);
}

void makeCombosNarrow(QWidget* parent, int characters) {
    for (QComboBox* box : parent->findChildren<QComboBox*>()) makeNarrow(box, characters);
}

}  // namespace seg::ui
