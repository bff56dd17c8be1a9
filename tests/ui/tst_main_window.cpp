#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/core.hpp>

#include "core/data/mask_io.h"
#include "core/data/synthetic_changes.h"
#include "core/project/project.h"
#include "support/gui_helpers.h"
#include "support/test_files.h"
#include "ui/annotate/mask_canvas.h"
#include "ui/annotate/mask_document.h"
#include "ui/charts/class_frequency_chart.h"
#include "ui/dataset_list_model.h"
#include "ui/main_window.h"
#include "ui/project/class_editor_dialog.h"
#include "ui/text/translations.h"

using namespace seg;

// Drives the real main window on the offscreen platform. SEGSTUDIO_SCREENSHOT_DIR, when set,
// receives PNGs of what the window shows.
class TestMainWindow : public QObject {
    Q_OBJECT

    QTemporaryDir m_data;

    // The demo project, made here when no earlier test made it through the window, so that
    // each test function passes when run alone.
    static QString demoFolder() {
        const QString folder = ui::MainWindow::demoProjectFolder();
        if (!QFileInfo::exists(folder + QStringLiteral("/project.json")))
            core::createDemoProject(test::toPath(folder), core::SyntheticShapesOptions{});
        return folder;
    }

private Q_SLOTS:
    void initTestCase() { qputenv("SEGSTUDIO_DATA_DIR", m_data.path().toUtf8()); }

    void demoProjectIsCreatedThenOpened() {
        ui::MainWindow w;
        w.show();
        QSignalSpy opened(&w, &ui::MainWindow::projectOpened);
        w.openDemoProject();
        QVERIFY(opened.wait(120000));
        QCOMPARE(w.datasetModel()->rowCount(), 500);
        QVERIFY(QFileInfo::exists(m_data.filePath(QStringLiteral("demo/project.json"))));

        // The first image is shown with its mask, indices intact.
        QVERIFY(w.sampleList()->currentIndex().isValid());
        const QImage& image = w.canvas()->document()->image();
        const QImage& mask = w.canvas()->document()->maskImage();
        QCOMPARE(image.size(), QSize(128, 128));
        QCOMPARE(mask.format(), QImage::Format_Indexed8);
        const auto& sample = w.datasetModel()->sample(0);
        const cv::Mat onDisk = core::readMask(sample.mask);
        for (int y = 0; y < 128; y += 9)
            for (int x = 0; x < 128; x += 7)
                QCOMPARE(mask.pixelIndex(x, y), int(onDisk.at<uint8_t>(y, x)));
        test::screenshot(w, "main_window_demo.png");
    }

    // Help > About says what the window runs on, without blocking the event loop.
    void aboutNamesVersionsAndRuntime() {
        ui::MainWindow w;
        w.show();
        QAction* about = nullptr;
        for (QAction* action : w.findChildren<QAction*>())
            if (action->text() == QStringLiteral("&About SegStudio")) about = action;
        QVERIFY(about);
        about->trigger();
        auto* box = w.findChild<QMessageBox*>(QStringLiteral("aboutBox"));
        QVERIFY(box && box->isVisible());
        for (const char* fact : {"SegStudio 0.", "LibTorch 1.", "OpenCV 4.",
                                 "Threads: ", "CUDA: ", "General Public License"})
            QVERIFY2(box->text().contains(QLatin1String(fact)), qPrintable(box->text()));
        test::screenshot(*box, "about.png");
        box->close();
    }

