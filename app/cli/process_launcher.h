#pragma once
// `segstudio-cli train --nproc N`: starts N copies of this command on this machine, each
// told its place by torchrun's variables (RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR,
// MASTER_PORT), and waits for them all. Ctrl-C reaches every copy from the terminal (one
// process group); SIGTERM, SIGUSR1 and SIGUSR2 sent to this process are passed on to every
// copy. Either way they stop (or pause) together.

#include <QStringList>

namespace seg::cli {

constexpr int kMaxLocalProcesses = 64;

// `arguments`: the command's own (after "train"), without --nproc. Returns the worst exit
// code of the copies (kFailure when one could not be started or crashed).
// `startPaused`: a pause was asked for before the copies started; they start paused.
int launchLocalProcesses(int count, const QStringList& arguments, bool startPaused = false);

// A TCP port free on the loopback interface now, for the rendezvous; 0 if none was found.
int freeLoopbackPort();

}  // namespace seg::cli
