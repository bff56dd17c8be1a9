#include "ui/compare/compare_view.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSlider>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <opencv2/core.hpp>

#include "core/common/paths.h"
#include "core/data/image_pair.h"
#include "core/eval/confusion_matrix.h"
#include "core/eval/image_score.h"
#include "core/eval/metrics.h"
#include "core/infer/model_comparison.h"
#include "core/infer/torchscript_settings.h"
#include "ui/compare/analysis_images.h"
#include "ui/compare/compare_view_pane.h"
#include "ui/compare/dense_crf_button.h"
#include "ui/compare/marked_image_view.h"
#include "ui/compare/model_predictions.h"
#include "ui/compare/split_scoring.h"
#include "ui/compare/split_summary.h"
#include "ui/compare/torchscript_import_dialog.h"
#include "ui/compare/validation_browser.h"
#include "ui/mask_image.h"
#include "ui/text/error_text.h"
#include "ui/view/viewport.h"

namespace seg::ui {

namespace fs = std::filesystem;

CompareView::CompareView(QWidget* parent)
    : QWidget(parent),
      m_viewport(new Viewport(this)),
      m_predictions(new ModelPredictions(this)),
      m_scoring(new SplitScoring(this)) {
    // The tab's own minimum: its controls' sum would widen the main window beyond the
    // screen while the painting docks are shown (they step aside when this tab is).
    setMinimumSize(360, 240);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter);

