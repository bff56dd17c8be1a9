// MainWindow and the Compare tab: the image it shows, Fix Label's way back to painting
// (with the model's prediction as outlines), the room the tab needs, and exporting a model.
#include <QDockWidget>
#include <QFileDialog>
#include <QListView>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

#include "core/common/paths.h"
#include "core/infer/model_comparison.h"
#include "core/project/project.h"
#include "ui/annotate/annotator.h"
#include "ui/annotate/mask_canvas.h"
#include "ui/annotate/mask_document.h"
#include "ui/compare/compare_view.h"
#include "ui/compare/model_export_job.h"
#include "ui/dataset_list_model.h"
#include "ui/main_window.h"
#include "ui/mask_image.h"
#include "ui/text/error_text.h"

namespace seg::ui {

void MainWindow::updateCompareImage() {
    MaskDocument* document = m_annotator->document();
    if (m_tabs->currentWidget() != m_compare || !m_project || !document ||
        document->imageBgr().empty())
        return;
    const QString id = m_annotator->sampleId();
    const auto& samples = m_model->dataset().samples;
    bool labelled = false;
    for (size_t i = 0; i < samples.size(); ++i)
        if (toQString(samples[i].id) == id) labelled = m_model->isLabelled(int(i));
    // The mask as it is now, unsaved strokes included: a correction shows at once.
    const cv::Mat mask = labelled ? document->mask() : cv::Mat();
    m_compare->showImage(id, document->modelInput(), mask);
}

void MainWindow::exportModel() {
    if (!m_project) return;
    if (m_export->isRunning()) {
        statusBar()->showMessage(tr("A model is being exported already"), 5000);
        return;
    }
    const QString checkpoint = QFileDialog::getOpenFileName(
        this, tr("Export Model: Choose a Checkpoint"), toQPath(m_project->runsRoot()),
        tr("SegStudio checkpoints (*.pt)"));
    if (checkpoint.isEmpty()) return;
    const std::filesystem::path source = core::pathFromUtf8(checkpoint.toStdString());
    // runs/<run>/checkpoints/best.pt -> <run>-best.torchscript.pt, next to the runs.
    const QString suggested =
        toQPath(m_project->folder) + QLatin1Char('/') +
        toQString(core::modelDisplayName(source)).replace(QLatin1Char('/'), QLatin1Char('-')) +
        QStringLiteral(".torchscript.pt");
    const QString out = QFileDialog::getSaveFileName(this, tr("Export Model: TorchScript File"),
                                                     suggested, tr("TorchScript (*.pt)"));
    if (out.isEmpty()) return;
    statusBar()->showMessage(tr("Exporting %1...").arg(checkpoint));
    m_export->start(source, core::pathFromUtf8(out.toStdString()));
}

void MainWindow::makeRoom(CentralRoom room) {
    for (QWidget* bar : std::as_const(m_steppedAside)) bar->show();
    m_steppedAside.clear();
    if (room == CentralRoom::Painting) return;
    QList<QWidget*> bars;
    // Comparing, the Images list stays: it chooses the image the models are compared on.
    // The welcome page has nothing for any dock to show.
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        if (room == CentralRoom::Welcome || dock->objectName() != QLatin1String("imagesDock"))
            bars << dock;
    bars << m_annotator->toolsBar() << m_annotator->toolBar();
    for (QWidget* bar : bars)
        if (!bar->isHidden()) {  // not isVisible(): the window itself may not be shown yet
            bar->hide();
            m_steppedAside << bar;
        }
}

void MainWindow::fixLabel(const QString& sampleId, const cv::Mat& reference) {
    m_tabs->setCurrentWidget(m_view);
    selectSample(sampleId);
    if (m_list->currentIndex().data(Qt::DisplayRole).toString() != sampleId) {
        statusBar()->showMessage(tr("%1 is hidden by the Images list's filter").arg(sampleId),
                                 8000);
        return;
    }
    showSample(m_list->currentIndex());
    if (m_annotator->sampleId() != sampleId || reference.empty() || !m_project) return;
    m_referenceSample = sampleId;
    m_view->setReference(maskOutlines(reference, m_project->classes));
    m_view->setReferenceVisible(true);
    m_referenceAction->setEnabled(true);
    m_referenceAction->setChecked(true);
    statusBar()->showMessage(
        tr("The model's prediction is drawn as outlines (View > Show Model Prediction)"), 8000);
}

}  // namespace seg::ui
