// The monkey: random actions through the real window for a fixed time with a fixed seed:
// every painting tool, strokes, undo and redo, image switches, class edits (through the
// dialog), training started and stopped. Afterwards every mask on disk reads back and is
// what the window last saved for its image, remapped by the class edits made since.
//
// SEG_MONKEY_SECONDS (default 20; the figure is 600) and SEG_MONKEY_SEED. Every
// 50 actions it prints a line, and the action counts at the end.

#include <map>
#include <random>

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QListView>
#include <QMessageBox>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include "core/data/mask_io.h"
#include "core/project/project.h"
#include "support/test_files.h"
#include "support/tiny_training.h"
#include "ui/annotate/annotator.h"
#include "ui/annotate/mask_canvas.h"
#include "ui/annotate/mask_document.h"
#include "ui/main_window.h"
#include "ui/project/class_editor_dialog.h"
#include "ui/training/training_controller.h"
#include "ui/training/training_panel.h"

using namespace seg;
namespace fs = std::filesystem;

namespace {

int monkeySeconds() {
    return qEnvironmentVariableIsSet("SEG_MONKEY_SECONDS")
               ? qEnvironmentVariableIntValue("SEG_MONKEY_SECONDS")
               : 20;
}

}  // namespace

class TestMonkey : public QObject {
    Q_OBJECT

    std::mt19937 m_random;
    std::map<QString, cv::Mat> m_expected;  // per image: the mask the window last saved
    std::map<std::string, int> m_counts;     // actions done

    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_random); }

    QPoint randomPointOn(ui::MaskCanvas* canvas) {
        const auto& mask = canvas->document()->mask();
        return canvas->toWidget(QPointF(uniform(0, mask.cols - 1) + 0.5, uniform(0, mask.rows - 1) + 0.5))
            .toPoint();
    }

    void drag(ui::MaskCanvas* canvas, int moves) {
        QPoint at = randomPointOn(canvas);
        QTest::mousePress(canvas, Qt::LeftButton, {}, at);
        for (int i = 0; i < moves; ++i) {
            at = randomPointOn(canvas);
            QMouseEvent move(QEvent::MouseMove, QPointF(at), canvas->mapToGlobal(QPointF(at)),
                             Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(canvas, &move);
        }
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, at);
    }

    // What leaving the open image saves: its mask as it is now.
    void rememberOpenMask(ui::MainWindow& w) {
        ui::MaskDocument* doc = w.canvas()->document();
        if (doc->isOpen() && !doc->isReadOnly())
            m_expected[w.annotator()->sampleId()] = doc->mask().clone();
    }

    void paint(ui::MainWindow& w) {
        ui::MaskCanvas* canvas = w.canvas();
        if (!canvas->document()->isOpen()) return;
        using Tool = ui::MaskCanvas::Tool;
        const Tool tools[] = {Tool::Brush, Tool::Brush,     Tool::Brush,      Tool::Eraser,
                              Tool::Fill,  Tool::Rectangle, Tool::Polygon,    Tool::Lasso,
                              Tool::Superpixel, Tool::Scissors};
        const Tool tool = tools[uniform(0, int(std::size(tools)) - 1)];
        canvas->setTool(tool);
        canvas->setCurrentClass(uniform(0, canvas->document()->classes().size() - 1));
        canvas->setBrush({float(uniform(1, 15)), uniform(0, 1) ? core::BrushShape::Round
                                                               : core::BrushShape::Square});
        switch (tool) {
            case Tool::Polygon:
                for (int i = uniform(1, 5); i > 0; --i)
                    QTest::mouseClick(canvas, Qt::LeftButton, {}, randomPointOn(canvas));
                QTest::keyClick(canvas, uniform(0, 3) ? Qt::Key_Return : Qt::Key_Escape);
                break;
            case Tool::Scissors:
                for (int i = uniform(1, 4); i > 0; --i)
                    QTest::mouseClick(canvas, Qt::LeftButton, {}, randomPointOn(canvas));
                QTest::mouseDClick(canvas, Qt::LeftButton, {}, randomPointOn(canvas));
                break;
            case Tool::Fill:
            case Tool::Superpixel:
                QTest::mouseClick(canvas, Qt::LeftButton, {}, randomPointOn(canvas));
                break;
            default:
                drag(canvas, uniform(1, 12));
        }
        ++m_counts["paint"];
    }

    void switchImage(ui::MainWindow& w) {
        const int rows = w.sampleList()->model()->rowCount();
        rememberOpenMask(w);
        w.sampleList()->setCurrentIndex(w.sampleList()->model()->index(uniform(0, rows - 1), 0));
        ++m_counts["switch image"];
    }

    // Moves a class (not background) one row down in the dialog: two classes swap indices.
    void editClasses(ui::MainWindow& w) {
        if (w.training()->isRunning()) return;
        const int classes = w.canvas()->document()->classes().size();
        if (classes < 3) return;
        const int row = uniform(1, classes - 2);
        rememberOpenMask(w);
        bool accepted = false;
        QTimer::singleShot(0, &w, [&w, row, &accepted] {
            auto* dialog = w.findChild<ui::ClassEditorDialog*>();
            if (!dialog) return;
            dialog->table()->setCurrentCell(row, 1);
            dialog->moveCurrent(1);
            dialog->accept();
            accepted = true;
        });
        QSignalSpy opened(&w, &ui::MainWindow::projectOpened);
        w.findChild<QAction*>(QStringLiteral("editClassesAction"))->trigger();
        if (!accepted) return;
        QVERIFY(opened.wait(60000));
        for (auto& [id, mask] : m_expected) {
            cv::Mat swapped = mask.clone();
            swapped.setTo(row + 1, mask == row);
            swapped.setTo(row, mask == row + 1);
            mask = swapped;
        }
        ++m_counts["class edit"];
    }

    void training(ui::MainWindow& w) {
        if (w.training()->isRunning()) {
            w.training()->stop();
            ++m_counts["training stop"];
        } else {
            core::TrainConfig config = test::tinyConfig(50);
            w.trainingPanel()->setConfig(config);
            w.training()->start();
            ++m_counts["training start"];
        }
    }

    static void closeMessageBoxes(QWidget& w) {
        for (auto* box : w.findChildren<QMessageBox*>())
            if (box->isVisible()) box->close();
    }

