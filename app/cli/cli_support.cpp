#include "app/cli/cli_support.h"

#include <cstdio>
#include <filesystem>

#include "core/common/error.h"
#include "core/common/paths.h"
#include "ui/text/error_text.h"

namespace seg::cli {

QTextStream& out() {
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err() {
    static QTextStream stream(stderr);
    return stream;
}

CommandParser::CommandParser(const QString& command, const QString& description) : m_command(command) {
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
}

std::optional<int> CommandParser::parse(const QStringList& args) {
    if (!m_parser.parse(args)) return usageError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        out() << m_parser.helpText().replace(QCoreApplication::applicationName() + QLatin1Char(' ') + QLatin1Char('['),
                                             QCoreApplication::applicationName() + QLatin1Char(' ') + m_command + QLatin1String(" ["));
        out().flush();
        return kSuccess;
    }
    return std::nullopt;
}

std::optional<qint64> CommandParser::intOption(const QString& name, qint64 min, qint64 max) {
    bool ok = false;
    const qint64 value = m_parser.value(name).toLongLong(&ok);
    if (!ok || value < min || value > max) {
        usageError(tr("--%1 must be a whole number from %2 to %3 (got '%4')")
                       .arg(name).arg(min).arg(max).arg(m_parser.value(name)));
        return std::nullopt;
    }
    return value;
}

std::optional<double> CommandParser::realOption(const QString& name, double min, double max) {
    bool ok = false;
    const double value = m_parser.value(name).toDouble(&ok);
    if (!ok || value < min || value > max) {
        usageError(tr("--%1 must be a number from %2 to %3 (got '%4')")
                       .arg(name).arg(min).arg(max).arg(m_parser.value(name)));
        return std::nullopt;
    }
    return value;
}

int CommandParser::usageError(const QString& message) {
    err() << QCoreApplication::applicationName() << ' ' << m_command << ": " << message << '\n'
          << tr("Run '%1 %2 --help' for usage.").arg(QCoreApplication::applicationName(), m_command) << '\n';
    err().flush();
    return kUsage;
}

int reportError(const core::Error& error) {
    err() << QCoreApplication::applicationName() << ": " << ui::ErrorText::describe(error) << '\n';
    err().flush();
    return kFailure;
}

std::filesystem::path toPath(const QString& argument) { return core::pathFromUtf8(argument.toStdString()); }

}  // namespace seg::cli
