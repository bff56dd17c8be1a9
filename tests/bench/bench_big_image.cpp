// How late the GUI thread gets while SegStudio works on 8000x8000 images: a 5 ms timer's
// lateness (p50, p99, worst) while the project opens and its thumbnails decode, while an
// image opens, while a painted mask autosaves, and on the first superpixel and scissors
// clicks. The aim is a p99 under 50 ms. Run through run_painting_bench.sh (under Xvfb).
//
//   bench_big_image [side, default 8000]

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include <QApplication>
#include <QListView>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <opencv2/core.hpp>

#include "core/common/paths.h"
#include "core/data/image_io.h"
#include "core/project/project.h"
#include "core/runtime/torch_runtime.h"
#include "ui/annotate/annotator.h"
#include "ui/annotate/mask_canvas.h"
#include "ui/dataset_list_model.h"
#include "ui/main_window.h"

#include "lateness_probe.h"

using namespace seg;

namespace {

void report(const char* what, const bench::Lateness& l) {
    std::printf("%-50s lateness p50 %5.1f ms  p99 %6.1f ms  worst %7.1f ms  (%zu ticks, %.1f s)\n",
                what, l.p50, l.p99, l.worst, l.ticks, l.seconds);
    std::fflush(stdout);
}

void click(QWidget* w, QPointF p) {
    for (auto type : {QEvent::MouseButtonPress, QEvent::MouseButtonRelease}) {
        QMouseEvent event(type, p, w->mapToGlobal(p), Qt::LeftButton,
                          type == QEvent::MouseButtonPress ? Qt::LeftButton : Qt::NoButton,
                          Qt::NoModifier);
        QApplication::sendEvent(w, &event);
    }
}

void stroke(QWidget* w, QPointF from, QPointF to) {
    auto send = [&](QEvent::Type type, QPointF p, Qt::MouseButtons buttons) {
        QMouseEvent event(type, p, w->mapToGlobal(p),
                          type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, buttons,
                          Qt::NoModifier);
        QApplication::sendEvent(w, &event);
    };
    send(QEvent::MouseButtonPress, from, Qt::LeftButton);
    for (int i = 1; i <= 20; ++i)
        send(QEvent::MouseMove, from + (to - from) * (i / 20.0), Qt::LeftButton);
    send(QEvent::MouseButtonRelease, to, Qt::NoButton);
}

// Blocks of colour with noise: a photo-like PNG (several MB), not a trivially small one.
cv::Mat bigImage(int side, int seed) {
    cv::RNG rng{uint64_t(seed)};
    cv::Mat image(side, side, CV_8UC3);
    for (int y = 0; y < side; y += 64)
        for (int x = 0; x < side; x += 64)
            image(cv::Rect(x, y, std::min(64, side - x), std::min(64, side - y)))
                .setTo(cv::Scalar(rng.uniform(0, 255), rng.uniform(0, 255), rng.uniform(0, 255)));
    cv::Mat noise(image.size(), CV_8UC3);
    cv::randu(noise, 0, 16);
    return image + noise;
}

}  // namespace

int main(int argc, char** argv) {
    seg::core::configureTorchThreads(0);  // as segstudio's main does, before any thread
    QApplication app(argc, argv);
    const int side = argc > 1 ? std::atoi(argv[1]) : 8000;
    QTemporaryDir dir;
    const auto folder = core::pathFromUtf8(dir.path().toStdString()) / "images";
    std::filesystem::create_directories(folder);
    for (int i = 0; i < 3; ++i)
        core::writeImagePng(folder / ("big_" + std::to_string(i) + ".png"), bigImage(side, i));
    core::createImageFolderProject(folder, core::ClassMap({"background", "object"}));
    std::printf("%d x %d images, %.1f MB each as PNG\n", side, side,
                double(std::filesystem::file_size(folder / "big_0.png")) / 1e6);

    ui::MainWindow window;
    window.resize(1400, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window, 10000)) return 1;
    ui::Annotator* annotator = window.annotator();
    ui::MaskCanvas* canvas = window.canvas();
    bench::LatenessProbe probe;

    probe.begin();
    window.openProject(QString::fromStdString(folder.string()));
    QTest::qWait(3000);  // the list shows: thumbnails decode
    report("open project, thumbnails of 3 images (3 s)", probe.end());

    // Opens the image after the one on screen (opening the project opened the first).
    auto openNext = [&](const char* what) {
        const QString before = annotator->sampleId();
        QListView* list = window.sampleList();
        const int row = (list->currentIndex().row() + 1) % list->model()->rowCount();
        probe.begin();
        list->setCurrentIndex(list->model()->index(row, 0));
        const bool opened = QTest::qWaitFor(
            [&] { return annotator->sampleId() != before && !annotator->isOpening(); }, 120000);
        QTest::qWait(200);
        report(what, probe.end());
        if (!opened) std::printf("  (the image did not open within 120 s)\n");
    };
    openNext("open an image");

    canvas->setTool(ui::MaskCanvas::Tool::Brush);
    const QPointF centre(canvas->width() / 2.0, canvas->height() / 2.0);
    stroke(canvas, centre - QPointF(200, 0), centre + QPointF(200, 50));
    QApplication::processEvents();
    QSignalSpy saved(annotator, &ui::Annotator::saved);
    probe.begin();
    annotator->saveInBackground();
    if (!QTest::qWaitFor([&] { return saved.count() > 0; }, 120000)) {
        std::fprintf(stderr, "the autosave did not finish within 2 minutes\n");
        return 1;
    }
    report("autosave after a stroke", probe.end());

    // The same on the GUI thread, as SegStudio did before: what the background spares.
    stroke(canvas, centre - QPointF(200, 80), centre + QPointF(200, 120));
    QApplication::processEvents();
    probe.begin();
    annotator->saveNow();
    report("the same save on the GUI thread (for comparison)", probe.end());

    stroke(canvas, centre - QPointF(100, 100), centre + QPointF(100, 100));
    QApplication::processEvents();
    openNext("open the next image while the last one saves");

    {
        const core::Project project = core::loadProject(folder);
        const core::Dataset dataset = core::openProjectDataset(project);
        probe.begin();
        QString error;
        annotator->openSample(project, dataset, dataset.samples[0], &error);  // not on screen now
        QTest::qWait(200);
        report("open an image on the GUI thread (for comparison)", probe.end());
    }

    canvas->setTool(ui::MaskCanvas::Tool::Superpixel);
    probe.begin();
    click(canvas, centre);
    QTest::qWait(300);
    report("first superpixel click", probe.end());

    canvas->setTool(ui::MaskCanvas::Tool::Scissors);
    probe.begin();
    click(canvas, centre + QPointF(-150, -80));
    QTest::qWait(300);
    click(canvas, centre + QPointF(150, 60));
    QTest::qWait(300);
    report("first scissors clicks", probe.end());

    annotator->finishSaves();
    return 0;
}
