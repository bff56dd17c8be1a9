#pragma once
// What every segstudio-cli command shares: exit codes, UTF-8 console streams, parsing
// with usage errors mapped to exit code 2, and core errors printed in the user's language.

#include <filesystem>
#include <optional>
#include <vector>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include "core/data/dataset.h"

namespace seg::core {
class Error;
}

namespace seg::cli {

enum ExitCode : int { kSuccess = 0, kFailure = 1, kUsage = 2 };

QTextStream& out();
QTextStream& err();

class CommandParser {
    Q_DECLARE_TR_FUNCTIONS(CommandParser)

public:
    CommandParser(const QString& command, const QString& description);

    QCommandLineParser& parser() { return m_parser; }
    // Parses `args` (args[0] is the command name). Returns an exit code when the command
    // must stop here: 0 after --help, 2 after a usage error (reported on stderr).
    std::optional<int> parse(const QStringList& args);

    // Reads an integer option in [min, max]; reports a usage error and returns nullopt
    // when it is not one.
    std::optional<qint64> intOption(const QString& name, qint64 min, qint64 max);
    std::optional<double> realOption(const QString& name, double min, double max);
    // Prints "<error>\n<usage>" to stderr and returns kUsage.
    int usageError(const QString& message);

private:
    QString m_command;
    QCommandLineParser m_parser;
};

// Prints a core error (translated summary, file, detail) to stderr; returns kFailure.
int reportError(const core::Error& error);

// Terminal columns `text` takes: East Asian wide characters (Chinese) count as two.
int displayWidth(const QString& text);
// `text` padded with spaces to `columns` terminal columns, on the right or on the left, so
// that tables line up with Chinese headers and class names too.
QString padRight(const QString& text, int columns);
QString padLeft(const QString& text, int columns);

// The splits a --split value names: val, train, test, or all three; nullopt for others.
std::optional<std::vector<core::Split>> splitsFromName(const QString& name);

// Path from a command-line argument (UTF-8 safe), without "." components (core::cleanPath).
std::filesystem::path toPath(const QString& argument);

}  // namespace seg::cli
