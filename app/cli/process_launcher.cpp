#include "app/cli/process_launcher.h"

#include <atomic>
#include <csignal>
#include <memory>
#include <vector>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>

#include "app/cli/cli_support.h"
#include "core/train/distributed_setup.h"

namespace seg::cli {

namespace {

// The copies' process ids, for the signal handler below (it can reach nothing else); -1
// once a copy has ended, so that no signal reaches a process that took its id.
std::atomic<pid_t> g_children[kMaxLocalProcesses];
std::atomic<int> g_childCount{0};
// What the signals asked for so far, for the copies started after them.
std::atomic<bool> g_stopToPassOn{false};
std::atomic<bool> g_pauseToPassOn{false};

// SIGTERM (the window's Stop, scancel, a container's shutdown) and the pause signals reach
// this process alone: pass them on, so that the copies stop or pause together.
extern "C" void forwardSignal(int signal) {
    if (signal == SIGTERM) g_stopToPassOn.store(true);
    if (signal == SIGUSR1 || signal == SIGUSR2) g_pauseToPassOn.store(signal == SIGUSR1);
    const int count = g_childCount.load();
    for (int i = 0; i < count; ++i)
        if (const pid_t pid = g_children[i].load(); pid > 0) ::kill(pid, signal);
}

// A copy just started hears what was asked before it was there.
void tellWhatWasAsked(pid_t pid) {
    if (g_pauseToPassOn.load()) ::kill(pid, SIGUSR1);
    if (g_stopToPassOn.load()) ::kill(pid, SIGTERM);
}

void restoreSignals() {
    g_childCount.store(0);
    for (int signal : {SIGINT, SIGTERM}) std::signal(signal, SIG_DFL);
    for (int signal : {SIGUSR1, SIGUSR2}) std::signal(signal, SIG_IGN);
}

class ProcessLauncher {
    Q_DECLARE_TR_FUNCTIONS(ProcessLauncher)

public:
    static int run(int count, const QStringList& arguments, bool startPaused);
};

int ProcessLauncher::run(int count, const QStringList& arguments, bool startPaused) {
    if (count < 1 || count > kMaxLocalProcesses) return kUsage;  // the caller checks --nproc
    core::DistributedSetup setup;
    setup.worldSize = count;
    setup.localWorldSize = count;  // all here: with "all cores", each takes a share
    setup.masterPort = freeLoopbackPort();
    if (setup.masterPort == 0) {
        err() << tr("No free port on the loopback interface for the processes to meet on") << '\n';
        return kFailure;
    }
    // Ctrl-C goes to every process of the terminal's group: the copies stop together and
    // this one waits for them to save.
    g_pauseToPassOn.store(startPaused);
    std::signal(SIGINT, SIG_IGN);
    for (int signal : {SIGTERM, SIGUSR1, SIGUSR2}) std::signal(signal, forwardSignal);
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int rank = 0; rank < count; ++rank) {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const auto& [name, value] : core::distributedEnvironment(setup, rank))
            environment.insert(QString::fromStdString(name), QString::fromStdString(value));
        process->setProcessEnvironment(environment);
        process->setProcessChannelMode(QProcess::ForwardedChannels);
        process->start(QCoreApplication::applicationFilePath(),
                       QStringList{QStringLiteral("train")} + arguments);
        if (!process->waitForStarted(30000)) {
            err() << tr("Could not start training process %1: %2")
                         .arg(rank)
                         .arg(process->errorString())
                  << '\n';
            for (auto& started : processes) started->kill();
            restoreSignals();
            return kFailure;
        }
        const auto pid = static_cast<pid_t>(process->processId());
        g_children[rank].store(pid);
        g_childCount.store(rank + 1);
        tellWhatWasAsked(pid);
        processes.push_back(std::move(process));
    }
    int worst = kSuccess;
    for (size_t i = 0; i < processes.size(); ++i) {
        auto& process = processes[i];
        process->waitForFinished(-1);
        g_children[i].store(-1);
        const int code =
            process->exitStatus() == QProcess::NormalExit ? process->exitCode() : int(kFailure);
        worst = std::max(worst, code);
    }
    restoreSignals();
    return worst;
}

}  // namespace

int launchLocalProcesses(int count, const QStringList& arguments, bool startPaused) {
    return ProcessLauncher::run(count, arguments, startPaused);
}

int freeLoopbackPort() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;  // the kernel picks
    socklen_t length = sizeof address;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

}  // namespace seg::cli
