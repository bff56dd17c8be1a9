// CompareView, which models it compares: the project's runs and added model files in the
// list, the ticked ones remembered per project, and the model choices that follow them.

#include <algorithm>
#include <cmath>

#include <QComboBox>
#include <QCryptographicHash>
#include <QListWidget>
#include <QSettings>

#include "core/common/paths.h"
#include "core/infer/model_comparison.h"
#include "core/project/run_store.h"
#include "ui/compare/compare_view.h"
#include "ui/compare/model_predictions.h"
#include "ui/compare/validation_browser.h"
#include "ui/text/error_text.h"

namespace seg::ui {

namespace fs = std::filesystem;

namespace {

// Where a list item keeps the model file it stands for.
constexpr int kFileRole = Qt::UserRole + 1;

}  // namespace

QString CompareView::settingsKey() const {
    // One entry per project, by its runs folder.
    return QStringLiteral("compare/models/") +
           QString::fromLatin1(
               QCryptographicHash::hash(toQPath(m_runsFolder).toUtf8(), QCryptographicHash::Sha1)
                   .toHex());
}

void CompareView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_restorePending) restoreChosenModels();
}

void CompareView::restoreChosenModels() {
    m_restorePending = false;
    if (m_runsFolder.empty()) return;
    const QStringList saved = QSettings().value(settingsKey()).toStringList();
    std::vector<fs::path> files;
    for (const QString& file : saved) {
        const fs::path path = core::pathFromUtf8(file.toStdString());
        std::error_code ec;
        if (fs::is_regular_file(path, ec)) files.push_back(path);  // a deleted run is gone
    }
    if (files.empty()) return;
    for (const auto& file : files)
        if (std::none_of(m_addedFiles.begin(), m_addedFiles.end(),
                         [&](const fs::path& f) { return f == file; }))
            m_addedFiles.push_back(file);
    refreshModelList();
    // Files of the project's runs are listed already: keep only the others as added.
    m_addedFiles.erase(
        std::remove_if(m_addedFiles.begin(), m_addedFiles.end(),
                       [&](const fs::path& f) {
                           int listed = 0;
                           for (int i = 0; i < m_modelList->count(); ++i)
                               listed +=
                                   m_modelList->item(i)->data(kFileRole).toString() == toQPath(f);
                           return listed > 1;
                       }),
        m_addedFiles.end());
    refreshModelList();
    m_updatingList = true;
    for (int i = 0; i < m_modelList->count(); ++i) {
        const fs::path file =
            core::pathFromUtf8(m_modelList->item(i)->data(kFileRole).toString().toStdString());
        const bool chosen = std::find(files.begin(), files.end(), file) != files.end();
        m_modelList->item(i)->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
    }
    m_updatingList = false;
    applyChosenModels();
}

void CompareView::refreshModelList() {
    std::vector<fs::path> chosen = chosenModels();
    m_updatingList = true;
    m_modelList->clear();
    const auto addItem = [&](const fs::path& file, const QString& text, const QString& tip) {
        auto* item = new QListWidgetItem(text, m_modelList);
        item->setData(kFileRole, toQPath(file));
        item->setToolTip(tip);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool ticked = std::find(chosen.begin(), chosen.end(), file) != chosen.end();
        item->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
    };
    for (const auto& run : core::listRuns(m_runsFolder)) {
        if (run.bestCheckpoint.empty()) continue;
        const QString score = std::isnan(run.bestMeanIoU)
                                  ? QString()
                                  : tr(" (mIoU %1)").arg(run.bestMeanIoU, 0, 'f', 3);
        addItem(run.bestCheckpoint, toQString(run.id) + score, toQPath(run.bestCheckpoint));
    }
    for (const auto& file : m_addedFiles)
        addItem(file, toQString(core::modelDisplayName(file)), toQPath(file));
    m_updatingList = false;
}

bool CompareView::addModelFile(const fs::path& file) {
    if (int(chosenModels().size()) >= kMaxModels) {
        Q_EMIT problem(
            tr("At most %1 models are compared at once: untick one first").arg(kMaxModels));
        return false;
    }
    if (std::find(m_addedFiles.begin(), m_addedFiles.end(), file) == m_addedFiles.end())
        m_addedFiles.push_back(file);
    refreshModelList();
    m_updatingList = true;
    for (int i = 0; i < m_modelList->count(); ++i)
        if (m_modelList->item(i)->data(kFileRole).toString() == toQPath(file))
            m_modelList->item(i)->setCheckState(Qt::Checked);
    m_updatingList = false;
    applyChosenModels();
    return true;
}

std::vector<fs::path> CompareView::chosenModels() const {
    std::vector<fs::path> files;
    for (int i = 0; i < m_modelList->count(); ++i)
        if (m_modelList->item(i)->checkState() == Qt::Checked)
            files.push_back(
                core::pathFromUtf8(m_modelList->item(i)->data(kFileRole).toString().toStdString()));
    return files;
}

void CompareView::applyChosenModels() {
    const auto files = chosenModels();
    if (!m_runsFolder.empty()) {
        QStringList remembered;
        for (const auto& file : files) remembered << toQPath(file);
        QSettings().setValue(settingsKey(), remembered);
    }
    m_browser->setCanScore(!files.empty());
    m_predictions->setModels(files);
    m_firstBox->clear();
    m_secondBox->clear();
    for (int m = 0; m < m_predictions->modelCount(); ++m) {
        m_firstBox->addItem(m_predictions->modelName(m));
        m_secondBox->addItem(m_predictions->modelName(m));
    }
    m_pairFirst = 0;
    m_pairSecond = std::min(1, std::max(0, m_predictions->modelCount() - 1));
    m_firstBox->setCurrentIndex(m_pairFirst);
    m_secondBox->setCurrentIndex(m_pairSecond);
    rebuildPanes();
    // Models kept from before keep their predictions; new ones predict once loaded.
}

}  // namespace seg::ui
