// Comparing models, timed: predicting and scoring a dataset's validation split with several
// models (what the Compare tab's validation browser and `segstudio-cli compare` do), and
// the time from opening the comparison on an image to its first and last model pane drawn.
// Run through run_compare_bench.sh, which times the same work in PyTorch alongside.
//
//   bench_compare score --data DIR --model A.pt [--model B.pt ...] [--list FILE] --threads T
//   bench_compare first-pane --data DIR --model A.pt [--model B.pt ...] --threads T
//
// Prints one JSON line. --list writes the validation images and masks scored (a line each:
// image<TAB>mask), so that the reference scores exactly the same files.

#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include "core/infer/model_comparison.h"
#include "core/infer/predictor.h"
#include "core/project/project.h"
#include "core/runtime/torch_runtime.h"
#include "ui/compare/compare_view.h"
#include "ui/compare/model_predictions.h"

using namespace seg;
namespace fs = std::filesystem;

namespace {

struct Arguments {
    std::string mode;
    fs::path data;
    std::vector<fs::path> models;
    fs::path list;
    int threads = 0;
};

Arguments parse(int argc, char** argv) {
    Arguments a;
    if (argc > 1) a.mode = argv[1];
    for (int i = 2; i + 1 < argc; i += 2) {
        const std::string key = argv[i], value = argv[i + 1];
        if (key == "--data") a.data = value;
        if (key == "--model") a.models.emplace_back(value);
        if (key == "--list") a.list = value;
        if (key == "--threads") a.threads = std::stoi(value);
    }
    return a;
}

double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

int score(const Arguments& a) {
    const core::Dataset dataset = core::openProjectOrDataset(a.data, {});
    if (!a.list.empty()) {
        std::ofstream list(a.list);
        for (const auto& s : dataset.samples)
            if (s.split == core::Split::Val && s.hasMask())
                list << s.image.string() << '\t' << s.mask.string() << '\n';
    }
    const auto loadStart = std::chrono::steady_clock::now();
    std::vector<std::unique_ptr<core::Predictor>> predictors;
    std::vector<core::Predictor*> pointers;
    for (const auto& model : a.models) {
        core::PredictOptions options;
        options.threads = a.threads;
        predictors.push_back(core::Predictor::open(model, options));
        pointers.push_back(predictors.back().get());
    }
    const double load = secondsSince(loadStart);
    const auto start = std::chrono::steady_clock::now();
    const auto comparison = core::compareModels(pointers, dataset, {core::Split::Val});
    const double seconds = secondsSince(start);
    std::printf("{\"seconds\": %.4f, \"load_seconds\": %.4f, \"images\": %d, \"miou\": [", seconds,
                load, comparison.evaluations.front().images);
    for (size_t m = 0; m < comparison.evaluations.size(); ++m)
        std::printf("%s%.6f", m ? ", " : "", comparison.evaluations[m].metrics.meanIoU);
    std::printf("]}\n");
    return 0;
}

int firstPane(const Arguments& a, int argc, char** argv) {
    QApplication app(argc, argv);
    core::configureTorchThreads(a.threads);
    const core::Dataset dataset = core::openProjectOrDataset(a.data, {});
    const core::Sample* sample = nullptr;
    for (const auto& s : dataset.samples)
        if (s.split == core::Split::Val && s.hasMask() && !sample) sample = &s;
    const auto loaded = core::loadSample(dataset, *sample);
    // From the moment the view is asked to compare until its panes show predictions: the
    // models load and predict in the background, each pane drawn as its result arrives.
    QElapsedTimer clock;
    clock.start();
    ui::CompareView view;
    view.resize(1280, 800);
    view.show();
    view.setProject(dataset.classes, &dataset, a.data / "no-runs");
    QSignalSpy predicted(view.predictions(), &ui::ModelPredictions::predicted);
    for (const auto& model : a.models) view.addModelFile(model);
    view.showImage(QString::fromStdString(sample->id), loaded.image, loaded.mask);
    double first = -1;
    while (predicted.count() < int(a.models.size()) && clock.elapsed() < 120000) {
        QTest::qWait(1);
        if (first < 0 && predicted.count() > 0) first = double(clock.nsecsElapsed()) / 1e6;
    }
    QApplication::processEvents();  // the panes repaint with the last result
    const double all = double(clock.nsecsElapsed()) / 1e6;
    std::printf("{\"first_pane_ms\": %.1f, \"all_panes_ms\": %.1f, \"models\": %d}\n", first, all,
                int(a.models.size()));
    return predicted.count() == int(a.models.size()) ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
    const Arguments a = parse(argc, argv);
    if (a.data.empty() || a.models.empty()) {
        std::fprintf(
            stderr, "usage: bench_compare score|first-pane --data DIR --model M ... --threads T\n");
        return 2;
    }
    if (a.mode == "score") {
        core::configureTorchThreads(a.threads);
        return score(a);
    }
    if (a.mode == "first-pane") return firstPane(a, argc, argv);
    std::fprintf(stderr, "unknown mode %s\n", a.mode.c_str());
    return 2;
}