    // Left: the models to choose from.
    auto* side = new QWidget(splitter);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->addWidget(new QLabel(tr("Models (tick up to %1)").arg(kMaxModels), side));
    m_modelList = new QListWidget(side);
    m_modelList->setObjectName(QStringLiteral("compareModels"));
    sideLayout->addWidget(m_modelList, 1);
    auto* addButton = new QPushButton(tr("Add Model File..."), side);
    addButton->setToolTip(tr("A SegStudio checkpoint or a TorchScript model saved from PyTorch"));
    sideLayout->addWidget(addButton);
    connect(addButton, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Add a Model"), toQPath(m_runsFolder),
                                         tr("Models (*.pt *.pth *.torchscript);;All files (*)"));
        if (file.isEmpty()) return;
        const fs::path model = core::pathFromUtf8(file.toStdString());
        try {
            // A TorchScript model from PyTorch says nothing of its classes: ask once.
            if (core::torchScriptSettingsMissing(model) &&
                !TorchScriptImportDialog::askAndStore(model, m_classes, this))
                return;
        } catch (const core::Error& e) {
            Q_EMIT problem(ErrorText::describe(e));
            return;
        }
        addModelFile(model);
    });
    connect(m_modelList, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (m_updatingList) return;
        if (item->checkState() == Qt::Checked && int(chosenModels().size()) > kMaxModels) {
            m_updatingList = true;
            item->setCheckState(Qt::Unchecked);
            m_updatingList = false;
            Q_EMIT problem(tr("At most %1 models are compared at once").arg(kMaxModels));
            return;
        }
        applyChosenModels();
    });
    splitter->addWidget(side);

    // Right: controls, panes, readout and legend, metrics.
    auto* main = new QWidget(splitter);
    auto* mainLayout = new QVBoxLayout(main);
    mainLayout->setContentsMargins(4, 4, 4, 4);
    auto* controls = new QWidget(main);
    buildControls(controls);
    mainLayout->addWidget(controls);
    auto* paneArea = new QWidget(main);
    m_paneGrid = new QGridLayout(paneArea);
    m_paneGrid->setContentsMargins(0, 0, 0, 0);
    m_paneGrid->setSpacing(4);
    auto* vertical = new QSplitter(Qt::Vertical, main);
    auto* top = new QWidget(vertical);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    paneArea->setParent(top);
    topLayout->addWidget(paneArea, 1);
    mainLayout->addWidget(vertical, 1);
    m_readout = new QLabel(top);
    m_readout->setObjectName(QStringLiteral("compareReadout"));
    m_readout->setTextFormat(Qt::PlainText);
    m_readout->setMinimumHeight(m_readout->fontMetrics().height() + 4);
    // Long readouts and legends are cut, never widen the window.
    m_readout->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    topLayout->addWidget(m_readout);
    m_legend = new QLabel(top);
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    m_legend->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    topLayout->addWidget(m_legend);
    vertical->addWidget(top);
    auto* bottom = new QTabWidget(vertical);
    bottom->setObjectName(QStringLiteral("compareBottomTabs"));
    m_metrics = new QTableWidget(bottom);
    m_metrics->setObjectName(QStringLiteral("compareImageMetrics"));
    m_metrics->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_metrics->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    bottom->addTab(m_metrics, tr("This Image"));
    m_browser = new ValidationBrowser(m_scoring, bottom);
    bottom->addTab(m_browser, tr("Validation Images"));
    m_summary = new SplitSummary(m_scoring, bottom);
    bottom->addTab(m_summary, tr("Validation Metrics"));
    vertical->addWidget(bottom);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);
    vertical->setSizes({560, 200});
    connect(m_browser, &ValidationBrowser::scoreRequested, this,
            [this] { m_scoring->score(chosenModels()); });
    connect(m_browser, &ValidationBrowser::imageChosen, this, &CompareView::imageRequested);
    connect(m_browser, &ValidationBrowser::fixLabelRequested, this, [this](const QString& id) {
        const auto* p = m_predictions->modelCount() > 0 ? m_predictions->prediction(0) : nullptr;
        const bool shown = id == m_sampleId && p;
        Q_EMIT fixLabelRequested(id, shown ? p->mask.clone() : cv::Mat());
    });
    connect(m_summary, &SplitSummary::problem, this, &CompareView::problem);
    connect(m_browser, &ValidationBrowser::selectionChanged, this,
            [this] { m_summary->setChosenImages(m_browser->selectedSampleIds()); });
    splitter->addWidget(main);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 900});

    connect(m_predictions, &ModelPredictions::modelReady, this, [this](int model) {
        const auto* info = m_predictions->info(model);
        if (info && info->classes.names() != m_classes.names())
            Q_EMIT problem(tr("%1 knows other classes than this project: its metrics are not shown")
                               .arg(m_predictions->modelName(model)));
        refreshPane(model);
    });
    connect(m_predictions, &ModelPredictions::modelFailed, this,
            [this](int model, const QString& message) {
                refreshPane(model);
                Q_EMIT problem(message);
            });
    connect(m_predictions, &ModelPredictions::predicted, this, [this](int model, const QString&) {
        refreshPane(model);
        refreshDisagreement();
        refreshMetrics();
        updateReadout(m_cursor);
    });
    connect(m_predictions, &ModelPredictions::predictionFailed, this,
            [this](int model, const QString&, const QString& message) {
                m_panes[size_t(imagePaneCount() + model)]->view->setMessage(message);
                Q_EMIT problem(message);
            });
    // Switched on in an earlier session: on from the start.
    m_predictions->setDenseCrf(m_crfButton->current());
    m_scoring->setDenseCrf(m_crfButton->current());
    rebuildPanes();
}

CompareView::~CompareView() {
    for (Pane* pane : m_panes) delete pane;
}