    // View > Language lists the languages in their own words; a choice is kept for the
    // next start (and used then, unless SEGSTUDIO_LANG says otherwise), and offers a restart.
    void languageMenuKeepsTheChoice() {
        ui::MainWindow w;
        w.show();
        QMenu* menu = nullptr;
        for (QAction* action : w.findChildren<QAction*>())
            if (action->objectName() == QStringLiteral("languageMenu")) menu = action->menu();
        QVERIFY(menu);
        QStringList names;
        QAction* chinese = nullptr;
        for (QAction* action : menu->actions()) {
            names << action->text();
            if (action->data().toString() == QStringLiteral("zh_CN")) chinese = action;
        }
        QVERIFY2(names.contains(QStringLiteral("English")), qPrintable(names.join(',')));
        QVERIFY2(chinese && chinese->text() == QStringLiteral("简体中文"),
                 qPrintable(names.join(',')));
        QVERIFY(menu->actions().first()->isChecked());  // the system's, until one is chosen
        chinese->trigger();
        QCOMPARE(ui::chosenLanguage(), QStringLiteral("zh_CN"));
        QVERIFY(chinese->isChecked());
        auto* box = w.findChild<QMessageBox*>(QStringLiteral("languageBox"));
        QVERIFY(box && box->isVisible());
        box->close();
        qunsetenv("SEGSTUDIO_LANG");
        QCOMPARE(ui::preferredLocale().name(), QStringLiteral("zh_CN"));
        qputenv("SEGSTUDIO_LANG", "en");
        QCOMPARE(ui::preferredLocale().language(), QLocale::English);
        ui::chooseLanguage(QString());  // back to the system's, for the other tests
    }

    void classFrequenciesAreCounted() {
        ui::MainWindow w;
        QVERIFY(w.openProject(demoFolder()));
        QSignalSpy counted(w.classFrequencies(), &ui::ClassFrequencyChart::counted);
        QVERIFY(counted.wait(60000));
        const auto& pixels = w.classFrequencies()->pixels();
        QCOMPARE(pixels.size(), size_t(5));
        uint64_t total = 0;
        for (uint64_t p : pixels) {
            QVERIFY(p > 0);  // every shape kind occurs in 500 images
            total += p;
        }
        QCOMPARE(total, uint64_t(500) * 128 * 128);  // the demo has no unlabelled pixels
        QVERIFY(pixels[0] > pixels[1]);              // background dominates
    }

