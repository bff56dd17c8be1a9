// Live mode as a new user meets it, scripted in the real window: the demo's images as a
// plain folder (no masks), a few scribbles on three training images with live mode on
// (strokes dragged with the mouse, one across each object and a few across the background,
// as segstudio-cli scribble draws them), then a fourth image opened: how its prediction
// takes shape second by second (agreement with the demo's true mask; the list meanwhile
// ranked by the live model's uncertainty), accepted, corrected with strokes where it is
// wrong, saved, and the live model kept as a run. Screenshots of each step go to the given
// folder. Prints the kept run's folder last, for
// `segstudio-cli eval` on the demo's validation images. Run through run_live_walkthrough.sh.
//   bench_live_walkthrough <demo project> <image folder to create> <screenshot folder>
//                          [seconds spent on each scribbled image, default 20]

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>
#include <vector>

#include <QApplication>
#include <QComboBox>
#include <QListView>
#include <QSignalSpy>
#include <QTest>
#include <opencv2/imgproc.hpp>

#include "canvas_strokes.h"
#include "core/data/synthetic_scribbles.h"
#include "core/project/project.h"
#include "core/runtime/torch_runtime.h"
#include "ui/annotate/annotator.h"
#include "ui/annotate/live_learning.h"
#include "ui/annotate/live_mode.h"
#include "ui/annotate/mask_canvas.h"
#include "ui/annotate/mask_document.h"
#include "ui/dataset_list_model.h"
#include "ui/main_window.h"
#include "ui/sample_filter.h"

using namespace seg;
namespace fs = std::filesystem;
using BenchClock = std::chrono::steady_clock;

namespace {


// Drags one stroke per connected piece of `strokes` (class indices, `ignore` elsewhere)
// along its long axis, as wide as the piece: the scribbles redrawn by hand.
int paintStrokes(ui::MaskCanvas* canvas, const cv::Mat& strokes, uint8_t ignore) {
    int painted = 0;
    for (int cls = 0; cls < 255; ++cls) {
        if (cls == ignore) continue;
        const cv::Mat ofClass = strokes == cls;
        if (cv::countNonZero(ofClass) == 0) continue;
        cv::Mat labels;
        const int pieces = cv::connectedComponents(ofClass, labels, 8);
        for (int piece = 1; piece < pieces; ++piece) {
            std::vector<cv::Point> points;
            cv::findNonZero(labels == piece, points);
            if (points.size() < 4) continue;
            const cv::RotatedRect box = cv::minAreaRect(points);
            const double width = std::max(2.0, double(std::min(box.size.width, box.size.height)));
            const double length = std::max(box.size.width, box.size.height) - width;
            const double angle = (box.size.width >= box.size.height ? box.angle : box.angle + 90) *
                                 CV_PI / 180;
            const QPointF centre(box.center.x, box.center.y);
            const QPointF half(std::cos(angle) * length / 2, std::sin(angle) * length / 2);
            canvas->setCurrentClass(cls);
            canvas->setBrush({float(width), core::BrushShape::Round});
            bench::strokeCanvas(canvas, centre - half, centre + half, 10);
            ++painted;
        }
    }
    return painted;
}

// Share of pixels where `predicted` agrees with `truth`, and the mean IoU over the classes
// present in either.
std::pair<double, double> agreement(const cv::Mat& predicted, const cv::Mat& truth, int classes) {
    double iouSum = 0;
    int present = 0;
    for (int c = 0; c < classes; ++c) {
        const int inter = cv::countNonZero((predicted == c) & (truth == c));
        const int uni = cv::countNonZero((predicted == c) | (truth == c));
        if (uni == 0) continue;
        iouSum += double(inter) / uni;
        ++present;
    }
    return {double(cv::countNonZero(predicted == truth)) / double(truth.total()),
            present ? iouSum / present : 0};
}

bool openSample(ui::MainWindow& w, const QString& id) {
    auto* list = w.findChild<QListView*>();
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QModelIndex index = list->model()->index(row, 0);
        if (index.data(ui::DatasetListModel::IdRole).toString() == id) list->setCurrentIndex(index);
    }
    for (int i = 0; i < 500 && w.annotator()->sampleId() != id; ++i) QTest::qWait(20);
    return w.annotator()->sampleId() == id;
}

