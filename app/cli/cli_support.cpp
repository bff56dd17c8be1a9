#include "app/cli/cli_support.h"

#include <algorithm>
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

CommandParser::CommandParser(const QString& command, const QString& description)
    : m_command(command) {
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
}

std::optional<int> CommandParser::parse(const QStringList& args) {
    if (!m_parser.parse(args)) return usageError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        out() << m_parser.helpText().replace(
            QCoreApplication::applicationName() + QLatin1Char(' ') + QLatin1Char('['),
            QCoreApplication::applicationName() + QLatin1Char(' ') + m_command +
                QLatin1String(" ["));
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
                       .arg(name)
                       .arg(min)
                       .arg(max)
                       .arg(m_parser.value(name)));
        return std::nullopt;
    }
    return value;
}

std::optional<double> CommandParser::realOption(const QString& name, double min, double max) {
    bool ok = false;
    const double value = m_parser.value(name).toDouble(&ok);
    if (!ok || value < min || value > max) {
        usageError(tr("--%1 must be a number from %2 to %3 (got '%4')")
                       .arg(name)
                       .arg(min)
                       .arg(max)
                       .arg(m_parser.value(name)));
        return std::nullopt;
    }
    return value;
}

int CommandParser::usageError(const QString& message) {
    err() << QCoreApplication::applicationName() << ' ' << m_command << ": " << message << '\n'
          << tr("Run '%1 %2 --help' for usage.").arg(QCoreApplication::applicationName(), m_command)
          << '\n';
    err().flush();
    return kUsage;
}

int reportError(const core::Error& error) {
    err() << QCoreApplication::applicationName() << ": " << ui::ErrorText::describe(error) << '\n';
    err().flush();
    return kFailure;
}

int displayWidth(const QString& text) {
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
                          (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
                          (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                          (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

QString padRight(const QString& text, int columns) {
    return text + QString(std::max(0, columns - displayWidth(text)), QLatin1Char(' '));
}

QString padLeft(const QString& text, int columns) {
    return QString(std::max(0, columns - displayWidth(text)), QLatin1Char(' ')) + text;
}

std::optional<std::vector<core::Split>> splitsFromName(const QString& name) {
    if (name == QLatin1String("val")) return std::vector{core::Split::Val};
    if (name == QLatin1String("train")) return std::vector{core::Split::Train};
    if (name == QLatin1String("test")) return std::vector{core::Split::Test};
    if (name == QLatin1String("all"))
        return std::vector{core::Split::Train, core::Split::Val, core::Split::Test};
    return std::nullopt;
}

std::filesystem::path toPath(const QString& argument) {
    // Cleaned here, so "init ." or "--data shapes/./" never show up as "/./" in messages.
    return core::cleanPath(core::pathFromUtf8(argument.toStdString()));
}

}  // namespace seg::cli