void CompareView::buildControls(QWidget* controls) {
    auto* row = new QHBoxLayout(controls);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("Show:"), controls));
    m_layerBox = new QComboBox(controls);
    m_layerBox->setObjectName(QStringLiteral("compareLayer"));
    m_layerBox->addItem(tr("Prediction"), int(Layer::Prediction));
    m_layerBox->addItem(tr("Errors against ground truth"), int(Layer::Errors));
    m_layerBox->addItem(tr("Confidence (top probability)"), int(Layer::Confidence));
    m_layerBox->addItem(tr("Uncertainty (entropy)"), int(Layer::Entropy));
    m_layerBox->addItem(tr("Probability of a class"), int(Layer::ClassProbability));
    m_layerBox->addItem(tr("Disagreement of two models"), int(Layer::Disagreement));
    row->addWidget(m_layerBox);
    connect(m_layerBox, &QComboBox::activated, this,
            [this](int i) { setLayer(static_cast<Layer>(m_layerBox->itemData(i).toInt())); });
    m_classBox = new QComboBox(controls);
    m_classBox->setToolTip(tr("The class whose probability is shown"));
    row->addWidget(m_classBox);
    connect(m_classBox, &QComboBox::activated, this, [this](int i) { setProbabilityClass(i); });
    m_firstBox = new QComboBox(controls);
    m_secondBox = new QComboBox(controls);
    m_firstBox->setToolTip(tr("First model of the disagreement map"));
    m_secondBox->setToolTip(tr("Second model of the disagreement map"));
    row->addWidget(m_firstBox);
    row->addWidget(m_secondBox);
    const auto pairChanged = [this] {
        setDisagreementPair(m_firstBox->currentIndex(), m_secondBox->currentIndex());
    };
    connect(m_firstBox, &QComboBox::activated, this, pairChanged);
    connect(m_secondBox, &QComboBox::activated, this, pairChanged);
    row->addSpacing(12);
    row->addWidget(new QLabel(tr("Opacity:"), controls));
    m_opacitySlider = new QSlider(Qt::Horizontal, controls);
    m_opacitySlider->setRange(0, 100);
    m_opacitySlider->setValue(int(m_opacity * 100));
    m_opacitySlider->setMinimumWidth(80);
    m_opacitySlider->setMaximumWidth(140);
    row->addWidget(m_opacitySlider);
    connect(m_opacitySlider, &QSlider::valueChanged, this,
            [this](int v) { setOpacity(v / 100.0); });
    m_outlineBox = new QCheckBox(tr("Ground truth outlines"), controls);
    m_outlineBox->setObjectName(QStringLiteral("truthOutlines"));
    m_outlineBox->setToolTip(tr("Draw the ground truth's outlines over every model's pane"));
    connect(m_outlineBox, &QCheckBox::toggled, this, &CompareView::setTruthOutlines);
    row->addWidget(m_outlineBox);
    row->addSpacing(12);
    auto* classesButton = new QToolButton(controls);
    classesButton->setText(tr("Classes"));
    classesButton->setToolTip(tr("Classes shown in the ground truth and the predictions"));
    classesButton->setPopupMode(QToolButton::InstantPopup);
    m_classMenu = new QMenu(classesButton);
    classesButton->setMenu(m_classMenu);
    row->addWidget(classesButton);
    m_crfButton = new DenseCrfButton(controls);
    row->addWidget(m_crfButton);
    connect(m_crfButton, &DenseCrfButton::changed, this, &CompareView::setDenseCrf);
    row->addStretch(1);
    auto* fit = new QToolButton(controls);
    fit->setText(tr("Fit"));
    fit->setToolTip(tr("Show the whole image in every pane"));
    connect(fit, &QToolButton::clicked, this, [this] {
        if (!m_panes.empty()) m_panes.front()->view->zoomToFit();
    });
    row->addWidget(fit);
    m_classBox->setVisible(false);
    m_firstBox->setVisible(false);
    m_secondBox->setVisible(false);
}

void CompareView::setProject(const core::ClassMap& classes, const core::Dataset* dataset,
                             const fs::path& runsFolder) {
    m_classes = classes;
    // The evaluations are kept beside the runs, so a comparison reopened later is instant.
    m_scoring->setDataset(dataset, runsFolder.empty() ? fs::path() : runsFolder / ".compare-cache");
    m_browser->setClasses(classes);
    m_summary->setDataset(dataset);
    m_runsFolder = runsFolder;
    m_addedFiles.clear();
    m_hiddenClasses.assign(size_t(classes.size()), false);
    m_classBox->clear();
    for (const auto& c : classes.classes()) m_classBox->addItem(toQString(c.name));
    m_probabilityClass = std::min(1, classes.size() - 1);
    m_classBox->setCurrentIndex(m_probabilityClass);
    // One toggle a class, in its colour: hides it in the ground truth and the predictions.
    m_classMenu->clear();
    for (int c = 0; c < classes.size(); ++c) {
        const auto colour = classes.at(c).color;
        QPixmap swatch(12, 12);
        swatch.fill(QColor(colour.r, colour.g, colour.b));
        QAction* toggle = m_classMenu->addAction(QIcon(swatch), toQString(classes.at(c).name));
        toggle->setCheckable(true);
        toggle->setChecked(true);
        connect(toggle, &QAction::toggled, this, [this, c](bool on) { setClassVisible(c, on); });
    }
    m_sampleId.clear();
    m_image.release();
    m_groundTruth.release();
    m_displayImage = m_beforeImage = QImage();
    m_updatingList = true;  // no models are ticked yet: nothing to remember or load
    refreshModelList();
    for (int i = 0; i < m_modelList->count(); ++i)
        m_modelList->item(i)->setCheckState(Qt::Unchecked);
    m_updatingList = false;
    m_predictions->setModels({});
    rebuildPanes();
    m_restorePending = true;
    if (isVisible()) restoreChosenModels();
}

