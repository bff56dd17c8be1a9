#include "ui/training/process_training.h"

#include <csignal>

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QTemporaryFile>

#include <nlohmann/json.hpp>

#include "core/common/paths.h"
#include "ui/text/error_text.h"

namespace seg::ui {

namespace {
QString g_program;
constexpr int kKeptLines = 8;
}  // namespace

ProcessTraining::ProcessTraining(QObject* parent) : QObject(parent) {}

ProcessTraining::~ProcessTraining() {
    if (!isRunning()) return;
    stop();
    wait(-1);
}

void ProcessTraining::setProgram(const QString& path) {
    g_program = path;
}

QString ProcessTraining::program() {
    return g_program.isEmpty() ? QDir(QCoreApplication::applicationDirPath())
                                     .filePath(QStringLiteral("segstudio-cli"))
                               : g_program;
}

bool ProcessTraining::start(const Launch& launch, QString* problem) {
    if (isRunning()) return false;
    delete m_config;
    m_config = new QTemporaryFile(
        QDir::temp().filePath(QStringLiteral("segstudio-run-XXXXXX.json")), this);
    const QByteArray json =
        QByteArray::fromStdString(core::trainConfigToJson(launch.config).dump(2));
    if (!m_config->open() || m_config->write(json) != json.size() || !m_config->flush()) {
        *problem = tr("Cannot write the run's settings to %1: %2")
                       .arg(m_config->fileName(), m_config->errorString());
        return false;
    }
    QStringList arguments{
        QStringLiteral("train"), QStringLiteral("--data"),  toQPath(launch.data),
        QStringLiteral("--out"), toQPath(launch.runDir),    QStringLiteral("--config"),
        m_config->fileName(),    QStringLiteral("--nproc"), QString::number(launch.processes)};
    if (launch.resumeFrom) arguments << QStringLiteral("--resume") << toQPath(*launch.resumeFrom);
    delete m_process;
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_lastLines.clear();
    m_stopAsked = false;
    connect(m_process, &QProcess::readyRead, this, [this] { keepLines(false); });
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        onFinished(code, status == QProcess::CrashExit);
    });
    m_process->start(program(), arguments);
    if (!m_process->waitForStarted(30000)) {
        *problem = tr("Cannot start %1: %2").arg(program(), m_process->errorString());
        return false;
    }
    return true;
}

bool ProcessTraining::isRunning() const {
    return m_process && m_process->state() != QProcess::NotRunning;
}

void ProcessTraining::setPaused(bool paused) {
    if (isRunning()) ::kill(static_cast<pid_t>(m_process->processId()), paused ? SIGUSR1 : SIGUSR2);
}

void ProcessTraining::stop() {
    if (!isRunning() || m_stopAsked) return;
    m_stopAsked = true;
    m_process->terminate();  // SIGTERM: every process stops after its iteration and saves
}

bool ProcessTraining::wait(int milliseconds) {
    return !isRunning() || m_process->waitForFinished(milliseconds);
}

void ProcessTraining::keepLines(bool all) {
    while (m_process->canReadLine() || (all && m_process->bytesAvailable() > 0)) {
        // Progress lines on a terminal end in \r; here each one ends a line of its own.
        const QString line =
            QString::fromUtf8(m_process->readLine()).section(QLatin1Char('\r'), -1).trimmed();
        if (line.isEmpty()) continue;
        m_lastLines.append(line);
        if (m_lastLines.size() > kKeptLines) m_lastLines.removeFirst();
    }
}

void ProcessTraining::onFinished(int exitCode, bool crashed) {
    keepLines(true);
    const bool finished = !crashed && exitCode == 0;
    const bool stopped = !finished && m_stopAsked && !crashed;
    QString problem;
    if (!finished && !stopped) {
        // What the processes said last says why: the CLI ends with its summary.
        problem = m_lastLines.isEmpty()
                      ? tr("the training processes ended with exit code %1").arg(exitCode)
                      : m_lastLines.join(QLatin1Char('\n'));
    }
    Q_EMIT ended(finished, stopped, problem);
}

}  // namespace seg::ui
