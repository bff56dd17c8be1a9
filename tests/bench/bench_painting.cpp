// Painting performance: the time from a mouse-move event to the repainted canvas during a
// brush stroke (4096x4096 and 16000x16000 images, whole image in view and at 1:1), a
// polygon fill on a 10000x10000 mask, and the memory one undo step holds. Run through
// run_painting_bench.sh (under Xvfb, so that painting reaches a real window surface).

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <vector>

#include <QApplication>
#include <QMouseEvent>
#include <QTest>
#include <QUndoStack>
#include <opencv2/core.hpp>

#include "core/annotate/mask_tools.h"
#include "core/runtime/torch_runtime.h"
#include "ui/annotate/mask_canvas.h"
#include "ui/annotate/mask_document.h"

using namespace seg;
using Clock = std::chrono::steady_clock;

namespace {

double ms(Clock::duration d) {
    return std::chrono::duration<double, std::milli>(d).count();
}

double percentile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

void send(QWidget* w, QEvent::Type type, QPointF p, Qt::MouseButtons buttons) {
    QMouseEvent event(type, p, w->mapToGlobal(p),
                      type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, buttons,
                      Qt::NoModifier);
    QApplication::sendEvent(w, &event);
}

// A stroke of `moves` mouse moves along a circle; each move is timed from the event to the
// end of the repaint it causes.
void strokeLatency(ui::MaskCanvas& canvas, const char* label, int moves, float brush) {
    canvas.setBrush({brush, core::BrushShape::Round});
    const QPointF centre(canvas.width() / 2.0, canvas.height() / 2.0);
    const double radius = std::min(canvas.width(), canvas.height()) * 0.35;
    auto at = [&](int i) {
        const double a = 2 * M_PI * i / moves * 1.5;
        return centre + QPointF(std::cos(a) * radius, std::sin(a) * radius);
    };
    send(&canvas, QEvent::MouseButtonPress, at(0), Qt::LeftButton);
    QApplication::processEvents();
    std::vector<double> latency;
    for (int i = 1; i <= moves; ++i) {
        const auto start = Clock::now();
        send(&canvas, QEvent::MouseMove, at(i), Qt::LeftButton);
        QApplication::processEvents();  // delivers the update: paintEvent and flush
        latency.push_back(ms(Clock::now() - start));
    }
    send(&canvas, QEvent::MouseButtonRelease, at(moves), Qt::NoButton);
    QApplication::processEvents();
    std::printf("%-44s brush %4.0f px: p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms  (%d moves)\n",
                label, brush, percentile(latency, 0.5), percentile(latency, 0.99),
                percentile(latency, 1.0), moves);
}

void paintingOn(int side, ui::MaskCanvas& canvas, ui::MaskDocument& document) {
    cv::Mat image(side, side, CV_8UC3);
    cv::randu(image, 0, 256);
    document.openInMemory(image, "/nonexistent/bench.png", core::ClassMap({"bg", "a", "b"}));
    canvas.setDocument(&document);
    canvas.setCurrentClass(1);
    QApplication::processEvents();
    char label[64];
    std::snprintf(label, sizeof label, "%dx%d, whole image in view", side, side);
    canvas.zoomToFit();
    strokeLatency(canvas, label, 120, 60.0f * side / 4096);
    std::snprintf(label, sizeof label, "%dx%d, 1:1", side, side);
    canvas.zoomActualSize();
    strokeLatency(canvas, label, 120, 120.0f);
    document.close();
}

}  // namespace

int main(int argc, char** argv) {
    seg::core::configureTorchThreads(0);  // as segstudio's main does, before any thread
    QApplication app(argc, argv);
    ui::MaskDocument document;
    ui::MaskCanvas canvas;
    canvas.resize(1280, 800);
    canvas.show();
    if (!QTest::qWaitForWindowExposed(&canvas, 10000)) return 1;

    paintingOn(4096, canvas, document);
    paintingOn(16000, canvas, document);

    // Polygon fill on a 10000x10000 mask: a 64-point star covering most of it.
    {
        cv::Mat mask(10000, 10000, CV_8UC1, cv::Scalar(255));
        std::vector<cv::Point> star;
        for (int i = 0; i < 64; ++i) {
            const double a = 2 * M_PI * i / 64, r = i % 2 ? 4900 : 2500;
            star.emplace_back(5000 + int(r * std::cos(a)), 5000 + int(r * std::sin(a)));
        }
        std::vector<double> times;
        for (int round = 0; round < 5; ++round) {
            mask.setTo(255);
            const auto start = Clock::now();
            const core::MaskPatch patch = core::fillPolygon(mask, star, uint8_t(round % 2));
            times.push_back(ms(Clock::now() - start));
        }
        std::printf(
            "polygon fill, 64 vertices, 10000x10000 mask (with its undo patch): "
            "best %.1f ms, median %.1f ms\n",
            *std::min_element(times.begin(), times.end()), percentile(times, 0.5));
    }

    // Memory per undo step on an 8000x8000 mask: strokes of 2000 pixels with a 40-pixel brush.
    {
        cv::Mat image(8000, 8000, CV_8UC3, cv::Scalar(0, 0, 0));
        document.openInMemory(image, "/nonexistent/bench.png", core::ClassMap({"bg", "a"}));
        size_t total = 0;
        const int strokes = 150;
        for (int i = 0; i < strokes; ++i) {
            const float y = float(200 + i * 50);
            core::MaskPatch patch =
                core::paintSegment(document.mask(), {1000, y}, {3000, y + 300},
                                   {40.0f, core::BrushShape::Round}, uint8_t(1 + i % 1));
            total += patch.bytes();
            document.commit(std::move(patch), QStringLiteral("stroke"));
        }
        std::printf(
            "undo, 8000x8000 mask, 2000-pixel strokes with a 40-pixel brush: %.2f MB per "
            "step; %d steps kept of %d (budget %zu MB, %.0f MB held)\n",
            double(total) / strokes / 1e6, document.undoStack()->count(), strokes,
            ui::MaskDocument::kDefaultUndoBudget >> 20, double(document.undoBytes()) / 1e6);
    }
    return 0;
}
