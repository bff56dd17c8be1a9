#pragma once
// Marks an English string in core that a user sees (a model's name, an option's label) for
// translation without core depending on Qt: lupdate is told to read SEG_TRANSLATE_NOOP as
// QT_TRANSLATE_NOOP (ui/CMakeLists.txt), and ui shows the text through
// QCoreApplication::translate(context, text).

#define SEG_TRANSLATE_NOOP(context, text) text
