#include "ui/main_window.h"

// MainWindow, part two: making, opening and changing projects (the File and Project menus'
// work). Part one, main_window.cpp, builds the window and shows the open project.

#include <memory>

#include <QAction>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QMenu>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

#include "core/annotate/journal_recovery.h"
#include "core/common/error.h"
#include "core/common/paths.h"
#include "core/project/class_edit.h"
#include "core/project/project.h"
#include "ui/annotate/annotator.h"
#include "ui/annotate/live_mode.h"
#include "ui/dataset_list_model.h"
#include "ui/demo_project_job.h"
#include "ui/jobs/background_job.h"
#include "ui/project/change_folders_dialog.h"
#include "ui/project/class_editor_dialog.h"
#include "ui/project/class_names_dialog.h"
#include "ui/text/error_text.h"
#include "ui/training/training_controller.h"
#include "ui/welcome_page.h"
#include "ui/widgets/job_progress.h"

namespace seg::ui {

namespace {

constexpr int kMaxRecentProjects = 8;
const QString kRecentKey = QStringLiteral("recentProjects");

}  // namespace

QString MainWindow::demoProjectFolder() {
    const QByteArray overridden = qgetenv("SEGSTUDIO_DATA_DIR");
    const QString base =
        overridden.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
            : QString::fromLocal8Bit(overridden);
    return base + QStringLiteral("/demo");
}

void MainWindow::openDemoProject() {
    const QString folder = demoProjectFolder();
    if (QFileInfo::exists(folder + QStringLiteral("/project.json"))) {
        openProject(folder);
        return;
    }
    auto* job = new DemoProjectJob(folder, this);
    connect(job, &DemoProjectJob::finished, this, [this, job, folder](const QString& error) {
        job->deleteLater();
        if (error.isEmpty()) {
            openProject(folder);
        } else {
            showProblem(tr("Cannot create the demo project"), error);
            Q_EMIT demoFailed(error);
        }
    });
    job->start();
}

void MainWindow::showOpenDialog() {
    const QString file = QFileDialog::getOpenFileName(this, tr("Open Project"), QString(),
                                                      tr("SegStudio projects (project.json)"));
    if (!file.isEmpty()) openProject(file);
}

void MainWindow::showNewProjectDialog() {
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Choose a Dataset Folder (VOC, PennFudan, images/ and masks/, or change pairs)"));
    if (!folder.isEmpty()) createProjectFromFolder(folder);
}

void MainWindow::showNewImageFolderDialog() {
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Choose a Folder of Images to Annotate"));
    if (folder.isEmpty()) return;
    if (core::isProjectPath(core::pathFromUtf8(folder.toStdString()))) {
        openProject(folder);  // already a project: its classes stand
        return;
    }
    ClassNamesDialog names(folder, this);
    if (names.exec() == QDialog::Accepted) createImageFolderProject(folder, names.names());
}

bool MainWindow::reopenLastProject() {
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    if (recent.isEmpty() || !core::isProjectPath(core::pathFromUtf8(recent.front().toStdString())))
        return false;
    return openProject(recent.front());
}

bool MainWindow::createProjectFromFolder(const QString& folder) {
    core::DatasetOptions options;
    const auto root = core::pathFromUtf8(folder.toStdString());
    // Change pairs come under many folder names: ask for them rather than refuse the folder.
    if (!core::isProjectPath(root) && !core::detectLayout(root) &&
        ChangeFoldersDialog::candidateFolders(folder).size() >= 2) {
        ChangeFoldersDialog dialog(folder, this);
        if (dialog.exec() != QDialog::Accepted) return false;
        options.changeFolders = dialog.folders();
    }
    return createProjectIn(folder, [&options](const std::filesystem::path& root) {
        core::createDatasetProject(root, options);
    });
}

bool MainWindow::createImageFolderProject(const QString& folder, const QStringList& classNames) {
    std::vector<std::string> names;
    for (const QString& name : classNames) names.push_back(name.toStdString());
    return createProjectIn(folder, [&names](const std::filesystem::path& root) {
        core::createImageFolderProject(root, core::ClassMap(names));
    });
}

bool MainWindow::createProjectIn(const QString& folder,
                                 const std::function<void(const std::filesystem::path&)>& create) {
    const auto root = core::pathFromUtf8(folder.toStdString());
    if (core::isProjectPath(root)) return openProject(folder);  // already one: open it
    try {
        create(root);
    } catch (const core::Error& e) {
        showProblem(tr("Cannot create a project here"), ErrorText::describe(e));
        return false;
    }
    return openProject(folder);
}

QString MainWindow::recoverUnsavedEdits(const core::Project& project, core::Dataset& dataset) {
    const core::JournalRecovery recovery = core::recoverJournals(project, dataset);
    QStringList lines;
    if (!recovery.recovered.empty()) {
        QStringList ids;
        for (const auto& r : recovery.recovered) ids << toQString(r.sampleId);
        lines << tr("SegStudio did not close properly last time. The unsaved edits of %n "
                    "image(s) were recovered from the autosave journal and saved:",
                    nullptr, int(ids.size()))
              << ids.join(QStringLiteral(", "))
              << tr("Opening such an image shows the recovery in History, where Undo takes "
                    "it back.");
    }
    for (const auto& problem : recovery.problems)
        lines << tr("Not recovered: %1").arg(ErrorText::describe(problem));
    return lines.join(QLatin1Char('\n'));
}

void MainWindow::saveCurrentProject() {
    if (!m_project) return;
    try {
        core::saveProject(*m_project);
        statusBar()->showMessage(tr("Saved %1").arg(toQPath(m_project->file())), 5000);
    } catch (const core::Error& e) {
        showProblem(tr("Cannot save the project"), ErrorText::describe(e));
    }
}

void MainWindow::addRecentProject(const QString& folder) {
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(folder);
    recent.prepend(folder);
    while (recent.size() > kMaxRecentProjects) recent.removeLast();
    settings.setValue(kRecentKey, recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (int i = 0; i < recent.size(); ++i) {
        QAction* action =
            m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(recent[i]), this,
                                    [this, folder = recent[i]] { openProject(folder); });
        action->setData(recent[i]);
    }
    if (recent.isEmpty()) m_recentMenu->addAction(tr("No recent projects"))->setEnabled(false);
    m_welcome->setRecentProjects(recent);
}

void MainWindow::editClasses() {
    if (!m_project) return;
    if (m_training->isRunning()) {
        showProblem(tr("Edit Classes"), tr("A model is training on these classes. Stop it first."));
        return;
    }
    ClassEditorDialog dialog(m_project->classes, this);
    if (dialog.exec() != QDialog::Accepted) return;
    const core::ClassEdit edit = dialog.edit();
    // Every mask is rewritten below: the open one is saved and closed first (its autosave
    // would otherwise write old class indices over the remapped file), and journals are
    // replayed now, in the old indices they were written in.
    if (!m_annotator->closeSample()) {
        showProblem(tr("Edit Classes"),
                    tr("The open image's edits cannot be saved, so the classes stay as they "
                       "are."));
        return;
    }
    m_live->setProject(nullptr, nullptr);  // it learns the old classes; the project reopens
    {
        core::Dataset dataset = m_model->dataset();
        const QString recovered = recoverUnsavedEdits(*m_project, dataset);
        if (!recovered.isEmpty()) showNotice(tr("Recovered unsaved edits"), recovered);
        core::discardRecoverySnapshots(*m_project);  // they hold the old indices
    }
    // Remapping reads and writes every mask: a worker thread, with the window waiting. It
    // can be cancelled until the first mask is replaced (core::applyClassEdit).
    auto counters = std::make_shared<JobProgress>();
    QProgressDialog* progress =
        openJobProgressDialog(tr("Remapping masks..."), tr("Cancel"), counters, this);
    auto* watcher = new QFutureWatcher<JobResult<bool>>(this);
    const QString folder = toQPath(m_project->folder);
    connect(watcher, &QFutureWatcher<JobResult<bool>>::finished, this,
            [this, watcher, progress, folder, counters] {
                watcher->deleteLater();
                progress->deleteLater();
                const JobResult<bool> result = watcher->result();
                if (!result.ok())
                    showProblem(tr("Cannot change the classes"), result.error);
                else if (counters->cancelled)
                    statusBar()->showMessage(
                        tr("Class edit cancelled: the classes and masks are as they were."), 10000);
                openProject(folder);
            });
    watcher->setFuture(runBackgroundJob(tr("Remapping masks"), [project = *m_project, edit,
                                                                 counters] {
        core::Project remapped = project;  // the window reopens the project when done
        core::applyClassEdit(remapped, edit,
                             [&](int d, int t) { return counters->report(d, t); });
        return true;
    }));
}

}  // namespace seg::ui
