// Training throughput and inference latency of SegStudio's engine, for comparison with
// torch_reference.py in the same run (see run_training_bench.sh).
//
//   bench_training train --model unet|deeplabv3plus --data DIR --batch B --iterations N
//   bench_training trainer --model unet|deeplabv3plus --data DIR --batch B --iterations N
//   bench_training infer --model unet|deeplabv3plus --size S --repeats N
//
// `trainer` runs the whole training engine (core::runTraining: run folder, metrics.csv,
// pause bookkeeping, iteration plan, checkpoint) with every sample in the training split,
// and times the iterations after the warm-up from the observer's reports.
// Prints one JSON line. Training is end to end: the real loader decodes PNGs, augments
// (horizontal flips), normalises and batches on its own thread while the model steps
// (AdamW, cross-entropy). Peak memory is the process's maximum resident set.

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <map>
#include <string>

#include <torch/csrc/autograd/profiler_legacy.h>
#include <torch/torch.h>

#include "core/data/dataset.h"
#include "core/models/blocks.h"
#include "core/models/model_registry.h"
#include "core/models/model_summary.h"
#include "core/runtime/torch_runtime.h"
#include "core/train/batch_loader.h"
#include "core/train/losses.h"
#include "core/train/trainer.h"

namespace {

using Clock = std::chrono::steady_clock;

std::map<std::string, std::string> parseOptions(int argc, char** argv) {
    std::map<std::string, std::string> options;
    for (int i = 2; i + 1 < argc; i += 2) options[argv[i] + 2] = argv[i + 1];  // "--name value"
    return options;
}

seg::core::ModelSpec specFor(const std::string& model, int classes) {
    // The table's defaults: what the window and the CLI train unless told otherwise.
    seg::core::ModelSpec spec = seg::core::defaultModelSpec(model);
    spec.numClasses = classes;
    return spec;
}

double peakMegabytes() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

int train(const std::map<std::string, std::string>& o) {
    const auto dataset = seg::core::openDataset(o.at("data"));
    seg::core::TrainConfig config;
    config.batchSize = std::stoi(o.at("batch"));
    config.augment.horizontalFlip = true;
    config.model = specFor(o.at("model"), dataset.classes.size());
    const int iterations = std::stoi(o.at("iterations"));
    const int warmup = 3;

    auto model = seg::core::createModel(config.model);
    model->useChannelsLast();  // as the Trainer does on the CPU
    torch::optim::AdamW optimizer(model->parameters(), torch::optim::AdamWOptions(1e-3));
    std::vector<size_t> order;
    for (size_t i = 0; i < dataset.samples.size(); ++i) order.push_back(i);
    // Enough passes over the data for warm-up plus the timed iterations.
    std::vector<size_t> repeated;
    while (repeated.size() < size_t(iterations + warmup + 1) * size_t(config.batchSize))
        repeated.insert(repeated.end(), order.begin(), order.end());
    seg::core::BatchLoader loader(std::make_shared<seg::core::SampleCache>(dataset, 0), repeated,
                                  config, true, 1);

    Clock::time_point start;
    double forwardGflops = 0;  // of one image, counted on this model (not the reference's)
    // --profile trace.json: the timed iterations under LibTorch's profiler, each phase a
    // named range (run_step_profile.sh sums the trace up). The profiler slows the step.
    std::unique_ptr<torch::autograd::profiler::RecordProfile> profile;
    for (int i = 0; i < warmup + iterations; ++i) {
        if (i == warmup) {
            start = Clock::now();
            if (o.count("profile"))
                profile = std::make_unique<torch::autograd::profiler::RecordProfile>(o.at("profile"));
        }
        std::optional<seg::core::Batch> batch;
        {
            RECORD_USER_SCOPE("phase::loader");
            batch = loader.next();
        }
        if (i == 0)
            forwardGflops = 2 * seg::core::summarizeModel(config.model,
                                                          int(batch->images.size(2)),
                                                          int(batch->images.size(3)))
                                    .forwardGmacs;
        torch::Tensor loss;
        {
            RECORD_USER_SCOPE("phase::forward");
            const auto logits = model->forward(batch->images);
            loss = seg::core::crossEntropyLoss(logits, batch->targets, 255);
        }
        {
            RECORD_USER_SCOPE("phase::backward");
            optimizer.zero_grad();
            loss.backward();
        }
        {
            RECORD_USER_SCOPE("phase::optimizer");
            optimizer.step();
        }
    }
    profile.reset();  // writes the trace
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    std::printf(
        "{\"images_per_s\": %.2f, \"peak_mb\": %.0f, \"threads\": %d, "
        "\"forward_gflops_per_image\": %.3f}\n",
        iterations * config.batchSize / seconds, peakMegabytes(), torch::get_num_threads(),
        forwardGflops);
    return 0;
}

// Timestamps each iteration report; the run stops once enough iterations were timed.
class TimingObserver : public seg::core::TrainObserver {
public:
    TimingObserver(seg::core::TrainControl& control, int warmup, int iterations)
        : m_control(control), m_warmup(warmup), m_iterations(iterations) {}
    void onIteration(const seg::core::IterationReport& r) override {
        if (r.iteration == m_warmup) start = Clock::now();
        if (r.iteration == m_warmup + m_iterations) {
            end = Clock::now();
            m_control.stop = true;
        }
    }
    void onEnd(const seg::core::TrainOutcome& o) override { outcome = o; }