private Q_SLOTS:
    void initTestCase() { qputenv("SEGSTUDIO_DATA_DIR", QByteArray("/nonexistent")); }

    void randomActionsLoseNoSavedMask() {
        const int seconds = monkeySeconds();
        const uint32_t seed = qEnvironmentVariableIsSet("SEG_MONKEY_SEED")
                                  ? uint32_t(qEnvironmentVariableIntValue("SEG_MONKEY_SEED"))
                                  : 20261205u;
        m_random.seed(seed);
        qInfo() << "seed" << seed << "seconds" << seconds;

        QTemporaryDir dir;
        const fs::path folder = test::toPath(dir.path());
        for (int i = 0; i < 5; ++i) {  // shapes on noise: the assisted tools find edges
            cv::Mat image(72, 96, CV_8UC3);
            cv::randu(image, 0, 60);
            cv::circle(image, {20 + 12 * i, 36}, 10 + 3 * i, cv::Scalar(200, 180, 160), cv::FILLED);
            cv::rectangle(image, {60, 5}, {90, 30}, cv::Scalar(40, 160, 220), cv::FILLED);
            test::writeWithOpenCv(folder / ("img_" + std::to_string(i) + ".png"), image);
        }
        ui::MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.createImageFolderProject(dir.path(), {"background", "cat", "dog", "bird"}));
        QTimer boxCloser;  // problems are shown in message boxes: the monkey reads none
        connect(&boxCloser, &QTimer::timeout, &w, [&w] { closeMessageBoxes(w); });
        boxCloser.start(100);

        QElapsedTimer clock;
        clock.start();
        int actions = 0;
        while (clock.elapsed() < qint64(seconds) * 1000) {
            const int dice = uniform(0, 99);
            ui::MaskDocument* doc = w.canvas()->document();
            if (dice < 45) {
                paint(w);
            } else if (dice < 55) {
                doc->undoStack()->undo();
                ++m_counts["undo"];
            } else if (dice < 60) {
                doc->undoStack()->redo();
                ++m_counts["redo"];
            } else if (dice < 72) {
                switchImage(w);
            } else if (dice < 75) {
                editClasses(w);
                if (QTest::currentTestFailed()) return;
            } else if (dice < 78) {
                training(w);
            } else {
                QTest::qWait(uniform(0, 120));  // the autosave and the workers get their turn
                ++m_counts["wait"];
            }
            QApplication::processEvents();
            if (++actions % 50 == 0)
                qInfo().noquote() << QStringLiteral("%1 actions, %2 s").arg(actions).arg(clock.elapsed() / 1000);
        }
        w.training()->stopAndWait();
        QTest::qWait(300);  // the assisted tools' last results
        rememberOpenMask(w);
        QVERIFY(w.annotator()->saveNow());
        w.annotator()->finishSaves();
        boxCloser.stop();

        QString summary;
        for (const auto& [what, n] : m_counts) summary += QStringLiteral("%1 %2, ").arg(n).arg(QString::fromStdString(what));
        qInfo().noquote() << actions << "actions:" << summary;

        // Every image's mask on disk is the one the window last saved for it.
        const core::Project project = core::loadProject(folder);
        for (const auto& [id, expected] : m_expected) {
            const fs::path file = project.masksRoot() / (id.toStdString() + ".png");
            const bool labelled = cv::countNonZero(expected != 255) > 0;
            if (!labelled) {  // erased back to nothing: no file says "labelled"
                QVERIFY2(!fs::exists(file) || cv::countNonZero(core::readMask(file) != 255) == 0,
                         qPrintable(id));
                continue;
            }
            QVERIFY2(fs::exists(file), qPrintable(id));
            QVERIFY2(test::sameMat(core::readMask(file, &project.classes), expected), qPrintable(id));
        }
        QVERIFY(m_counts["switch image"] > 0);
    }
};

int main(int argc, char** argv) {
    // Qt Test aborts a test function after 5 minutes; the monkey runs as long as it is asked
    // to, with 5 minutes to spare for the checks at the end.
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", QByteArray::number((monkeySeconds() + 300) * 1000));
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);  // as QTEST_MAIN does
    TestMonkey test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_monkey.moc"