void CompareView::rebuildPanes() {
    for (Pane* pane : m_panes) {
        m_paneGrid->removeWidget(pane->frame);
        delete pane->frame;
        delete pane;
    }
    m_panes.clear();
    const auto addPane = [this](const QString& title) {
        auto* pane = new Pane;
        pane->frame = new QFrame;
        pane->frame->setFrameShape(QFrame::StyledPanel);
        auto* layout = new QVBoxLayout(pane->frame);
        layout->setContentsMargins(2, 2, 2, 2);
        layout->setSpacing(2);
        pane->title = new QLabel(title, pane->frame);
        pane->title->setTextFormat(Qt::PlainText);
        pane->view = new MarkedImageView(pane->frame);
        pane->view->setViewport(m_viewport);
        pane->view->setMinimumSize(160, 120);
        layout->addWidget(pane->title);
        layout->addWidget(pane->view, 1);
        connect(pane->view, &ImageView::hovered, this, [this](QPoint pixel, int) {
            const bool inside = !m_image.empty() && pixel.x() >= 0 && pixel.y() >= 0 &&
                                pixel.x() < m_image.cols && pixel.y() < m_image.rows;
            updateReadout(inside ? std::optional(pixel) : std::nullopt);
        });
        m_panes.push_back(pane);
    };
    if (showsPair()) {
        addPane(tr("Before"));
        addPane(tr("After"));
    } else {
        addPane(tr("Image"));
    }
    addPane(tr("Ground truth"));
    for (int m = 0; m < m_predictions->modelCount(); ++m) addPane(m_predictions->modelName(m));
    addPane(tr("Disagreement"));
    // The image panes on the first row, the models below; two or three columns.
    const int visible = int(m_panes.size()) - (m_layer == Layer::Disagreement ? 0 : 1);
    const int columns = visible <= 4 && !showsPair() ? 2 : 3;
    for (int i = 0; i < int(m_panes.size()); ++i)
        m_paneGrid->addWidget(m_panes[size_t(i)]->frame, i / columns, i % columns);
    m_panes.back()->frame->setVisible(m_layer == Layer::Disagreement);
    refreshFixedPanes();
    for (int m = 0; m < m_predictions->modelCount(); ++m) refreshPane(m);
    refreshDisagreement();
    refreshMetrics();
    refreshLegend();
}

QList<ImageView*> CompareView::views() const {
    QList<ImageView*> views;
    for (const Pane* pane : m_panes) views.push_back(pane->view);
    return views;
}

int CompareView::imagePaneCount() const {
    return showsPair() ? 3 : 2;
}

bool CompareView::showsPair() const {
    return core::stackedImages(m_image) == 2;
}

void CompareView::showImage(const QString& sampleId, const cv::Mat& image,
                            const cv::Mat& groundTruth) {
    const bool sameSize =
        !m_image.empty() && m_image.size() == image.size() && m_image.type() == image.type();
    if (sameSize && sampleId == m_sampleId) {
        // The same image again (back from painting): only its ground truth may have changed.
        const bool changed =
            groundTruth.size() != m_groundTruth.size() ||
            (!groundTruth.empty() && cv::countNonZero(groundTruth != m_groundTruth) > 0);
        m_groundTruth = groundTruth.clone();
        if (changed) rescoreShownImage();
        refreshFixedPanes();
        for (int m = 0; m < m_predictions->modelCount(); ++m) refreshPane(m);
        refreshDisagreement();
        refreshMetrics();
        return;
    }
    m_sampleId = sampleId;
    const bool wasPair = showsPair();
    m_image = image.clone();
    m_groundTruth = groundTruth.clone();
    m_displayImage = toDisplayImage(core::sceneImage(m_image));
    m_beforeImage = showsPair() ? toDisplayImage(core::splitPair(m_image).first) : QImage();
    if (showsPair() != wasPair) rebuildPanes();
    refreshFixedPanes();
    for (int m = 0; m < m_predictions->modelCount(); ++m) refreshPane(m);
    refreshDisagreement();
    if (!sameSize && !m_panes.empty()) m_panes.front()->view->zoomToFit();
    m_predictions->predict(sampleId, m_image);
    refreshMetrics();
    updateReadout(std::nullopt);
}

