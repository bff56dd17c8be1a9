#include "core/train/data_parallel.h"

#include <chrono>
#include <cmath>
#include <cstdlib>
#include <thread>

#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>
#include <torch/csrc/distributed/c10d/reducer.hpp>
#include <torch/torch.h>

#include "core/common/error.h"
#include "core/common/sha256.h"

namespace seg::core {

namespace {

// PyTorch's DistributedDataParallel defaults: a small first bucket, so that the first
// all-reduce starts early in backward, then 25 MB buckets.
constexpr int64_t kFirstBucketBytes = 1024 * 1024;
constexpr int64_t kBucketBytes = 25 * 1024 * 1024;

bool isLoopback(const std::string& address) {
    return address == "localhost" || address.rfind("127.", 0) == 0 || address == "::1";
}

std::shared_ptr<::gloo::transport::Device> glooDevice(const DistributedSetup& setup) {
    // As torch.distributed picks it: the interface GLOO_SOCKET_IFNAME names, else loopback
    // when all processes are on this machine, else the one this host's name resolves to.
    if (const char* interface = std::getenv("GLOO_SOCKET_IFNAME"); interface && *interface)
        return c10d::ProcessGroupGloo::createDeviceForInterface(interface);
    if (isLoopback(setup.masterAddress))
        return c10d::ProcessGroupGloo::createDeviceForHostname("127.0.0.1");
    return c10d::ProcessGroupGloo::createDefaultDevice();
}

void wait(const c10::intrusive_ptr<c10d::Work>& work) {
    work->wait();
}

}  // namespace

struct DataParallel::State {
    DistributedSetup setup;
    c10::intrusive_ptr<c10d::Store> store;
    c10::intrusive_ptr<c10d::ProcessGroup> group;
    std::unique_ptr<c10d::Reducer> reducer;
    int64_t steps = 0;

    // Runs `work`, which talks to the other processes; a failure there (a process that
    // ended, or stopped answering within the timeout) becomes an Error that says so.
    template <typename Work>
    void communicate(Work&& work) {
        try {
            work();
        } catch (const Error&) {
            throw;
        } catch (const std::exception& e) {
            const std::string what = e.what();
            throw Error(ErrorCode::InvalidContent, {},
                        "training process " + std::to_string(setup.rank) +
                            " lost the others (one ended, or did not answer within " +
                            std::to_string(setup.timeoutSeconds) +
                            " s): " + what.substr(0, what.find('\n')));
        }
    }

