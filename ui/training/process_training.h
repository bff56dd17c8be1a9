#pragma once
// A data-parallel run started from the window: `segstudio-cli train --nproc N` in a child
// process, which starts the N training processes and passes Stop (SIGTERM) and Pause
// (SIGUSR1, SIGUSR2) on to all of them. The window follows the run folder for the curves
// (RunFollower); this class only starts, pauses, stops and hears how it ended. GUI thread.

#include <filesystem>
#include <optional>

#include <QObject>
#include <QStringList>

#include "core/train/train_config.h"

class QProcess;
class QTemporaryFile;

namespace seg::ui {

class ProcessTraining : public QObject {
    Q_OBJECT

public:
    struct Launch {
        core::TrainConfig config;
        std::filesystem::path data;  // the project's folder
        std::filesystem::path runDir;
        std::optional<std::filesystem::path> resumeFrom;
        int processes = 2;
    };

    explicit ProcessTraining(QObject* parent = nullptr);
    // Stops a running run and waits for it (the processes write last.pt first).
    ~ProcessTraining() override;

    // The CLI that starts the processes: segstudio-cli next to this program unless set.
    static void setProgram(const QString& path);
    static QString program();

    // False, with `problem` saying why, when the run could not be started.
    bool start(const Launch& launch, QString* problem);
    bool isRunning() const;
    void setPaused(bool paused);
    void stop();
    bool wait(int milliseconds);

Q_SIGNALS:
    // The processes have ended: all finished, were stopped when asked, or one failed
    // (`problem` then holds the last thing they said on the error stream).
    void ended(bool finished, bool stopped, const QString& problem);

private:
    // Keeps the latest lines the processes wrote (`all`: the unfinished last one too).
    void keepLines(bool all);
    void onFinished(int exitCode, bool crashed);

    QProcess* m_process = nullptr;
    QTemporaryFile* m_config = nullptr;  // config.json handed to the CLI; kept while it runs
    QStringList m_lastLines;             // the processes' error stream, the latest lines
    bool m_stopAsked = false;
};

}  // namespace seg::ui
