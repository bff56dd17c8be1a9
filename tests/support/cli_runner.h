#pragma once
// Runs segstudio-cli (its path comes from CTest through SEG_CLI_PATH) and keeps what it
// said, for the CLI tests.

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace seg::test {

struct CliRun {
    int exitCode = -1;  // -1: it crashed or did not finish within two minutes
    QString out;
    QString err;
};

// Set by CTest (tests/CMakeLists.txt).
inline QString fromEnvironment(const char* name) {
    return qEnvironmentVariable(name);
}

inline CliRun runProgram(const QString& program, const QStringList& args,
                         const QString& workingDir = {}) {
    QProcess process;
    if (!workingDir.isEmpty()) process.setWorkingDirectory(workingDir);
    process.start(program, args);
    if (!process.waitForFinished(120000)) return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

inline CliRun cli(const QStringList& args, const QString& workingDir = {}) {
    return runProgram(fromEnvironment("SEG_CLI_PATH"), args, workingDir);
}

// Writes the CLI tests' dataset (24 synthetic-shapes images of 64x64, seed 5) to `folder`
// with `synth`; the run, for a check of its exit code.
inline CliRun synthesizeTestData(const QString& folder) {
    return cli({QStringLiteral("synth"), QStringLiteral("--out"), folder, QStringLiteral("--count"),
                QStringLiteral("24"), QStringLiteral("--size"), QStringLiteral("64"),
                QStringLiteral("--seed"), QStringLiteral("5")});
}

inline QJsonObject json(const QString& text) {
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

}  // namespace seg::test
