// guide_screenshots OUT_DIR: the user guide's screenshots, taken from the real window as a
// user goes through the guide: the welcome page, the demo project, training, comparing two
// models, the validation images, painting and live mode. Run by docs/guide/make-screenshots.sh
// under Xvfb, once per language (SEGSTUDIO_LANG), with settings and data folders of its own.
// Exits non-zero, naming the step, when a step does not come to pass.

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <cstdio>
#include <filesystem>

#include "core/project/run_store.h"
#include "core/runtime/torch_runtime.h"
#include "support/canvas_drag.h"
#include "support/compare_fixture.h"
#include "support/test_files.h"
#include "ui/annotate/annotator.h"
#include "ui/annotate/live_mode.h"
#include "ui/annotate/mask_canvas.h"
#include "ui/app_identity.h"
#include "ui/compare/compare_view.h"
#include "ui/compare/split_scoring.h"
#include "ui/compare/validation_browser.h"
#include "ui/main_window.h"
#include "ui/text/translations.h"
#include "ui/training/training_controller.h"
#include "ui/training/training_panel.h"

namespace fs = std::filesystem;
using namespace seg;

namespace {

QString g_out;

[[noreturn]] void fail(const char* step) {
    std::fprintf(stderr, "guide_screenshots: %s did not happen\n", step);
    std::exit(1);
}

void require(bool ok, const char* step) {
    if (!ok) fail(step);
}

void save(QWidget& window, const char* name) {
    QTest::qWait(400);  // queued repaints and replots land first
    require(window.grab().save(g_out + QLatin1Char('/') + QLatin1String(name)), name);
    std::printf("wrote %s/%s\n", qPrintable(g_out), name);
}

// Trains the panel's model for `epochs` from the Training menu; waits for the end.
void train(ui::MainWindow& w, int epochs, const char* shotWhileRunning) {
    w.trainingPanel()->epochsBox()->setValue(epochs);
    QSignalSpy ended(w.training(), &ui::TrainingController::runEnded);
    QSignalSpy started(w.training(), &ui::TrainingController::runStarted);
    w.findChild<QAction*>(QStringLiteral("startTrainingAction"))->trigger();
    require(w.training()->isRunning() && !started.isEmpty(), "training start");
    if (shotWhileRunning) {
        // Most of the epochs plotted, the last ones still to come.
        const fs::path run = test::toPath(started.front().front().toString());
        require(QTest::qWaitFor([&] { return core::readRun(run).epochs.size() + 2 >= size_t(epochs); },
                                10 * 60 * 1000),
                "epochs plotted");
        save(w, shotWhileRunning);
    }
    require(ended.count() > 0 || ended.wait(10 * 60 * 1000), "training end");
}

// A folder of the demo's first images without their masks: a project to paint.
QString imageFolder(const QString& demo) {
    const QString folder = QDir::tempPath() + QStringLiteral("/segstudio-guide-images");
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    const QString from = demo + QStringLiteral("/data/images/");
    const QStringList images = QDir(from).entryList({QStringLiteral("*.png")}, QDir::Files);
    require(images.size() >= 12, "the demo's images found");
    for (int i = 0; i < 12; ++i)
        require(QFile::copy(from + images[i], folder + QLatin1Char('/') + images[i]), "image copied");
    return folder;
}

}  // namespace

int main(int argc, char** argv) {
    core::keepTensorMemoryInProcess();
    QApplication app(argc, argv);
    ui::setApplicationIdentity();
    ui::installTranslations(app, ui::preferredLocale());
    core::configureTorchThreads(0);
    require(argc == 2, "usage: guide_screenshots OUT_DIR");
    g_out = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(g_out);

    ui::MainWindow w;
    w.resize(1280, 800);
    w.show();
    require(QTest::qWaitForWindowExposed(&w), "window shown");
    save(w, "welcome.png");

    QSignalSpy opened(&w, &ui::MainWindow::projectOpened);
    w.openDemoProject();
    require(opened.count() > 0 || opened.wait(5 * 60 * 1000), "demo project open");
    w.sampleList()->setCurrentIndex(w.sampleList()->model()->index(7, 0));
    QTest::qWait(1500);
    save(w, "demo-images.png");

    // Two models: the recipe's U-Net, and a shorter run of it to compare with.
    train(w, 12, "training.png");
    train(w, 3, nullptr);

    ui::CompareView* compare = w.compareView();
    w.centralTabs()->setCurrentWidget(compare);
    test::tickModels(*compare, {0, 1});
    w.sampleList()->setCurrentIndex(w.sampleList()->model()->index(3, 0));
    QTest::qWait(500);
    require(test::waitUntilIdle(*compare), "predictions of two models");
    save(w, "compare.png");
    QSignalSpy scored(compare->scoring(), &ui::SplitScoring::finished);
    compare->findChild<QPushButton*>(QStringLiteral("scoreValidation"))->click();
    require(scored.wait(5 * 60 * 1000), "validation images scored");
    for (auto* tabs : compare->findChildren<QTabWidget*>())
        if (tabs->indexOf(compare->browser()) >= 0) tabs->setCurrentWidget(compare->browser());
    compare->browser()->table()->selectRow(0);
    require(test::waitUntilIdle(*compare), "worst image predicted");
    save(w, "validation.png");

    // Painting on a project of plain images, then live mode on the next one.
    const QString demo = ui::MainWindow::demoProjectFolder();
    w.centralTabs()->setCurrentWidget(w.canvas());
    require(w.createImageFolderProject(imageFolder(demo), {QStringLiteral("background"),
                                                           QStringLiteral("circle"),
                                                           QStringLiteral("rectangle"),
                                                           QStringLiteral("triangle"),
                                                           QStringLiteral("ellipse")}),
            "image-folder project");
    w.sampleList()->setCurrentIndex(w.sampleList()->model()->index(0, 0));
    require(QTest::qWaitFor([&] { return !w.annotator()->sampleId().isEmpty(); }, 10000),
            "image open for painting");
    ui::MaskCanvas* canvas = w.canvas();
    canvas->setBrush({14.0f, core::BrushShape::Round});
    canvas->setCurrentClass(0);
    test::dragOnCanvas(canvas, {4, 4}, {120, 6});
    test::dragOnCanvas(canvas, {4, 122}, {122, 120});
    canvas->setCurrentClass(2);
    test::dragOnCanvas(canvas, {40, 60}, {80, 62});
    if (auto* history = w.findChild<QDockWidget*>(QStringLiteral("historyDock"))) history->raise();
    save(w, "painting.png");

    ui::LiveMode* live = w.liveMode();
    require(live->toggleAction()->isEnabled(), "live mode available");
    live->toggleAction()->trigger();
    canvas->setCurrentClass(1);
    test::dragOnCanvas(canvas, {50, 40}, {70, 44});
    canvas->setCurrentClass(0);
    test::dragOnCanvas(canvas, {8, 90}, {30, 118});
    require(QTest::qWaitFor([&] { return live->hasPrediction(); }, 120000), "live prediction");
    QTest::qWait(8000);  // a few more iterations: a steadier prediction
    if (auto* palette = w.findChild<QDockWidget*>(QStringLiteral("paletteDock"))) palette->raise();
    save(w, "live-mode.png");
    live->toggleAction()->trigger();
    return 0;
}