    void allReduce(torch::Tensor& tensor, c10d::ReduceOp op) {
        communicate([&] {
            std::vector<torch::Tensor> tensors{tensor};
            c10d::AllreduceOptions options;
            options.reduceOp = op;
            wait(group->allreduce(tensors, options));
        });
    }
};

DataParallel::DataParallel(const DistributedSetup& setup, torch::nn::Module& model)
    : m(std::make_unique<State>()) {
    m->setup = setup;
    const auto timeout = std::chrono::seconds(setup.timeoutSeconds);
    const std::string where = setup.masterAddress + ":" + std::to_string(setup.masterPort);
    try {
        c10d::TCPStoreOptions options;
        options.port = static_cast<uint16_t>(setup.masterPort);
        options.isServer = setup.isMain();
        options.numWorkers = setup.worldSize;
        options.timeout = timeout;
        m->store = c10::make_intrusive<c10d::TCPStore>(setup.masterAddress, options);
    } catch (const std::exception& e) {
        const std::string what = e.what();
        throw Error(ErrorCode::InvalidArgument, {},
                    "process " + std::to_string(setup.rank) + " of " +
                        std::to_string(setup.worldSize) + " could not meet the others at " +
                        where + ": " + what.substr(0, what.find('\n')));
    }
    if (setup.backend == "gloo") {
        auto options = c10d::ProcessGroupGloo::Options::create();
        options->timeout = timeout;
        options->devices.push_back(glooDevice(setup));
        m->group = c10::make_intrusive<c10d::ProcessGroupGloo>(m->store, setup.rank,
                                                               setup.worldSize, options);
    } else {
        throw Error(ErrorCode::InvalidArgument, {},
                    "the " + setup.backend +
                        " backend is not in this LibTorch (built for the CPU): use gloo");
    }

    // Every process starts from rank 0's weights.
    torch::NoGradGuard noGrad;
    m->communicate([&] {
        for (auto& tensor : model.parameters()) {
            std::vector<torch::Tensor> tensors{tensor.data()};
            wait(m->group->broadcast(tensors));
        }
        for (auto& tensor : model.buffers()) {
            std::vector<torch::Tensor> tensors{tensor};
            wait(m->group->broadcast(tensors));
        }
    });

    std::vector<torch::Tensor> parameters;
    for (auto& p : model.parameters())
        if (p.requires_grad()) parameters.push_back(p);
    const std::vector<bool> dense(parameters.size(), false);
    auto [buckets, limits] = c10d::compute_bucket_assignment_by_size(
        parameters, {size_t(kFirstBucketBytes), size_t(kBucketBytes)}, dense);
    // Gradients arrive in about the reverse order of the parameters: so do the buckets.
    std::reverse(buckets.begin(), buckets.end());
    std::reverse(limits.begin(), limits.end());
    m->reducer = std::make_unique<c10d::Reducer>(
        parameters, std::move(buckets), std::move(limits), m->group, dense, kBucketBytes,
        /*find_unused_parameters=*/false, /*gradient_as_bucket_view=*/false,
        std::unordered_map<size_t, std::string>{}, kFirstBucketBytes);
    // Every step runs the same graph: the reducer learns from the first one which
    // parameters it leaves unused (an auxiliary head, a branch an option turns off), without
    // walking the graph on every step.
    m->reducer->set_static_graph();
}

DataParallel::~DataParallel() = default;

const DistributedSetup& DataParallel::setup() const {
    return m->setup;
}

void DataParallel::backward(const torch::Tensor& loss) {
    m->communicate([&] {
        m->reducer->prepare_for_forward();
        m->reducer->prepare_for_backward({});
        loss.backward();
        // The first step learns the graph and all-reduces every bucket once backward is done
        // (what PyTorch's DDP queues at the end of backward); later steps overlap as they go.
        if (++m->steps == 1) m->reducer->delay_all_reduce();
    });
}

CollectiveDecision DataParallel::agree(const CollectiveDecision& local) {
    torch::Tensor flags = torch::tensor({int32_t(local.stop), int32_t(local.pause),
                                         int32_t(local.outOfBatches), int32_t(local.lossNotFinite)},
                                        torch::kInt32);
    m->allReduce(flags, c10d::ReduceOp::MAX);
    const auto f = flags.accessor<int32_t, 1>();
    return {f[0] != 0, f[1] != 0, f[2] != 0, f[3] != 0};
}

CollectiveDecision DataParallel::agreeOnNextStep(
    const std::function<CollectiveDecision()>& local, const std::function<void(bool)>& pausing) {
    CollectiveDecision decision = agree(local());
    if (!decision.pause || decision.stop) return decision;
    pausing(true);
    while (decision.pause && !decision.stop) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        decision = agree(local());
    }
    pausing(false);
    return decision;
}

std::vector<size_t> DataParallel::validationShare(const std::vector<size_t>& validation) const {
    std::vector<size_t> share;
    for (size_t i = size_t(m->setup.rank); i < validation.size(); i += size_t(m->setup.worldSize))
        share.push_back(validation[i]);
    return share;
}

void DataParallel::combine(EvaluationResult& result) {
    std::vector<uint64_t> counts = result.matrix.rowMajorCounts();
    sum(counts);
    result.matrix.reset();
    result.matrix.addCounts(counts);
    const bool scored = result.images > 0 && std::isfinite(result.loss);
    std::vector<double> loss{scored ? result.loss * result.images : 0.0,
                             scored ? double(result.images) : 0.0, double(result.images)};
    sum(loss);
    result.loss = loss[1] > 0 ? loss[0] / loss[1] : std::nan("");
    result.images = int(loss[2]);
}

void DataParallel::sum(std::vector<uint64_t>& counts) {
    if (counts.empty()) return;
    // Counts stay far below 2^63: summed as int64 in place, the same bits.
    torch::Tensor t = torch::from_blob(counts.data(), {int64_t(counts.size())}, torch::kInt64);
    m->allReduce(t, c10d::ReduceOp::SUM);
}

void DataParallel::sum(std::vector<double>& values) {
    if (values.empty()) return;
    torch::Tensor t = torch::from_blob(values.data(), {int64_t(values.size())}, torch::kFloat64);
    m->allReduce(t, c10d::ReduceOp::SUM);
}

void DataParallel::averageBuffers(torch::nn::Module& model) {
    torch::NoGradGuard noGrad;
    for (auto& buffer : model.buffers()) {
        if (!buffer.is_floating_point()) continue;
        m->allReduce(buffer, c10d::ReduceOp::SUM);
        buffer.div_(m->setup.worldSize);
    }
}

std::string modelWeightsDigest(torch::nn::Module& model) {
    Sha256 digest;
    auto add = [&](const torch::Tensor& tensor) {
        const torch::Tensor bytes = tensor.detach().to(torch::kCPU).contiguous();
        digest.update(bytes.data_ptr(), size_t(bytes.numel()) * bytes.element_size());
    };
    for (const auto& p : model.parameters()) add(p);
    for (const auto& b : model.buffers()) add(b);
    return digest.hexDigest();
}

}  // namespace seg::core