    void classEditorDescribesTheEdit() {
        const core::ClassMap classes({"background", "cat", "dog", "bird"});
        ui::ClassEditorDialog dialog(classes);
        auto* table = dialog.table();
        table->setCurrentCell(1, 1);
        dialog.moveCurrent(1);  // cat below dog
        table->setCurrentCell(3, 1);
        dialog.removeCurrent();  // bird
        dialog.addClass();
        table->item(3, 1)->setText(QStringLiteral("fish"));
        const core::ClassEdit edit = dialog.edit();
        QCOMPARE(edit.sourceIndex, (std::vector<int>{0, 2, 1, -1}));
        QCOMPARE(edit.classes[1].name, std::string("dog"));
        QCOMPARE(edit.classes[3].name, std::string("fish"));
        QVERIFY(edit.classes[3].color != edit.classes[0].color);
        // A duplicate name is refused and the dialog stays open.
        table->item(3, 1)->setText(QStringLiteral("dog"));
        dialog.show();
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void filterShowsTheValidationSplit() {
        ui::MainWindow w;
        QVERIFY(w.openProject(demoFolder()));
        auto* filter = w.findChild<QComboBox*>();
        QVERIFY(filter);
        filter->setCurrentIndex(2);
        QCOMPARE(w.sampleList()->model()->rowCount(), 100);
        filter->setCurrentIndex(4);  // labelled: all of them
        QCOMPARE(w.sampleList()->model()->rowCount(), 500);
        filter->setCurrentIndex(3);  // unlabelled: none in the demo
        QCOMPARE(w.sampleList()->model()->rowCount(), 0);
        QVERIFY(!w.canvas()->message().isEmpty());
    }

    void brokenProjectIsReportedAndTheOpenOneStays() {
        ui::MainWindow w;
        w.show();
        QVERIFY(w.openProject(demoFolder()));
        QTemporaryDir broken;
        test::writeBytes(test::toPath(broken.path()) / "project.json",
                         "{\"version\": 1, \"name\": ");
        QVERIFY(!w.openProject(broken.path()));
        QMessageBox* box = test::visibleMessage(w);
        QVERIFY(box);
        QVERIFY2(box->text().contains(broken.path() + QStringLiteral("/project.json")),
                 qPrintable(box->text()));
        QVERIFY(box->text().contains(QStringLiteral("not valid JSON")));
        QCOMPARE(w.datasetModel()->rowCount(), 500);
        box->close();

        test::writeBytes(test::toPath(broken.path()) / "project.json",
                         R"({"version": 7, "classes": {"classes": [{"name": "a"}]}, "data": "d"})");
        QVERIFY(!w.openProject(broken.path()));
        QVERIFY(test::visibleMessage(w)->text().contains(QStringLiteral("newer SegStudio")));
    }

    // A change-pairs project opens its pairs: View > Show After Image (A) flips the canvas
    // between the two dates, the status bar says which is shown, and the dataset's 0/255
    // labels are painted as the change class. A project of single images has nothing to flip.
    void changePairsFlipBetweenTheirImages() {
        QTemporaryDir dir;
        core::SyntheticChangesOptions options;
        options.count = 3;
        options.width = options.height = 48;
        const auto folder = test::toPath(dir.path()) / "pairs";
        QVERIFY(core::writeChangePairsDataset(folder, options));
        core::createDatasetProject(folder);
        ui::MainWindow w;
        w.resize(1280, 800);
        QVERIFY(w.openProject(QString::fromStdString(folder.string())));
        w.sampleList()->setCurrentIndex(w.sampleList()->model()->index(0, 0));
        const ui::MaskDocument* document = w.canvas()->document();
        QVERIFY(document->hasAfterImage());
        QVERIFY(cv::countNonZero(const_cast<ui::MaskDocument*>(document)->mask() == 1) > 0);
        const auto status = [&w] {
            QStringList texts;
            for (const QLabel* label : w.statusBar()->findChildren<QLabel*>())
                texts << label->text();
            return texts.join(QLatin1Char('|'));
        };
        QVERIFY2(status().contains(QStringLiteral("(before)")), qPrintable(status()));
        auto* flip = w.findChild<QAction*>(QStringLiteral("showAfterImage"));
        QVERIFY(flip && flip->isEnabled());
        QCOMPARE(flip->shortcut(), QKeySequence(Qt::Key_A));
        const cv::Mat before = document->imageBgr().clone();
        flip->trigger();
        QVERIFY(document->showsAfterImage());
        QVERIFY(!test::sameMat(document->imageBgr(), before));
        QVERIFY2(status().contains(QStringLiteral("(after)")), qPrintable(status()));
        test::screenshot(w, "change_pair_after.png");
        flip->trigger();
        QVERIFY(test::sameMat(document->imageBgr(), before));

        QVERIFY(w.openProject(demoFolder()));
        w.sampleList()->setCurrentIndex(w.sampleList()->model()->index(0, 0));
        QVERIFY(!flip->isEnabled());
    }

    void unreadableImageShowsWhy() {
        QTemporaryDir dir;
        core::SyntheticShapesOptions o;
        o.count = 3;
        o.width = o.height = 32;
        const auto project = core::createDemoProject(test::toPath(dir.path()), o);
        QVERIFY(project);
        test::writeBytes(project->dataRoot() / "images" / "shape_0000.png", "");
        ui::MainWindow w;
        QVERIFY(w.openProject(dir.path()));
        w.sampleList()->setCurrentIndex(w.sampleList()->model()->index(0, 0));
        QVERIFY2(
            w.canvas()->message().contains(QStringLiteral("shape_0000.png: The file is empty.")),
            qPrintable(w.canvas()->message()));
        w.sampleList()->setCurrentIndex(w.sampleList()->model()->index(1, 0));
        QVERIFY(!w.canvas()->document()->image().isNull());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
