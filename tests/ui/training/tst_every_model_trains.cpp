// Every architecture of the table trains from the window as a user starts it: open the
// project, pick the architecture in the model picker, set its width, press Start, and the run
// finishes with a checkpoint and appears in the runs list; then all of them predict side by
// side in the Compare tab. Pair networks are offered on a change project only; there, the
// single-image networks train too, on the pair as 6 channels.

#include <QAbstractItemView>
#include <QComboBox>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

#include "core/data/synthetic_changes.h"
#include "core/models/architecture_table.h"
#include "core/project/project.h"
#include "core/project/run_store.h"
#include "support/gui_helpers.h"
#include "support/test_files.h"
#include "support/tiny_training.h"
#include "ui/compare/compare_view.h"
#include "ui/compare/model_predictions.h"
#include "ui/main_window.h"
#include "ui/training/model_form.h"
#include "ui/training/runs_view.h"
#include "ui/training/training_controller.h"
#include "ui/training/training_panel.h"
#include "ui/training/training_runner.h"

using namespace seg;
namespace fs = std::filesystem;

class TestEveryModelTrains : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_shapes;   // a demo project of single images
    QString m_changes;  // a change project of image pairs

    static bool isOffered(const QComboBox* box, const std::string& name) {
        const int index = box->findData(QString::fromStdString(name));
        const auto* items = qobject_cast<const QStandardItemModel*>(box->model());
        return index >= 0 && items->item(index)->isEnabled();
    }

    // Picks `name` in the model picker and sets its width, when it has one, to the smallest
    // the table allows, as a user would to try a model quickly.
    static void pick(ui::TrainingPanel& panel, const std::string& name) {
        QComboBox* box = panel.modelBox();
        box->setCurrentIndex(box->findData(QString::fromStdString(name)));
        if (auto* width = qobject_cast<QSpinBox*>(panel.modelForm()->optionField("width")))
            width->setValue(width->minimum());
    }

    // Trains every architecture the project's window offers, one epoch each; returns how
    // many it trained.
    int trainEveryOfferedModel(const QString& project) {
        ui::MainWindow w;
        w.resize(1280, 800);
        w.show();
        if (!w.openProject(project)) return -1;
        ui::TrainingPanel* panel = w.trainingPanel();
        core::TrainConfig tiny = test::tinyConfig(1);
        tiny.model.numClasses = 0;  // the project's classes
        panel->setConfig(tiny);
        auto* runner = w.training()->runner();
        int trained = 0;
        for (const core::Architecture& a : core::architectureTable()) {
            if (!isOffered(panel->modelBox(), a.name)) continue;
            pick(*panel, a.name);
            if (panel->config().model.architecture != a.name) {
                qWarning("%s: the picker did not take it", a.name.c_str());
                return -1;
            }
            QSignalSpy ended(runner, &ui::TrainingRunner::ended);
            QTest::mouseClick(panel->startButton(), Qt::LeftButton);
            if (!w.training()->isRunning()) {
                qWarning("%s: training did not start", a.name.c_str());
                return -1;
            }
            if (!ended.wait(120000)) {
                qWarning("%s: training did not end", a.name.c_str());
                return -1;
            }
            const auto outcome = ended.takeFirst().at(0).value<core::TrainOutcome>();
            if (outcome.status != core::TrainStatus::Finished) {
                qWarning("%s: %s", a.name.c_str(), outcome.message.c_str());
                return -1;
            }
            ++trained;
            // The run is listed under its architecture, with a checkpoint to predict with.
            (void)QTest::qWaitFor([&] { return int(w.runsView()->runs().size()) == trained; },
                                  10000);
            const auto& runs = w.runsView()->runs();
            const auto run = std::find_if(runs.begin(), runs.end(), [&](const auto& r) {
                return r.config && r.config->model.architecture == a.name;
            });
            if (run == runs.end() || run->epochs.size() != 1 || run->lastCheckpoint.empty() ||
                !fs::exists(run->lastCheckpoint)) {
                qWarning("%s: no run with its epoch and checkpoint listed", a.name.c_str());
                return -1;
            }
        }
        return comparesAll(w, trained) ? trained : -1;
    }

    // The Compare tab lists every run; ticked, as many at a time as it compares, each one
    // predicts the image on screen.
    static bool comparesAll(ui::MainWindow& w, int runs) {
        QTest::keyClick(&w, Qt::Key_3, Qt::ControlModifier);
        ui::CompareView* compare = w.compareView();
        auto* list = compare->findChild<QListWidget*>(QStringLiteral("compareModels"));
        if (w.centralTabs()->currentWidget() != compare || list->count() != runs) {
            qWarning("the Compare tab lists %d of %d runs", list->count(), runs);
            return false;
        }
        for (int first = 0; first < runs; first += ui::CompareView::kMaxModels) {
            const int last = std::min(runs, first + ui::CompareView::kMaxModels);
            for (int i = 0; i < runs; ++i)
                list->item(i)->setCheckState(i >= first && i < last ? Qt::Checked : Qt::Unchecked);
            const ui::ModelPredictions* predictions = compare->predictions();
            if (!QTest::qWaitFor([&] { return predictions->runningJobs() == 0; }, 60000) ||
                predictions->modelCount() != last - first)
                return false;
            for (int m = 0; m < last - first; ++m) {
                const auto* prediction = predictions->prediction(m);
                if (!prediction || prediction->mask.size() != cv::Size(32, 32)) {
                    qWarning("%s: no prediction", qPrintable(list->item(first + m)->text()));
                    return false;
                }
            }
        }
        return true;
    }

    static int countSingleImageModels() {
        int n = 0;
        for (const core::Architecture& a : core::architectureTable()) n += a.inputImages == 1;
        return n;
    }

