#pragma once
// Data-parallel training over PyTorch's own distributed engine, c10d: a TCPStore that rank 0
// serves for the rendezvous, a ProcessGroupGloo (CPU) or ProcessGroupNCCL (CUDA, when this
// LibTorch has it), and c10d's Reducer, which averages gradients bucket by bucket while
// backward still runs. Each process normalises by its own batch (BatchNorm per process, as
// DDP does without SyncBatchNorm: a collective in every BatchNorm layer of every forward
// costs more than it gives at several images per process); the running statistics are
// averaged before every evaluation and checkpoint, so every process evaluates and rank 0
// saves the same model. Training thread; includes LibTorch, so core only.

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <torch/nn/module.h>

#include "core/train/distributed_setup.h"
#include "core/train/evaluation.h"

namespace seg::core {

// What the processes decide together each iteration: each flag is set when it is set in any
// process, so one process stopping, pausing or failing never leaves the others waiting.
struct CollectiveDecision {
    bool stop = false;
    bool pause = false;
    bool outOfBatches = false;  // a process's share of the epoch is used up: the epoch ends
    bool lossNotFinite = false;
};

class DataParallel {
public:
    // Meets the other processes and gives every one rank 0's parameters and buffers. Throws
    // Error naming the address when they do not all come within the timeout, or for a
    // backend this LibTorch lacks.
    DataParallel(const DistributedSetup& setup, torch::nn::Module& model);
    ~DataParallel();
    DataParallel(const DataParallel&) = delete;
    DataParallel& operator=(const DataParallel&) = delete;

    const DistributedSetup& setup() const;
    // loss.backward(), with the gradients averaged over the processes, bucket by bucket as
    // backward produces them, by the time it returns.
    void backward(const torch::Tensor& loss);
    CollectiveDecision agree(const CollectiveDecision& local);
    // agree(), and while any process pauses, again every 50 ms until none does or one stops
    // (every process keeps asking, so none waits in a collective past its timeout);
    // `pausing(true)` before the wait, `pausing(false)` after.
    CollectiveDecision agreeOnNextStep(const std::function<CollectiveDecision()>& local,
                                       const std::function<void(bool)>& pausing);
    // This process's share of the validation images: every worldSize-th, none twice.
    std::vector<size_t> validationShare(const std::vector<size_t>& validation) const;
    // Every process's evaluation of its share added up: the confusion counts summed, the
    // loss a mean weighted by the images each scored. The same result in every process.
    void combine(EvaluationResult& result);
    // Element-wise sums over the processes, in place. A process that ended or stopped
    // answering makes every collective here throw Error saying so.
    void sum(std::vector<uint64_t>& counts);
    void sum(std::vector<double>& values);
    // Floating-point buffers (BatchNorm's running statistics) set to their mean over the
    // processes.
    void averageBuffers(torch::nn::Module& model);

private:
    struct State;
    std::unique_ptr<State> m;
};

// A SHA-256 of every parameter and buffer's bytes, in order: equal on every process of a
// data-parallel run that kept them in step.
std::string modelWeightsDigest(torch::nn::Module& model);

}  // namespace seg::core
