#include <functional>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "core/data/synthetic_changes.h"
#include "core/project/project.h"
#include "support/gui_helpers.h"
#include "support/test_files.h"
#include "ui/main_window.h"
#include "ui/project/change_folders_dialog.h"
#include "ui/text/error_text.h"

using namespace seg;
namespace fs = std::filesystem;

// File > New Project on a folder of change pairs whose folders are not LEVIR-CD's A/, B/
// and label/: the window asks for them, and the project keeps them.
class TestNewProject : public QObject {
    Q_OBJECT

    // Four synthetic 32x32 pairs in <folder>/2019, <folder>/2022 and <folder>/change.
    static void writeDatedPairs(const fs::path& folder) {
        core::SyntheticChangesOptions options;
        options.count = 4;
        options.width = options.height = 32;
        QVERIFY(core::writeChangePairsDataset(folder, options));
        fs::rename(folder / "A", folder / "2019");
        fs::rename(folder / "B", folder / "2022");
        fs::rename(folder / "label", folder / "change");
    }

    static QPushButton* okButton(ui::ChangeFoldersDialog& dialog) {
        return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    }

    // Runs `answer` on the change-folders dialog once the window has opened it.
    static void whenTheDialogOpens(ui::MainWindow& w,
                                   std::function<void(ui::ChangeFoldersDialog&)> answer) {
        QTimer::singleShot(0, &w, [&w, answer] {
            auto* dialog = w.findChild<ui::ChangeFoldersDialog*>();
            QVERIFY(dialog);
            answer(*dialog);
        });
    }

private Q_SLOTS:
    void initTestCase() { qputenv("SEGSTUDIO_DATA_DIR", QByteArray("/nonexistent")); }

    // Common spellings are guessed (dates in order, a mask folder); the same folder twice
    // cannot be accepted.
    void theDialogGuessesTheFolders() {
        QTemporaryDir dir;
        const fs::path root = test::toPath(dir.path());
        for (const char* sub : {"train/post", "train/pre", "train/gt", "val/post", "masks"})
            fs::create_directories(root / sub);
        QCOMPARE(ui::ChangeFoldersDialog::candidateFolders(dir.path()),
                 QStringList({"gt", "post", "pre"}));  // split and project folders left out
        ui::ChangeFoldersDialog dialog(dir.path());
        const core::ChangeFolders guessed = dialog.folders();
        QCOMPARE(guessed.before, std::string("pre"));
        QCOMPARE(guessed.after, std::string("post"));
        QCOMPARE(guessed.label, std::string("gt"));
        QVERIFY(okButton(dialog)->isEnabled());
        dialog.afterBox()->setCurrentText(QStringLiteral("pre"));
        QVERIFY(!okButton(dialog)->isEnabled());
        dialog.afterBox()->setCurrentText(QStringLiteral("post"));
        dialog.labelBox()->setCurrentText(QStringLiteral("post"));
        QVERIFY(!okButton(dialog)->isEnabled());
        dialog.labelBox()->setCurrentIndex(0);  // no labels yet: the default name stands
        QVERIFY(okButton(dialog)->isEnabled());
        QCOMPARE(dialog.folders().label, core::ChangeFolders{}.label);
    }

    void aChangeDatasetUnderItsOwnNamesBecomesAProject() {
        QTemporaryDir dir;
        const fs::path root = test::toPath(dir.path()) / "city";
        writeDatedPairs(root);
        ui::MainWindow w;
        w.show();
        whenTheDialogOpens(w, [](ui::ChangeFoldersDialog& dialog) {
            QCOMPARE(dialog.beforeBox()->currentText(), QStringLiteral("2019"));
            QCOMPARE(dialog.afterBox()->currentText(), QStringLiteral("2022"));
            QCOMPARE(dialog.labelBox()->currentText(), QStringLiteral("change"));
            test::screenshot(dialog, "change_folders_dialog.png");
            dialog.accept();
        });
        QVERIFY(w.createProjectFromFolder(ui::toQPath(root)));
        const core::Project project = core::loadProject(root);
        QCOMPARE(project.layout, core::DatasetLayout::ChangePairs);
        QVERIFY((project.changeFolders == core::ChangeFolders{"2019", "2022", "change"}));
        const core::Dataset dataset = core::openProjectDataset(project);
        QCOMPARE(dataset.samples.size(), size_t{4});
        for (const auto& sample : dataset.samples) QVERIFY(!sample.mask.empty());
    }

    void cancellingMakesNoProject() {
        QTemporaryDir dir;
        const fs::path root = test::toPath(dir.path());
        writeDatedPairs(root);
        ui::MainWindow w;
        w.show();
        whenTheDialogOpens(w, [](ui::ChangeFoldersDialog& dialog) { dialog.reject(); });
        QVERIFY(!w.createProjectFromFolder(dir.path()));
        QVERIFY(!fs::exists(root / "project.json"));
        QVERIFY(!test::visibleMessage(w));  // cancelling is no problem to report
    }
};

QTEST_MAIN(TestNewProject)
#include "tst_new_project.moc"