private Q_SLOTS:
    void initTestCase() {
        qputenv("SEGSTUDIO_DATA_DIR", m_dir.path().toUtf8());
        core::SyntheticShapesOptions shapes;
        shapes.count = 12;
        shapes.width = shapes.height = 32;
        m_shapes = m_dir.filePath(QStringLiteral("shapes"));
        QVERIFY(core::createDemoProject(test::toPath(m_shapes), shapes).has_value());

        core::SyntheticChangesOptions changes;
        changes.count = 12;
        changes.width = changes.height = 32;
        m_changes = m_dir.filePath(QStringLiteral("changes"));
        QVERIFY(core::writeChangePairsDataset(test::toPath(m_changes), changes));
        core::createDatasetProject(test::toPath(m_changes));
        QVERIFY(fs::exists(test::toPath(m_changes) / core::Project::kFileName));
    }

    // The picker greys out what the project cannot train, and says why.
    void thePickerOffersWhatTheProjectTrains() {
        ui::MainWindow w;
        QVERIFY(w.openProject(m_shapes));
        QComboBox* box = w.trainingPanel()->modelBox();
        for (const core::Architecture& a : core::architectureTable())
            QCOMPARE(isOffered(box, a.name), a.inputImages == 1);
        const int pair = box->findData(QStringLiteral("fc_ef"));
        QVERIFY(box->itemData(pair, Qt::ToolTipRole).toString().contains(QStringLiteral("change")));
        w.resize(1280, 800);
        w.show();
        box->showPopup();
        test::screenshot(*box->view()->window(), "model_picker_single_images.png");
        box->hidePopup();

        // On a change project every architecture is offered; a pair network shown on
        // another project gives way to the first single-image one.
        QVERIFY(w.openProject(m_changes));
        for (const core::Architecture& a : core::architectureTable())
            QVERIFY(isOffered(box, a.name));
        box->setCurrentIndex(pair);
        QVERIFY(w.openProject(m_shapes));
        QCOMPARE(w.trainingPanel()->config().model.architecture, std::string("unet"));
    }

    void everySingleImageModelTrains() {
        QCOMPARE(trainEveryOfferedModel(m_shapes), countSingleImageModels());
    }

    void everyModelTrainsOnPairs() {
        QCOMPARE(trainEveryOfferedModel(m_changes), int(core::architectureTable().size()));
    }
};

QTEST_MAIN(TestEveryModelTrains)
#include "tst_every_model_trains.moc"
