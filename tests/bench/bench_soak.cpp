// Soak: a long training run on the demo project with the window open and the charts live.
// Once a minute it prints the process's resident memory, its open file handles, how late the
// GUI thread was over that minute (a 5 ms timer), and the chart's points; growth has to stay
// bounded. A run that ends (its epochs done) is followed by the next one, as a user would.
// Run through run_soak.sh.
//
//   bench_soak [minutes, default 60] [training threads, default 1] [epochs per run]
// Fewer epochs per run than the window's default make many short runs: memory that one run
// leaves behind then shows as growth from run to run.

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include <QApplication>
#include <QElapsedTimer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

#include "core/project/project.h"
#include "core/runtime/torch_runtime.h"
#include "ui/charts/training_charts.h"
#include "ui/main_window.h"
#include "ui/training/training_controller.h"
#include "ui/training/training_panel.h"

#include "lateness_probe.h"

using namespace seg;

namespace {

double residentMegabytes() {
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("VmRSS:", 0) == 0) return std::atof(line.c_str() + 6) / 1024.0;
    return 0;
}

int openFileHandles() {
    int n = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator("/proc/self/fd"))
        ++n;
    return n;
}

}  // namespace

int main(int argc, char** argv) {
    seg::core::keepTensorMemoryInProcess();  // as segstudio's main does, before any thread
    QApplication app(argc, argv);
    const int minutes = argc > 1 ? std::max(1, std::atoi(argv[1])) : 60;
    const int threads = argc > 2 ? std::max(0, std::atoi(argv[2])) : 1;
    const int epochs = argc > 3 ? std::max(1, std::atoi(argv[3])) : 0;

    ui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window, 10000)) return 1;
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo"));
    if (!core::createDemoProject(demo.toStdString(), {}) || !window.openProject(demo)) return 1;
    window.centralTabs()->setCurrentIndex(1);  // the training charts, drawn as they grow

    core::TrainConfig config = window.trainingPanel()->config();
    config.threads = threads;
    if (epochs > 0) config.epochs = epochs;
    window.trainingPanel()->setConfig(config);
    int runs = 0;
    auto startRun = [&] {
        QTest::mouseClick(window.trainingPanel()->startButton(), Qt::LeftButton);
        runs += window.training()->isRunning();
    };
    startRun();
    if (!window.training()->isRunning()) return 1;

    std::printf("minute  resident MB  open files  lateness p50/p99/worst ms  chart points  runs\n");
    std::fflush(stdout);
    bench::LatenessProbe probe;
    probe.begin();
    for (int minute = 1; minute <= minutes; ++minute) {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 60000) {
            QTest::qWait(500);
            if (!window.training()->isRunning()) startRun();
        }
        const bench::Lateness l = probe.take();
        std::printf("%6d  %11.1f  %10d  %8.1f %6.1f %8.1f  %12d  %4d\n", minute,
                    residentMegabytes(), openFileHandles(), l.p50, l.p99, l.worst,
                    window.trainingCharts()->pointCount(), runs);
        std::fflush(stdout);
    }
    window.training()->stopAndWait();
    return 0;
}
