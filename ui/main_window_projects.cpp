#include "ui/main_window.h"

// MainWindow, part two: making, opening and changing projects (the File and Project menus'
// work). Part one, main_window.cpp, builds the window and shows the open project.

#include <QAction>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QMenu>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QtConcurrent>

#include "core/common/error.h"
#include "core/common/paths.h"
#include "core/project/class_edit.h"
#include "core/project/project.h"
#include "ui/demo_project_job.h"
#include "ui/project/class_editor_dialog.h"
#include "ui/text/error_text.h"
#include "ui/training/training_controller.h"

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
        this, tr("Choose a Dataset Folder (VOC, PennFudan, or images/ and masks/)"));
    if (!folder.isEmpty()) createProjectFromFolder(folder);
}

void MainWindow::showNewImageFolderDialog() {
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Choose a Folder of Images to Annotate"));
    if (!folder.isEmpty()) createImageFolderProject(folder);
}

bool MainWindow::createProjectFromFolder(const QString& folder) {
    return createProjectIn(
        folder, [](const std::filesystem::path& root) { core::createDatasetProject(root); });
}

bool MainWindow::createImageFolderProject(const QString& folder) {
    return createProjectIn(folder, [](const std::filesystem::path& root) {
        // Two classes to start from; Project > Edit Classes adds the real ones.
        core::createImageFolderProject(
            root, core::ClassMap({tr("background").toStdString(), tr("object").toStdString()}));
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
    // Remapping reads and writes every mask: a worker thread, with the window waiting.
    auto* progress = new QProgressDialog(tr("Remapping masks..."), QString(), 0, 0, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    auto* watcher = new QFutureWatcher<QString>(this);
    const QString folder = toQPath(m_project->folder);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, progress, folder] {
        watcher->deleteLater();
        progress->deleteLater();
        const QString error = watcher->result();
        if (!error.isEmpty()) showProblem(tr("Cannot change the classes"), error);
        openProject(folder);
    });
    watcher->setFuture(QtConcurrent::run([project = *m_project, edit]() mutable {
        try {
            core::applyClassEdit(project, edit);
            return QString();
        } catch (const core::Error& e) {
            return ErrorText::describe(e);
        }
    }));
}

}  // namespace seg::ui