void CompareView::setDenseCrf(const std::optional<core::DenseCrfSettings>& crf) {
    if (!(m_crfButton->current() == crf))
        m_crfButton->setCurrent(crf.has_value(), crf.value_or(m_crfButton->settings()));
    if (m_predictions->denseCrf() == crf) return;
    m_predictions->setDenseCrf(crf);
    m_scoring->setDenseCrf(crf);
    for (int m = 0; m < m_predictions->modelCount() && m < m_firstBox->count(); ++m) {
        m_firstBox->setItemText(m, m_predictions->modelName(m));
        m_secondBox->setItemText(m, m_predictions->modelName(m));
    }
    for (int m = 0; m < m_predictions->modelCount(); ++m) refreshPane(m);
    refreshDisagreement();
    refreshMetrics();
    // The split's scores are for the other setting: score again (evaluations seen before
    // come from the cache).
    if (!m_scoring->resultModels().empty() || m_scoring->isRunning())
        m_scoring->score(chosenModels());
}

void CompareView::setTruthOutlines(bool shown) {
    m_truthOutlines = shown;
    if (m_outlineBox->isChecked() != shown) m_outlineBox->setChecked(shown);
    for (int m = 0; m < m_predictions->modelCount(); ++m) refreshPane(m);
}

void CompareView::rescoreShownImage() {
    const auto& scored = m_scoring->resultModels();
    if (scored.empty() || m_groundTruth.empty()) return;
    // The browser's models, by file, to the predictions on screen.
    std::vector<cv::Mat> masks;
    for (const auto& file : scored) {
        cv::Mat mask;
        for (int m = 0; m < m_predictions->modelCount(); ++m)
            if (m_predictions->modelFile(m) == file && m_predictions->prediction(m))
                mask = m_predictions->prediction(m)->mask;
        masks.push_back(mask);
    }
    m_scoring->rescoreImage(m_sampleId.toStdString(), masks, m_groundTruth);
}

QString CompareView::readout() const {
    return m_readout->text();
}

void CompareView::setLayer(Layer layer) {
    const bool paneSetChanges = (layer == Layer::Disagreement) != (m_layer == Layer::Disagreement);
    m_layer = layer;
    m_layerBox->setCurrentIndex(m_layerBox->findData(int(layer)));
    m_classBox->setVisible(layer == Layer::ClassProbability);
    m_firstBox->setVisible(layer == Layer::Disagreement);
    m_secondBox->setVisible(layer == Layer::Disagreement);
    if (paneSetChanges) {
        rebuildPanes();
        return;
    }
    for (int m = 0; m < m_predictions->modelCount(); ++m) refreshPane(m);
    refreshLegend();
}

void CompareView::setProbabilityClass(int classIndex) {
    m_probabilityClass = classIndex;
    m_classBox->setCurrentIndex(classIndex);
    for (int m = 0; m < m_predictions->modelCount(); ++m) refreshPane(m);
}

void CompareView::setOpacity(double opacity) {
    m_opacity = opacity;
    refreshFixedPanes();
    for (int m = 0; m < m_predictions->modelCount(); ++m) refreshPane(m);
    refreshDisagreement();
}

void CompareView::setClassVisible(int classIndex, bool visible) {
    if (classIndex < 0 || size_t(classIndex) >= m_hiddenClasses.size()) return;
    m_hiddenClasses[size_t(classIndex)] = !visible;
    refreshFixedPanes();
    for (int m = 0; m < m_predictions->modelCount(); ++m) refreshPane(m);
}

void CompareView::setDisagreementPair(int first, int second) {
    m_pairFirst = first;
    m_pairSecond = second;
    m_firstBox->setCurrentIndex(first);
    m_secondBox->setCurrentIndex(second);
    refreshDisagreement();
    refreshLegend();
}

}  // namespace seg::ui
