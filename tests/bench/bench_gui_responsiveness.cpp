// How responsive the window stays: the time from process start to a shown main window, and
// how late a 10 ms timer fires on the GUI thread while a U-Net trains on the demo project
// (the charts updating live). Run through run_gui_bench.sh; prints one line per figure.
//
//   bench_gui_responsiveness [seconds of training to probe, default 30]

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "core/project/project.h"
#include "core/runtime/torch_runtime.h"
#include "ui/charts/training_charts.h"
#include "ui/main_window.h"
#include "ui/training/training_controller.h"
#include "ui/training/training_panel.h"

using namespace seg;

namespace {

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0.0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<size_t>(p * double(v.size())))];
}

}  // namespace

int main(int argc, char** argv) {
    const auto processStart = std::chrono::steady_clock::now();
    seg::core::configureTorchThreads(0);  // as segstudio's main does, before any thread
    QApplication app(argc, argv);
    const int seconds = argc > 1 ? std::max(5, atoi(argv[1])) : 30;

    ui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window, 10000)) {
        std::fprintf(stderr, "the window was not shown\n");
        return 1;
    }
    const double startupMs =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - processStart)
            .count();
    std::printf("startup: %.0f ms from main() to a shown main window\n", startupMs);
    // Wall-clock time, for the script to add what happens before main() (loading libraries).
    std::printf("shown at epoch ms: %lld\n",
                static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));

    QTemporaryDir dir;
    QElapsedTimer clock;
    clock.start();
    if (!core::createDemoProject(dir.filePath(QStringLiteral("demo")).toStdString(), {})) return 1;
    const double demoMs = double(clock.elapsed());
    clock.restart();
    if (!window.openProject(dir.filePath(QStringLiteral("demo")))) return 1;
    std::printf("demo: %.0f ms to generate 500 images, %lld ms to open the project\n", demoMs,
                static_cast<long long>(clock.elapsed()));

    // The recommended settings the window starts with: U-Net width 16, batch 16, all cores.
    QTest::mouseClick(window.trainingPanel()->startButton(), Qt::LeftButton);
    if (!window.training()->isRunning()) return 1;
    QTest::qWait(3000);  // past start-up: the loader and the first iterations

    std::vector<double> lateness;
    QElapsedTimer probe;
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    timer.setInterval(10);
    probe.start();
    qint64 expected = 10;
    QObject::connect(&timer, &QTimer::timeout, [&] {
        const qint64 now = probe.elapsed();
        lateness.push_back(double(std::max<qint64>(0, now - expected)));
        expected = now + 10;
    });
    timer.start();
    QTest::qWait(seconds * 1000);
    timer.stop();
    const int points = window.trainingCharts()->pointCount();
    window.training()->stopAndWait();

    std::printf(
        "event loop while training (%d s, %zu probes, %d chart points): late by "
        "p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
        seconds, lateness.size(), points, percentile(lateness, 0.5), percentile(lateness, 0.99),
        percentile(lateness, 1.0));
    return 0;
}
