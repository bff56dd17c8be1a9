// Live mode in the window, on 512x512 images: the time from the end of a stroke to a
// prediction on screen that has learnt from it (median and 95th percentile), and how late
// the GUI thread gets meanwhile, while strokes are painted and the live model trains (p99
// aim: under 50 ms). Run through run_live_bench.sh (under Xvfb).
//   bench_live_latency [strokes, default 20]

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <vector>

#include <QApplication>
#include <QEventLoop>
#include <QListView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <opencv2/imgcodecs.hpp>

#include "canvas_strokes.h"
#include "lateness_probe.h"
#include "core/data/synthetic_shapes.h"
#include "core/project/project.h"
#include "core/runtime/torch_runtime.h"
#include "ui/annotate/annotator.h"
#include "ui/annotate/live_learning.h"
#include "ui/annotate/live_mode.h"
#include "ui/annotate/mask_canvas.h"
#include "ui/dataset_list_model.h"
#include "ui/main_window.h"

using namespace seg;
namespace fs = std::filesystem;
using BenchClock = std::chrono::steady_clock;

namespace {

double percentile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

}  // namespace

int main(int argc, char** argv) {
    seg::core::configureTorchThreads(0);  // as segstudio's main does, before any thread
    QApplication app(argc, argv);
    const int strokes = argc > 1 ? std::max(1, std::atoi(argv[1])) : 20;
    QTemporaryDir dir;
    const fs::path folder = fs::path(dir.path().toStdString()) / "images";
    fs::create_directories(folder);
    core::SyntheticShapesOptions options;
    options.width = options.height = 512;
    std::vector<core::SyntheticSample> samples;
    for (int i = 0; i < 6; ++i) {
        samples.push_back(core::generateShapesSample(options, i));
        cv::imwrite((folder / ("img" + std::to_string(i) + ".png")).string(), samples.back().image);
    }

    ui::MainWindow w;
    w.resize(1400, 900);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w, 10000)) return 1;
    if (!w.createImageFolderProject(QString::fromStdString(folder.string()),
                                    {"background", "circle", "rectangle", "triangle", "ellipse"}))
        return 1;
    // A training image on screen (validation images are not learnt from).
    const core::Dataset dataset =
        core::openProjectDataset(core::loadProject(folder));
    int index = -1;
    for (size_t i = 0; i < dataset.samples.size() && index < 0; ++i)
        if (dataset.samples[i].split == core::Split::Train) index = int(i);
    if (index < 0) {
        std::printf("no training image among the six\n");
        return 1;
    }
    const QString id = QString::fromStdString(dataset.samples[size_t(index)].id);
    auto* list = w.findChild<QListView*>();
    for (int row = 0; row < list->model()->rowCount(); ++row)
        if (list->model()->index(row, 0).data(ui::DatasetListModel::IdRole).toString() == id)
            list->setCurrentIndex(list->model()->index(row, 0));
    for (int i = 0; i < 500 && w.annotator()->sampleId() != id; ++i) QTest::qWait(20);
    const cv::Mat truth = samples[size_t(std::stoi(dataset.samples[size_t(index)].id.substr(3)))].mask;

    ui::LiveMode* live = w.liveMode();
    ui::MaskCanvas* canvas = w.canvas();
    live->toggleAction()->trigger();
    int64_t shownVersion = -1;
    QObject::connect(live, &ui::LiveMode::predictionShown,
                     [&](const core::LiveProgress& p) { shownVersion = p.labelsVersion; });

    // Strokes inside the true regions, in their true classes: what an annotator paints.
    cv::RNG rng(7);
    auto paintTrueStroke = [&]() -> bool {
        for (int attempt = 0; attempt < 1000; ++attempt) {
            const cv::Point a(rng.uniform(8, 504), rng.uniform(8, 504));
            const cv::Point b = a + cv::Point(rng.uniform(-40, 40), rng.uniform(-40, 40));
            if (b.x < 0 || b.y < 0 || b.x >= 512 || b.y >= 512) continue;
            const uint8_t cls = truth.at<uint8_t>(a);
            if (truth.at<uint8_t>(b) != cls || truth.at<uint8_t>((a + b) / 2) != cls) continue;
            canvas->setCurrentClass(cls);
            canvas->setBrush({6.0f, core::BrushShape::Round});
            bench::strokeCanvas(canvas, QPointF(a.x, a.y), QPointF(b.x, b.y), 12);
            return true;
        }
        return false;
    };
    for (int i = 0; i < 6; ++i) paintTrueStroke();

    bench::LatenessProbe probe;
    probe.begin();
    std::vector<double> latency;
    for (int s = 0; s < strokes; ++s) {
        if (!paintTrueStroke()) {
            std::printf("found no place for stroke %d\n", s + 1);
            return 1;
        }
        const auto end = BenchClock::now();
        const int64_t wanted = live->learning()->handedIn();
        QEventLoop loop;
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, [&] {
            if (shownVersion >= wanted) loop.quit();
        });
        poll.start(1);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
        if (shownVersion < wanted) {
            std::printf("no prediction after stroke %d within 60 s\n", s + 1);
            return 1;
        }
        latency.push_back(std::chrono::duration<double, std::milli>(BenchClock::now() - end).count());
    }
    const bench::Lateness late = probe.end();
    std::printf(
        "live mode, 512x512 image: stroke end to refreshed prediction on screen: median %.0f ms, "
        "p95 %.0f ms, max %.0f ms (%d strokes, %lld iterations trained)\n",
        percentile(latency, 0.5), percentile(latency, 0.95), percentile(latency, 1.0), strokes,
        static_cast<long long>(live->progress().iterations));
    std::printf(
        "GUI event loop lateness while painting with live mode training: p50 %.1f ms, p99 %.1f "
        "ms, worst %.1f ms over %.0f s\n",
        late.p50, late.p99, late.worst, late.seconds);
    live->toggleAction()->trigger();
    return 0;
}