void screenshot(ui::MainWindow& w, const fs::path& folder, const char* name) {
    QApplication::processEvents();
    w.grab().save(QString::fromStdString((folder / name).string()));
}

}  // namespace

int main(int argc, char** argv) {
    seg::core::configureTorchThreads(0);  // as segstudio's main does, before any thread
    QApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr,
                     "usage: bench_live_walkthrough <demo project> <image folder to create> "
                     "<screenshot folder> [seconds per scribbled image]\n");
        return 2;
    }
    const fs::path folder = argv[2], shots = argv[3];
    const int secondsPerImage = argc > 4 ? std::max(1, std::atoi(argv[4])) : 20;
    fs::create_directories(folder);
    fs::create_directories(shots);

    // The demo's images alone: a folder a new user points the app at.
    const core::Dataset demo = core::openProjectDataset(core::loadProject(argv[1]));
    std::map<std::string, const core::Sample*> demoSamples;
    for (const auto& s : demo.samples) {
        fs::copy_file(s.image, folder / s.image.filename(), fs::copy_options::overwrite_existing);
        demoSamples[s.image.stem().string()] = &s;
    }
    QStringList classNames;
    for (int c = 0; c < demo.classes.size(); ++c)
        classNames << QString::fromStdString(demo.classes.at(c).name);
    const uint8_t ignore = demo.classes.ignoreIndex();

    ui::MainWindow w;
    w.resize(1400, 900);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w, 10000)) return 1;
    if (!w.createImageFolderProject(QString::fromStdString(folder.string()), classNames)) return 1;
    // Training images in both the new project and the demo: the kept run is scored on the
    // demo's validation images, which must not have been painted.
    const core::Dataset project = core::openProjectDataset(core::loadProject(folder));
    std::vector<std::string> chosen;
    for (const auto& s : project.samples) {
        const auto it = demoSamples.find(s.image.stem().string());
        if (s.split == core::Split::Train && it != demoSamples.end() &&
            it->second->split == core::Split::Train)
            chosen.push_back(s.id);
        if (chosen.size() == 4) break;
    }
    if (chosen.size() < 4) {
        std::printf("fewer than four training images\n");
        return 1;
    }
    auto truthOf = [&](const std::string& id) {
        for (const auto& p : project.samples)
            if (p.id == id)
                return core::loadSample(demo, *demoSamples.at(p.image.stem().string())).mask;
        return cv::Mat();
    };

    ui::LiveMode* live = w.liveMode();
    ui::MaskCanvas* canvas = w.canvas();
    live->toggleAction()->trigger();
    const auto start = BenchClock::now();
    auto elapsed = [&] {
        return std::chrono::duration<double>(BenchClock::now() - start).count();
    };

    core::ScribbleOptions scribbles;
    scribbles.fraction = 0.05;
    for (int i = 0; i < 3; ++i) {
        const QString id = QString::fromStdString(chosen[size_t(i)]);
        if (!openSample(w, id)) return 1;
        const auto began = BenchClock::now();
        const cv::Mat strokes = core::scribblesFromMask(truthOf(chosen[size_t(i)]), ignore,
                                                        scribbles, uint64_t(i))
                                    .mask;
        const int painted = paintStrokes(canvas, strokes, ignore);
        const cv::Mat& mask = canvas->document()->mask();
        std::printf("%5.1f s  image %d (%s): %d strokes, %.1f%% of its pixels labelled\n",
                    elapsed(), i + 1, qPrintable(id), painted,
                    100.0 * double(mask.total() - size_t(cv::countNonZero(mask == ignore))) /
                        double(mask.total()));
        while (BenchClock::now() - began < std::chrono::seconds(secondsPerImage)) QTest::qWait(50);
        if (i == 2) screenshot(w, shots, "walkthrough-1-scribbles.png");
        if (!w.annotator()->saveNow()) return 1;
    }

    // The list ranks the images still to label by the live model's uncertainty.
    w.findChild<QComboBox*>(QStringLiteral("imageOrder"))
        ->setCurrentIndex(ui::SampleFilter::MostUncertainFirst);

    // The fourth image: its prediction, second by second, against the truth.
    const QString fourth = QString::fromStdString(chosen[3]);
    const cv::Mat truth = truthOf(chosen[3]);
    if (!openSample(w, fourth)) return 1;
    const auto opened = BenchClock::now();
    QSignalSpy shown(live, &ui::LiveMode::predictionShown);
    double firstShown = -1;
    for (int second = 1; second <= 10; ++second) {
        while (BenchClock::now() - opened < std::chrono::seconds(second)) {
            QTest::qWait(20);
            if (firstShown < 0 && live->hasPrediction())
                firstShown = std::chrono::duration<double>(BenchClock::now() - opened).count();
        }
        if (!live->hasPrediction()) continue;
        const auto [accuracy, miou] =
            agreement(canvas->livePrediction(), truth, demo.classes.size());
        std::printf("%5.1f s  image 4 (%s), %d s after opening: prediction agrees on %.1f%% of "
                    "pixels, mIoU %.3f (%lld iterations)\n",
                    elapsed(), qPrintable(fourth), second, accuracy * 100, miou,
                    static_cast<long long>(live->progress().iterations));
        if (second == 5) screenshot(w, shots, "walkthrough-2-prediction.png");
    }
    std::printf("first prediction of image 4 on screen %.2f s after opening it\n", firstShown);

    // Accepted, then corrected with the brush where it is wrong.
    live->learning()->setPaused(true);  // the prediction accepted is the one just measured
    QTest::qWait(2 * ui::LiveLearning::kRefreshMs);
    live->acceptAction()->trigger();
    const cv::Mat accepted = canvas->document()->mask().clone();
    const auto [acceptedAccuracy, acceptedIoU] = agreement(accepted, truth, demo.classes.size());
    std::printf("accepted: the mask agrees on %.1f%% of pixels, mIoU %.3f\n",
                acceptedAccuracy * 100, acceptedIoU);
    screenshot(w, shots, "walkthrough-3-accepted.png");
    // A few passes: each paints the widest disc that fits in every wrong patch of one true
    // class, at the patch's deepest pixel, as a click of a brush that size.
    int fixes = 0;
    for (int pass = 0; pass < 4; ++pass) {
        const cv::Mat wrong = canvas->document()->mask() != truth;
        for (int cls = 0; cls < demo.classes.size(); ++cls) {
            cv::Mat labels, stats, centroids;
            const int patches = cv::connectedComponentsWithStats(wrong & (truth == cls), labels,
                                                                 stats, centroids, 8);
            for (int p = 1; p < patches; ++p) {
                if (stats.at<int>(p, cv::CC_STAT_AREA) < 6) continue;  // a pixel or two at an edge
                cv::Mat distance;
                cv::distanceTransform(labels == p, distance, cv::DIST_L2, 3);
                double deepest;
                cv::Point at;
                cv::minMaxLoc(distance, nullptr, &deepest, nullptr, &at);
                canvas->setCurrentClass(cls);
                canvas->setBrush({float(std::max(2.0, deepest * 2 - 1)), core::BrushShape::Round});
                bench::strokeCanvas(canvas, QPointF(at.x, at.y), QPointF(at.x + 0.5, at.y), 10);
                ++fixes;
            }
        }
    }
    const auto [fixedAccuracy, fixedIoU] =
        agreement(canvas->document()->mask(), truth, demo.classes.size());
    std::printf("corrected with %d strokes: the mask agrees on %.1f%% of pixels, mIoU %.3f\n",
                fixes, fixedAccuracy * 100, fixedIoU);
    if (!w.annotator()->saveNow()) return 1;
    live->learning()->setPaused(false);
    screenshot(w, shots, "walkthrough-4-corrected.png");

    QSignalSpy kept(live, &ui::LiveMode::runKept);
    QTest::qWait(5000);  // it learns from the corrected image too
    live->keepAsRun();
    if (!kept.wait(120000)) {
        std::printf("the live model was not kept as a run\n");
        return 1;
    }
    std::printf("%5.1f s  kept after %lld iterations as run: %s\n", elapsed(),
                static_cast<long long>(live->progress().iterations),
                qPrintable(kept.takeFirst().at(0).toString()));
    live->toggleAction()->trigger();
    return 0;
}
