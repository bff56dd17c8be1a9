#pragma once
// Kill tests: run some work in a forked child and SIGKILL it at a random moment, the way a
// power button, the OOM killer or `kill -9` would. Test thread only.
//
// The child is forked from the test process, so the parent must not have started threads
// the work needs (LibTorch's or OpenMP's pools do not survive a fork): the parent only forks,
// kills and checks files; anything needing LibTorch happens in children.

#include <chrono>
#include <cstdint>
#include <functional>
#include <random>
#include <string>
#include <vector>

namespace seg::test {

// What the child tells the parent through a pipe.
class ChildChannel {
public:
    explicit ChildChannel(int fd) : m_fd(fd) {}
    // Setup is done: the parent's kill clock starts now.
    void ready();
    // A step the parent may rely on is complete (e.g. a stroke committed).
    void report(int32_t value);

private:
    void send(int32_t value);
    int m_fd;
};

struct KillOutcome {
    std::vector<int32_t> reports;  // in the order the child sent them
    bool killed = false;           // false: the child ended before the kill
    int exitCode = 0;              // when not killed; 0 is success
    std::string childError;        // what the child's work threw, if it did
};

// Forks; the child runs `work(channel)` and exits (3 if it threw). The parent waits until
// the child is ready, then kills it after a delay drawn uniformly from [0, maxDelay).
KillOutcome runAndKill(const std::function<void(ChildChannel&)>& work,
                       std::chrono::microseconds maxDelay, std::mt19937& random);

// Runs `work` in a forked child to completion (no kill): for steps that need LibTorch.
// Returns the child's exit code; `error` gets what it threw.
int runInChild(const std::function<void()>& work, std::string* error = nullptr);

// Rounds per scenario: SEG_KILL_ROUNDS, else `fallback`.
int killRounds(int fallback);
// The random seed: SEG_KILL_SEED, else a fixed one (a failure can then be replayed).
uint32_t killSeed();

}  // namespace seg::test
