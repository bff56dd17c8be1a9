#pragma once
// Turns core's typed errors into translated, user-facing text. GUI thread or CLI main thread.

#include <QCoreApplication>
#include <filesystem>

#include <QString>

namespace seg::core {
class Error;
enum class ErrorCode;
}  // namespace seg::core

namespace seg::ui {

class ErrorText {
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    // One short translated sentence for the kind of problem ("The file is truncated.").
    static QString summary(core::ErrorCode code);
    // "<file>: <summary> (<detail>)": the file, what is wrong in the user's language, and
    // core's precise English detail (values, positions) for reports and searches.
    static QString describe(const core::Error& error);
    // Inside a catch block: the exception being handled, whatever its type, as one
    // translated message (a bad_alloc says memory ran out; LibTorch's backtraces are cut).
    static QString describeCurrentException();
};

QString toQString(const std::string& utf8);
// A path as the user reads it (UTF-8 on every platform).
QString toQPath(const std::filesystem::path& path);

}  // namespace seg::ui
