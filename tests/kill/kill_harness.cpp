#include "kill_harness.h"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <stdexcept>

#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

namespace seg::test {

namespace {

constexpr int32_t kReady = INT32_MIN;
constexpr int32_t kErrorFollows = INT32_MIN + 1;
using Clock = std::chrono::steady_clock;

enum class Until { Ready, Deadline, EndOfFile };

// Moves whole messages from `pending` into `out`; with `stopAtReady`, stops after the ready
// message and returns true (what follows stays pending).
bool consume(std::string& pending, KillOutcome& out, bool stopAtReady) {
    size_t used = 0;
    bool becameReady = false;
    while (!(becameReady && stopAtReady) && pending.size() - used >= sizeof(int32_t)) {
        int32_t value;
        std::memcpy(&value, pending.data() + used, sizeof value);
        used += sizeof value;
        if (value == kReady) {
            becameReady = true;
        } else if (value == kErrorFollows) {
            out.childError = pending.substr(used);
            used = pending.size();
        } else if (out.childError.empty()) {
            out.reports.push_back(value);
        }
    }
    pending.erase(0, used);
    return becameReady;
}

// Reads the child's int32 messages into `out` until it said it is ready, until `deadline`
// or until it closed the pipe (exited or died). Returns false once the pipe is closed.
// Bytes read but not yet consumed stay in `pending` for the next call.
bool drain(int fd, Until until, Clock::time_point deadline, std::string& pending,
           KillOutcome& out) {
    if (until != Until::Ready) consume(pending, out, false);
    for (;;) {
        int timeoutMs = -1;
        if (until == Until::Deadline) {
            const auto now = Clock::now();
            if (now >= deadline) return true;
            timeoutMs = int(std::chrono::ceil<std::chrono::milliseconds>(deadline - now).count());
        }
        pollfd p{fd, POLLIN, 0};
        const int n = ::poll(&p, 1, timeoutMs);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) throw std::runtime_error("poll failed");
        if (n == 0) return true;
        char buffer[4096];
        const ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) {
            if (until != Until::Ready) consume(pending, out, false);
            return false;
        }
        pending.append(buffer, size_t(got));
        if (consume(pending, out, until == Until::Ready)) return true;
    }
}

[[noreturn]] void runChildWork(const std::function<void(ChildChannel&)>& work, int fd) {
    ChildChannel channel(fd);
    int code = 0;
    std::string error;
    try {
        work(channel);
    } catch (const std::exception& e) {
        error = e.what();
        code = 3;
    } catch (...) {
        error = "unknown exception";
        code = 3;
    }
    if (code != 0) {
        const int32_t marker = kErrorFollows;
        [[maybe_unused]] auto a = ::write(fd, &marker, sizeof marker);
        [[maybe_unused]] auto b = ::write(fd, error.data(), error.size());
    }
    ::_exit(code);  // no destructors or atexit handlers of the parent's objects
}

}  // namespace

void ChildChannel::send(int32_t value) {
    const char* p = reinterpret_cast<const char*>(&value);
    size_t left = sizeof value;
    while (left > 0) {
        const ssize_t n = ::write(m_fd, p, left);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) ::_exit(4);  // the parent is gone
        p += n;
        left -= size_t(n);
    }
}

void ChildChannel::ready() { send(kReady); }
void ChildChannel::report(int32_t value) {
    if (value == kReady || value == kErrorFollows) throw std::invalid_argument("reserved value");
    send(value);
}

KillOutcome runAndKill(const std::function<void(ChildChannel&)>& work,
                       std::chrono::microseconds maxDelay, std::mt19937& random) {
    int fds[2];
    if (::pipe(fds) != 0) throw std::runtime_error("pipe failed");
    const pid_t child = ::fork();
    if (child < 0) throw std::runtime_error("fork failed");
    if (child == 0) {
        ::close(fds[0]);
        runChildWork(work, fds[1]);
    }
    ::close(fds[1]);
    KillOutcome out;
    std::string pending;
    if (drain(fds[0], Until::Ready, {}, pending, out)) {
        std::uniform_int_distribution<int64_t> delay(0, std::max<int64_t>(0, maxDelay.count() - 1));
        // Keeps reading meanwhile: a child blocked on a full pipe is not what is tested.
        drain(fds[0], Until::Deadline, Clock::now() + std::chrono::microseconds(delay(random)),
              pending, out);
    }
    out.killed = ::kill(child, SIGKILL) == 0;
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    // Whatever the child wrote before it died still counts.
    drain(fds[0], Until::EndOfFile, {}, pending, out);
    ::close(fds[0]);
    if (WIFEXITED(status)) {
        out.killed = false;
        out.exitCode = WEXITSTATUS(status);
    } else {
        out.killed = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
    }
    return out;
}

int runInChild(const std::function<void()>& work, std::string* error) {
    std::mt19937 unused;
    const KillOutcome outcome = runAndKill(
        [&](ChildChannel& channel) {
            work();
            channel.ready();
            ::_exit(0);
        },
        std::chrono::hours(24), unused);
    if (error) *error = outcome.childError;
    return outcome.killed ? -1 : outcome.exitCode;
}

int killRounds(int fallback) {
    const char* value = std::getenv("SEG_KILL_ROUNDS");
    return value && std::atoi(value) > 0 ? std::atoi(value) : fallback;
}

uint32_t killSeed() {
    const char* value = std::getenv("SEG_KILL_SEED");
    return value ? uint32_t(std::strtoul(value, nullptr, 10)) : 20261205u;
}

}  // namespace seg::test
