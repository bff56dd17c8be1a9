#pragma once
// Combo boxes that do not widen the window to their longest item: translated items run
// long (French, German), and a dock's width is the widest of its boxes. The box keeps room
// for `characters` characters; a longer current item is elided, the list shows it whole.

class QComboBox;
class QWidget;

namespace seg::ui {

void makeNarrow(QComboBox* box, int characters = 10);
// Every combo box under `parent`. Before the boxes' sizes are first computed: QComboBox
// keeps its minimum size once computed.
void makeCombosNarrow(QWidget* parent, int characters = 10);

}  // namespace seg::ui
