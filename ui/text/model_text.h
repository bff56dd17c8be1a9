#pragma once
// The architecture table's texts (core/models/architecture_table.h) in the user's language,
// for the CLI's help and the window's model form. Any thread with a QCoreApplication.

#include <string>

#include <QString>

namespace seg::core {
struct ModelOption;
}

namespace seg::ui {

// A label or help text of the table, translated.
QString modelText(const char* english);

// "U-Net" for "unet"; the name itself for an architecture the table lacks (an old file).
QString architectureLabel(const std::string& name);

// What an option accepts: "4 to 128", "8 to 128, a multiple of 8", "16 or 8",
// "resnet18, resnet34 or resnet50", "on or off".
QString optionRangeText(const core::ModelOption& option);

// The option's default as typed on a command line: "16", "resnet18", "off".
QString optionDefaultText(const core::ModelOption& option);

// What the model zoo measured for `architecture` (core/models/model_zoo.h), in one
// sentence: size, speed and, once measured, the mIoU within its training budget; says so
// when it was not measured.
QString zooFiguresText(const std::string& architecture);
// The same in a line: "0.48 M parameters · 2.3 GMACs · 31 img/s · 291 ms · mIoU 0.612".
QString zooFiguresLine(const std::string& architecture);
// "mIoU 0.612" once the zoo measured it, else empty.
QString zooScoreText(const std::string& architecture);

}  // namespace seg::ui
