// Live learning as labels accumulate: a scripted annotator scribbles a few more training
// images of the demo every minute (synthetic scribbles, see synthetic_scribbles.h), while the
// live model trains in real time; after each minute the model is scored on the demo's
// validation images (complete masks; scoring time is not training time), as live mode
// predicts them and as the run kept at that point does. Prints one row per minute. Run
// through run_live_bench.sh.
//   bench_live_learning <demo project> [minutes, default 10] [images per minute, default 6]
//                       [share of pixels scribbled, default 0.05] [threads, default all]
// Other live settings to try, from the environment: SEG_LIVE_WIDTH (the U-Net's), SEG_LIVE_LR,
// SEG_LIVE_BATCH, SEG_LIVE_CROP, SEG_LIVE_CRF (the CRF loss's weight).

#include <chrono>
#include <filesystem>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <unistd.h>

#include "core/common/error.h"
#include "core/data/synthetic_scribbles.h"
#include "core/eval/confusion_matrix.h"
#include "core/eval/metrics.h"
#include "core/project/project.h"
#include "core/train/live_learner.h"

using namespace seg;
using BenchClock = std::chrono::steady_clock;

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr,
                     "usage: bench_live_learning <demo project> [minutes] [images per minute] "
                     "[share] [threads]\n");
        return 2;
    }
    const int minutes = argc > 2 ? std::atoi(argv[2]) : 10;
    const int perMinute = argc > 3 ? std::atoi(argv[3]) : 6;
    core::ScribbleOptions scribbles;
    scribbles.fraction = argc > 4 ? std::atof(argv[4]) : 0.05;
    core::LiveSettings settings;
    settings.threads = argc > 5 ? std::atoi(argv[5]) : 0;
    if (const char* v = std::getenv("SEG_LIVE_WIDTH")) settings.model.set("width", std::atoi(v));
    if (const char* v = std::getenv("SEG_LIVE_LR")) settings.learningRate = std::atof(v);
    if (const char* v = std::getenv("SEG_LIVE_BATCH")) settings.batchSize = std::atoi(v);
    if (const char* v = std::getenv("SEG_LIVE_CROP")) settings.cropSize = std::atoi(v);
    if (const char* v = std::getenv("SEG_LIVE_CRF")) settings.crfWeight = std::atof(v);
    try {
        const core::Dataset dataset = core::openProjectDataset(core::loadProject(argv[1]));
        std::vector<const core::Sample*> training, validation;
        for (const auto& s : dataset.samples) {
            if (!s.hasMask()) continue;
            (s.split == core::Split::Val ? validation : training).push_back(&s);
        }
        core::LiveLearner learner(dataset.classes, core::imagesPerSample(dataset), settings);
        const uint8_t ignore = dataset.classes.ignoreIndex();
        const auto runs = std::filesystem::temp_directory_path() /
                          ("bench_live_learning_" + std::to_string(::getpid()));
        std::printf("minute  images  labelled px  iterations  val mIoU  kept run  (%d images scribbled per "
                    "minute, %.0f%% of their pixels; %zu validation images)\n",
                    perMinute, scribbles.fraction * 100, validation.size());
        size_t next = 0;
        for (int minute = 1; minute <= minutes; ++minute) {
            for (int i = 0; i < perMinute && next < training.size(); ++i, ++next) {
                const core::LoadedSample loaded = core::loadSample(dataset, *training[next]);
                learner.setLabels(training[next]->id, loaded.image,
                                  core::scribblesFromMask(loaded.mask, ignore, scribbles, next).mask);
            }
            const auto start = BenchClock::now();
            core::LiveProgress progress;
            while (BenchClock::now() - start < std::chrono::minutes(1)) progress = learner.train(1);
            core::ConfusionMatrix matrix(dataset.classes.size(), ignore);
            for (const core::Sample* s : validation) {
                const core::LoadedSample loaded = core::loadSample(dataset, *s);
                matrix.add(learner.predict(loaded.image).mask, loaded.mask);
            }
            const double kept = learner.keepAsRun(runs / std::to_string(minute), dataset);
            std::printf("%6d  %6d  %11lld  %10lld  %8.3f  %8.3f\n", minute, progress.images,
                        static_cast<long long>(progress.labelledPixels),
                        static_cast<long long>(progress.iterations),
                        core::computeMetrics(matrix).meanIoU, kept);
            std::fflush(stdout);
        }
        std::filesystem::remove_all(runs);
    } catch (const core::Error& e) {
        std::fprintf(stderr, "bench_live_learning: %s\n", e.what());
        return 1;
    }
    return 0;
}
