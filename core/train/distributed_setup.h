#pragma once
// Where a process stands in data-parallel training: its rank among the processes, and how
// they meet (torchrun's convention: RANK, WORLD_SIZE, LOCAL_RANK, LOCAL_WORLD_SIZE,
// MASTER_ADDR, MASTER_PORT),
// so that torchrun, Slurm's srun or a Kubernetes job can start SegStudio as they start
// PyTorch. Torch-free: the CLI and the window read it.

#include <map>
#include <optional>
#include <string>

namespace seg::core {

struct DistributedSetup {
    int rank = 0;
    int worldSize = 1;
    int localRank = 0;  // on this machine: picks the CUDA device
    // Processes on this machine (torchrun's LOCAL_WORLD_SIZE): with "all cores", each
    // takes its share of them. 1 when unset (a launcher that starts one a machine).
    int localWorldSize = 1;
    std::string masterAddress = "127.0.0.1";
    int masterPort = 29500;
    std::string backend = "gloo";  // gloo (CPU) or nccl (CUDA)
    // How long a collective waits for the others before failing: a process that died makes
    // the rest stop with a message within this.
    int timeoutSeconds = 120;

    bool isMain() const { return rank == 0; }
};

// The setup the environment describes (`environment`: variable name to value, e.g. from
// the process's), or none when WORLD_SIZE is unset. Throws Error(InvalidArgument) naming
// the variable that is missing or out of range.
std::optional<DistributedSetup> distributedSetupFrom(
    const std::map<std::string, std::string>& environment);
std::optional<DistributedSetup> distributedSetupFromEnvironment();

// The environment that makes a process rank `rank` of `setup` (the variables above).
std::map<std::string, std::string> distributedEnvironment(const DistributedSetup& setup, int rank);

}  // namespace seg::core
