#include "ui/main_window.h"

// MainWindow, moving between images (the list and its filter, next and previous,
// the uncertainty ranking) and the status bar's line about the image on screen.

#include <algorithm>

#include <QListView>
#include <QStatusBar>
#include <QTimer>

#include "core/common/paths.h"
#include "core/project/project.h"
#include "ui/annotate/annotator.h"
#include "ui/annotate/mask_canvas.h"
#include "ui/annotate/mask_document.h"
#include "ui/annotate/model_assist.h"
#include "ui/dataset_list_model.h"
#include "ui/sample_filter.h"
#include "ui/text/error_text.h"

namespace seg::ui {

void MainWindow::applyFilter(int filterIndex) {
    static_cast<SampleFilter*>(m_filter)->setMode(filterIndex);
    if (m_filter->rowCount() > 0)
        m_list->setCurrentIndex(m_filter->index(0, 0));
    else
        m_view->setMessage(tr("No images match this filter."));
}

void MainWindow::showSample(const QModelIndex& proxyIndex) {
    if (!proxyIndex.isValid() || !m_project) return;
    const int row = m_filter->mapToSource(proxyIndex).row();
    const core::Sample& sample = m_model->sample(row);
    if (!m_annotator->canLeaveSample()) {
        // Its edits exist only in memory: the image stays on screen, and so does its row.
        const QString openId = m_annotator->sampleId();
        QTimer::singleShot(0, this, [this, openId] { selectSample(openId); });
        return;
    }
    m_annotator->openSampleInBackground(*m_project, m_model->dataset(), sample);
}

void MainWindow::sampleShown() {
    m_showAfter->setEnabled(m_annotator->document()->hasAfterImage());
    updateSampleStatus();
    if (m_annotator->sampleId() != m_referenceSample) {
        m_referenceSample.clear();
        m_view->setReference(QImage());
        if (m_referenceAction) m_referenceAction->setEnabled(false);
    }
    updateCompareImage();
}

void MainWindow::sampleNotShown(const QString& id, const QString& error) {
    const QString openId = m_annotator->sampleId();
    if (!openId.isEmpty() && openId != id) {
        // Refused while the open image's edits are unsafe: it stays, and so does its row.
        showProblem(tr("Mask"), error);
        QTimer::singleShot(0, this, [this, openId] { selectSample(openId); });
        return;
    }
    m_view->setMessage(error);
    m_statusSample->setText(id);
}

void MainWindow::updateSampleStatus() {
    const QString id = m_annotator->sampleId();
    const auto& samples = m_model->dataset().samples;
    int row = -1;
    for (size_t i = 0; i < samples.size() && row < 0; ++i)
        if (toQString(samples[i].id) == id) row = int(i);
    if (row < 0) return;
    const MaskDocument* document = m_annotator->document();
    // A change pair says which of its images is on screen.
    const QString shown = !document->hasAfterImage()    ? id
                          : document->showsAfterImage() ? tr("%1 (after)").arg(id)
                                                        : tr("%1 (before)").arg(id);
    m_statusSample->setText(tr("%1  %2x%3  %4  %5")
                                .arg(shown)
                                .arg(document->image().width())
                                .arg(document->image().height())
                                .arg(splitText(samples[size_t(row)].split),
                                     document->isReadOnly()     ? tr("mask unreadable")
                                     : m_model->isLabelled(row) ? tr("labelled")
                                                                : tr("unlabelled")));
}

void MainWindow::selectSample(const QString& id) {
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (index.data(DatasetListModel::IdRole).toString() == id) {
            {
                const QSignalBlocker block(m_list->selectionModel());
                m_list->setCurrentIndex(index);
            }
            // The view missed the blocked signals: repaint its highlight, bring it in sight.
            m_list->viewport()->update();
            m_list->scrollTo(index);
            return;
        }
    }
}

void MainWindow::stepImage(int step, bool unlabelledOnly) {
    const int rows = m_filter->rowCount();
    if (rows == 0) return;
    const int current = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
    for (int row = current + step; row >= 0 && row < rows; row += step) {
        const QModelIndex index = m_filter->index(row, 0);
        if (!unlabelledOnly || !index.data(DatasetListModel::LabelledRole).toBool()) {
            m_list->setCurrentIndex(index);
            return;
        }
    }
    statusBar()->showMessage(unlabelledOnly ? tr("No unlabelled image after this one.")
                                            : tr("No more images in this direction."),
                             4000);
}

void MainWindow::rankByUncertainty() {
    if (!m_project) return;
    bool anyUnlabelled = false;
    for (int row = 0; row < m_model->rowCount() && !anyUnlabelled; ++row)
        anyUnlabelled = !m_model->isLabelled(row);
    if (!anyUnlabelled) {
        statusBar()->showMessage(tr("Every image is labelled: there is nothing to rank."), 8000);
        return;
    }
    ModelAssist* assist = m_annotator->modelAssist();
    if (assist->checkpoint().empty() && !assist->chooseCheckpoint(m_project->runsRoot())) return;
    assist->rank(m_model->labelledDataset());
}

void MainWindow::nextUncertainImage(bool fromTop) {
    std::vector<std::pair<double, int>> ranked;  // (-uncertainty, row): most uncertain first
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QVariant score = m_model->index(row).data(DatasetListModel::UncertaintyRole);
        if (score.isValid() && !m_model->isLabelled(row))
            ranked.emplace_back(-score.toDouble(), row);
    }
    std::sort(ranked.begin(), ranked.end());
    const int open =
        m_list->currentIndex().isValid() ? m_filter->mapToSource(m_list->currentIndex()).row() : -1;
    auto next = ranked.begin();
    if (!fromTop) {
        const auto at = std::find_if(ranked.begin(), ranked.end(),
                                     [open](const auto& entry) { return entry.second == open; });
        if (at != ranked.end()) next = at + 1;
    }
    for (; next != ranked.end(); ++next) {
        const QModelIndex index = m_filter->mapFromSource(m_model->index(next->second));
        if (!index.isValid()) continue;  // filtered out of the list
        m_list->setCurrentIndex(index);
        return;
    }
    statusBar()->showMessage(
        tr("No ranked unlabelled image left: Project > Rank Unlabelled Images by Uncertainty, "
           "or live mode, scores them."),
        5000);
}

QString MainWindow::splitText(core::Split split) {
    switch (split) {
        case core::Split::Train:
            return tr("training");
        case core::Split::Val:
            return tr("validation");
        case core::Split::Test:
            return tr("test");
        case core::Split::Unassigned:
            return tr("no split");
    }
    return {};
}

}  // namespace seg::ui