    Clock::time_point start, end;
    seg::core::TrainOutcome outcome;

private:
    seg::core::TrainControl& m_control;
    int m_warmup, m_iterations;
};

int trainer(const std::map<std::string, std::string>& o) {
    seg::core::DatasetOptions options;
    options.assignSplits = false;
    auto dataset = seg::core::openDataset(o.at("data"), options);
    for (auto& sample : dataset.samples) sample.split = seg::core::Split::Train;
    seg::core::TrainConfig config;
    config.batchSize = std::stoi(o.at("batch"));
    config.augment.horizontalFlip = true;
    config.optimizer.learningRate = 1e-3;
    config.loss.type = "ce";
    config.schedule.type = "constant";
    config.model = specFor(o.at("model"), dataset.classes.size());
    config.threads = std::stoi(o.at("threads"));
    config.epochs = 1000;  // stopped by the observer
    const int iterations = std::stoi(o.at("iterations"));
    char folder[] = "/tmp/seg-bench-trainer-XXXXXX";
    if (!mkdtemp(folder)) return 1;
    seg::core::TrainControl control;
    TimingObserver observer(control, 3, iterations);
    seg::core::runTraining({config, dataset, std::string(folder) + "/run", std::nullopt}, observer,
                           control);
    std::error_code ec;
    std::filesystem::remove_all(folder, ec);
    if (observer.outcome.status == seg::core::TrainStatus::Failed) {
        std::fprintf(stderr, "%s\n", observer.outcome.message.c_str());
        return 1;
    }
    const double seconds = std::chrono::duration<double>(observer.end - observer.start).count();
    std::printf("{\"images_per_s\": %.2f, \"peak_mb\": %.0f, \"threads\": %d}\n",
                iterations * config.batchSize / seconds, peakMegabytes(), torch::get_num_threads());
    return 0;
}

int infer(const std::map<std::string, std::string>& o) {
    const int size = std::stoi(o.at("size"));
    const int repeats = std::stoi(o.at("repeats"));
    const seg::core::ModelSpec spec = specFor(o.at("model"), 21);
    auto model = seg::core::createModel(spec);
    model->eval();
    seg::core::foldBatchNorms(*model);  // as the Predictor does
    model->useChannelsLast();
    torch::InferenceMode inference;
    const auto image = torch::randn({1, spec.inChannels, size, size});  // 6 for a pair
    for (int i = 0; i < 3; ++i) model->forward(image);
    std::vector<double> times;
    for (int i = 0; i < repeats; ++i) {
        const auto start = Clock::now();
        model->forward(image);
        times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    std::printf("{\"median_ms\": %.2f, \"peak_mb\": %.0f}\n", times[times.size() / 2],
                peakMegabytes());
    return 0;
}

// The fp32 rate this machine reaches at all, in the same run: the best of a few large matrix
// products (BLAS runs near the cores' peak there). A clock and vector width written into the
// script would not know what this CPU boosts to, or whether it has AVX-512.
int gemm() {
    const int64_t n = 2048;
    const auto a = torch::randn({n, n});
    const auto b = torch::randn({n, n});
    double best = 0;
    for (int i = 0; i < 8; ++i) {
        const auto start = Clock::now();
        const auto c = torch::mm(a, b);
        const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
        if (i > 0) best = std::max(best, 2.0 * double(n * n * n) / seconds / 1e9);
    }
    std::printf("{\"gflops\": %.1f, \"threads\": %d}\n", best, torch::get_num_threads());
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    const std::string mode = argc >= 2 ? argv[1] : "";
    if (mode != "train" && mode != "trainer" && mode != "infer" && mode != "gemm") {
        std::fprintf(stderr, "usage: %s train|trainer|infer|gemm --model NAME [options]\n",
                     argv[0]);
        return 2;
    }
    const auto options = parseOptions(argc, argv);
    seg::core::configureTorchThreads(options.count("threads") ? std::stoi(options.at("threads"))
                                                              : 0);
    if (mode == "trainer") return trainer(options);
    if (mode == "gemm") return gemm();
    return mode == "train" ? train(options) : infer(options);
}
