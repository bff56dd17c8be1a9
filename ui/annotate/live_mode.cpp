#include "ui/annotate/live_mode.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include <QAction>
#include <QFutureWatcher>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QWidget>
#include <opencv2/imgproc.hpp>

#include "core/common/error.h"
#include "core/common/paths.h"
#include "core/project/run_store.h"
#include "core/annotate/mask_tools.h"
#include "ui/annotate/annotator.h"
#include "ui/annotate/live_learning.h"
#include "ui/annotate/mask_canvas.h"
#include "ui/annotate/mask_document.h"
#include "ui/jobs/background_job.h"
#include "ui/text/error_text.h"

namespace seg::ui {

namespace {

// Opacity of the predicted class colours under the painting.
constexpr int kPredictionAlpha = 120;
// Opacity of the most uncertain pixels (a uniform guess); certain ones are clear.
constexpr int kUncertaintyAlpha = 230;
// Up to this many pixels the prediction layer is redrawn after every edit (a few ms).
constexpr size_t kRedrawOnEditPixels = 4'000'000;
// The prediction layer has at most this many pixels: a larger image's is drawn from a scaled
// down layer (the live model predicts at most 512 pixels across anyway), so that redrawing
// it every refresh stays a few milliseconds on the GUI thread at any image size.
constexpr double kLayerPixels = 4'000'000;

QRgb premultiplied(int r, int g, int b, int alpha) {
    return qRgba(r * alpha / 255, g * alpha / 255, b * alpha / 255, alpha);
}

// The prediction where the mask is unlabelled: the class colours, or with `uncertainty`
// magenta as strong as the model is unsure (normalised entropy).
QImage predictionLayer(const core::ConfidenceMaps& maps, const cv::Mat& mask,
                       const core::ClassMap& classes, bool uncertainty) {
    QImage layer(maps.mask.cols, maps.mask.rows, QImage::Format_ARGB32_Premultiplied);
    std::vector<QRgb> colours;
    for (int c = 0; c < classes.size(); ++c) {
        const auto& colour = classes.at(c).color;
        colours.push_back(premultiplied(colour.r, colour.g, colour.b, kPredictionAlpha));
    }
    const uint8_t ignore = classes.ignoreIndex();
    const bool masked = mask.size() == maps.mask.size();
    for (int y = 0; y < layer.height(); ++y) {
        auto* out = reinterpret_cast<QRgb*>(layer.scanLine(y));
        const uint8_t* predicted = maps.mask.ptr<uint8_t>(y);
        const uint8_t* painted = masked ? mask.ptr<uint8_t>(y) : nullptr;
        const float* entropy = maps.entropy.ptr<float>(y);
        for (int x = 0; x < layer.width(); ++x) {
            if (painted && painted[x] != ignore)
                out[x] = 0;
            else if (uncertainty)
                out[x] = premultiplied(255, 0, 255,
                                       std::clamp(int(entropy[x] * kUncertaintyAlpha), 0, 255));
            else
                out[x] = predicted[x] < colours.size() ? colours[predicted[x]] : 0;
        }
    }
    return layer;
}

struct LabelledSample {
    QString id;
    cv::Mat image;
    cv::Mat mask;
};

struct FedLabels {
    std::vector<LabelledSample> samples;
    int unreadable = 0;
};

}  // namespace

LiveMode::LiveMode(Annotator* annotator, MaskCanvas* canvas, QWidget* window)
    : QObject(window),
      m_annotator(annotator),
      m_canvas(canvas),
      m_window(window),
      m_learning(new LiveLearning(this)) {
    // The window's LibTorch thread count stays as it is (a training run sets its own).
    m_settings.threads = -1;
    createActions(window);
    connect(m_learning, &LiveLearning::predicted, this, &LiveMode::showPrediction);
    connect(m_learning, &LiveLearning::progressed, this, &LiveMode::showProgress);
    connect(m_learning, &LiveLearning::scored, this, &LiveMode::imageScored);
    connect(m_learning, &LiveLearning::failed, this, [this](const QString& text) {
        m_pause->setChecked(m_learning->isPaused());
        updateActions();
        Q_EMIT message(text, true);
    });
    connect(m_learning, &LiveLearning::keptAsRun, this,
            [this](const QString& dir, double meanIoU) {
                const QString name = QString::fromStdString(
                    core::pathFromUtf8(dir.toStdString()).filename().u8string());
                Q_EMIT message(std::isnan(meanIoU)
                                   ? tr("Kept the live model as run %1 (no validation images to "
                                        "score it on)")
                                         .arg(name)
                                   : tr("Kept the live model as run %1: validation mIoU %2")
                                         .arg(name)
                                         .arg(meanIoU, 0, 'f', 3),
                               false);
                updateActions();
                Q_EMIT runKept(dir);
            });
    connect(m_annotator, &Annotator::sampleOpened, this, &LiveMode::openImageChanged);
    connect(m_annotator->document(), &MaskDocument::patched, this, [this] {
        submitOpenImage();
        // Clears the prediction under the new labels at once, where that is cheap; on large
        // images the next prediction (within kRefreshMs of training) does it.
        if (m_annotator->document()->mask().total() <= kRedrawOnEditPixels) redrawPrediction();
    });
    updateActions();
}

LiveMode::~LiveMode() = default;

void LiveMode::createActions(QWidget* window) {
    m_toggle = new QAction(tr("Live Learning"), this);
    m_toggle->setObjectName(QStringLiteral("liveToggle"));
    m_toggle->setCheckable(true);
    m_toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_toggle->setToolTip(
        tr("Live learning (Ctrl+L): a network learns from what you paint, as you paint, and "
           "its prediction of this image shows under your strokes"));
    connect(m_toggle, &QAction::toggled, this, &LiveMode::setOn);
    m_pause = new QAction(tr("Pause Live Learning"), this);
    m_pause->setCheckable(true);
    connect(m_pause, &QAction::toggled, this, [this](bool paused) {
        m_learning->setPaused(paused);
        updateActions();
    });
    m_reset = new QAction(tr("Reset Live Model"), this);
    m_reset->setToolTip(tr("Start the live model afresh (your labels stay)"));
    connect(m_reset, &QAction::triggered, this, [this] {
        m_learning->reset();
        clearPrediction();
    });
    m_uncertainty = new QAction(tr("Show Uncertainty"), this);
    m_uncertainty->setObjectName(QStringLiteral("liveUncertainty"));
    m_uncertainty->setCheckable(true);
    m_uncertainty->setToolTip(
        tr("Show where the live model is least sure (the brighter, the less sure): paint "
           "there next"));
    connect(m_uncertainty, &QAction::toggled, this, &LiveMode::redrawPrediction);
    m_acceptAll = new QAction(tr("Accept Prediction"), this);
    m_acceptAll->setObjectName(QStringLiteral("liveAcceptAll"));
    m_acceptAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_acceptAll->setToolTip(
        tr("Every unlabelled pixel of this image takes the live prediction (one undo step)"));
    connect(m_acceptAll, &QAction::triggered, this, &LiveMode::acceptForUnlabelled);
    m_acceptClass = new QAction(tr("Accept Prediction for Current Class"), this);
    m_acceptClass->setToolTip(
        tr("Unlabelled pixels predicted as the current class take it (one undo step)"));
    connect(m_acceptClass, &QAction::triggered, this, &LiveMode::acceptForCurrentClass);
    m_keep = new QAction(tr("Keep Live Model as Run"), this);
    m_keep->setObjectName(QStringLiteral("liveKeep"));
    m_keep->setToolTip(
        tr("Save the live model as an ordinary run, scored on the validation images"));
    connect(m_keep, &QAction::triggered, this, &LiveMode::keepAsRun);
    for (QAction* a : {m_toggle, m_pause, m_reset, m_uncertainty, m_acceptAll, m_acceptClass,
                       m_keep})
        window->addAction(a);
    m_actions = {m_toggle, m_pause, m_uncertainty, nullptr, m_acceptAll, m_acceptClass,
                 nullptr, m_reset, m_keep};
    m_status = new QLabel(window);
    m_status->setObjectName(QStringLiteral("liveStatus"));
}

bool LiveMode::isOn() const {
    return m_learning->isRunning();
}

void LiveMode::setProject(const core::Project* project, const core::Dataset* dataset) {
    setOn(false);
    m_project = project;
    m_dataset = dataset;
    updateActions();
}

void LiveMode::setOn(bool on) {
    if (on == isOn()) {
        if (m_toggle->isChecked() != on) m_toggle->setChecked(on);
        return;
    }
    if (on) {
        if (!m_project || !m_dataset) {
            m_toggle->setChecked(false);
            return;
        }
        try {
            m_learning->start(m_project->classes, core::imagesPerSample(*m_dataset), m_settings);
        } catch (const core::Error& e) {
            m_toggle->setChecked(false);
            Q_EMIT message(ErrorText::describe(e), true);
            return;
        }
        m_pause->setChecked(false);
        m_progress = {};
        m_status->setText(tr("Live: paint a few strokes of each class"));
        openImageChanged();
        feedProjectLabels();
        rankUnlabelledImages();
    } else {
        ++m_feedRequest;  // labels still being read are not wanted any more
        m_learning->stop();
        clearPrediction();
        m_status->clear();
    }
    if (m_toggle->isChecked() != on) m_toggle->setChecked(on);
    updateActions();
}

void LiveMode::updateActions() {
    const bool on = isOn();
    m_toggle->setEnabled(m_project != nullptr);
    m_pause->setEnabled(on);
    m_reset->setEnabled(on);
    m_uncertainty->setEnabled(on);
    m_keep->setEnabled(on && m_progress.iterations > 0 && !m_learning->isKeeping());
    const MaskDocument* document = m_annotator->document();
    const bool canAccept = on && hasPrediction() && document->isOpen() && !document->isReadOnly();
    m_acceptAll->setEnabled(canAccept);
    m_acceptClass->setEnabled(canAccept);
    QAction* box = m_annotator->toolAction(static_cast<int>(MaskCanvas::Tool::AcceptPrediction));
    if (box) {
        box->setEnabled(canAccept);
        if (!canAccept && m_canvas->tool() == MaskCanvas::Tool::AcceptPrediction) {
            // The box has nothing to accept: back to the brush.
            if (QAction* brush = m_annotator->toolAction(0)) brush->trigger();
        }
    }
}

const core::Sample* LiveMode::openSample() const {
    if (!m_dataset) return nullptr;
    const std::string id = m_annotator->sampleId().toStdString();
    const auto& samples = m_dataset->samples;  // sorted by id
    const auto it = std::lower_bound(samples.begin(), samples.end(), id,
                                     [](const core::Sample& s, const std::string& key) {
                                         return s.id < key;
                                     });
    return it != samples.end() && it->id == id ? &*it : nullptr;
}

void LiveMode::submitOpenImage() {
    if (!isOn()) return;
    const core::Sample* sample = openSample();
    MaskDocument* document = m_annotator->document();
    if (!sample || !document->isOpen() || sample->split != core::Split::Train) return;
    try {
        m_learning->setLabels(m_annotator->sampleId(), document->modelInput(), document->mask());
        m_handedSinceFeed.insert(m_annotator->sampleId());
    } catch (const core::Error& e) {
        Q_EMIT message(ErrorText::describe(e), true);
    }
}

void LiveMode::openImageChanged() {
    clearPrediction();
    if (!isOn()) return;
    MaskDocument* document = m_annotator->document();
    m_learning->setViewedImage(m_annotator->sampleId(),
                               document->isOpen() ? document->modelInput() : cv::Mat());
    submitOpenImage();
    const core::Sample* sample = openSample();
    if (sample && sample->split == core::Split::Val)
        Q_EMIT message(tr("%1 is a validation image: live learning predicts it but does not "
                          "learn from it, so that runs are scored honestly")
                           .arg(m_annotator->sampleId()),
                       false);
}

void LiveMode::feedProjectLabels() {
    const quint64 request = ++m_feedRequest;
    m_handedSinceFeed.clear();
    const core::Dataset dataset = *m_dataset;
    const QString open = m_annotator->sampleId();
    auto* watcher = new QFutureWatcher<JobResult<FedLabels>>(this);
    connect(watcher, &QFutureWatcher<JobResult<FedLabels>>::finished, this,
            [this, watcher, request] {
                watcher->deleteLater();
                if (request != m_feedRequest || !isOn()) return;
                const auto result = watcher->result();
                if (!result.ok()) {
                    Q_EMIT message(result.error, true);
                    return;
                }
                try {
                    for (const auto& s : result.value.samples)
                        if (!m_handedSinceFeed.contains(s.id))  // else the document's are newer
                            m_learning->setLabels(s.id, s.image, s.mask);
                } catch (const core::Error& e) {
                    Q_EMIT message(ErrorText::describe(e), true);
                }
                if (result.value.unreadable > 0)
                    Q_EMIT message(tr("Live learning skips %n unreadable training image(s)", nullptr,
                                      result.value.unreadable),
                                   true);
            });
    watcher->setFuture(runBackgroundJob(tr("Reading the training labels"), [dataset, open] {
        FedLabels fed;
        for (const auto& sample : dataset.samples) {
            if (sample.split != core::Split::Train || !sample.hasMask()) continue;
            const QString id = QString::fromStdString(sample.id);
            if (id == open) continue;
            try {
                core::LoadedSample loaded = core::loadSample(dataset, sample);
                fed.samples.push_back({id, std::move(loaded.image), std::move(loaded.mask)});
            } catch (const core::Error&) {
                ++fed.unreadable;
            }
        }
        return fed;
    }));
}

void LiveMode::rankUnlabelledImages() {
    core::Dataset unlabelled = *m_dataset;
    auto& samples = unlabelled.samples;
    samples.erase(std::remove_if(samples.begin(), samples.end(),
                                 [](const core::Sample& s) {
                                     return s.split != core::Split::Train || s.hasMask();
                                 }),
                  samples.end());
    m_learning->setImagesToScore(std::move(unlabelled));
    Q_EMIT rankingStarted();
}

void LiveMode::showPrediction(const QString& id, const core::ConfidenceMaps& maps,
                              const core::LiveProgress& progress) {
    showProgress(progress);
    const MaskDocument* document = m_annotator->document();
    if (id != m_annotator->sampleId() || !document->isOpen() ||
        maps.mask.size() != document->mask().size())
        return;
    m_maps = maps;
    m_mapsId = id;
    redrawPrediction();
    updateActions();
    Q_EMIT predictionShown(progress);
}

void LiveMode::showProgress(const core::LiveProgress& progress) {
    const bool first = m_progress.iterations == 0 && progress.iterations > 0;
    m_progress = progress;
    if (!isOn()) return;
    if (progress.images == 0) {
        m_status->setText(tr("Live: paint a few strokes of each class"));
    } else {
        const QLocale locale;
        m_status->setText(tr("Live: %1 iterations, loss %2, %n labelled training image(s)", nullptr,
                             progress.images)
                              .arg(locale.toString(qlonglong(progress.iterations)))
                              .arg(std::isnan(progress.loss) ? QStringLiteral("-")
                                                             : QString::number(progress.loss, 'f', 3)));
    }
    if (first) updateActions();
}

void LiveMode::redrawPrediction() {
    const MaskDocument* document = m_annotator->document();
    if (m_maps.mask.empty() || m_mapsId != m_annotator->sampleId() || !document->isOpen()) {
        m_canvas->setLivePrediction({}, {});
        return;
    }
    const cv::Mat& painted = document->mask();
    if (double(painted.total()) <= kLayerPixels) {
        m_canvas->setLivePrediction(m_maps.mask, predictionLayer(m_maps, painted, document->classes(),
                                                                 m_uncertainty->isChecked()));
        return;
    }
    const double scale = std::sqrt(kLayerPixels / double(painted.total()));
    const cv::Size size(std::max(1, int(painted.cols * scale)), std::max(1, int(painted.rows * scale)));
    core::ConfidenceMaps small;
    cv::Mat smallPainted;
    cv::resize(m_maps.mask, small.mask, size, 0, 0, cv::INTER_NEAREST);
    cv::resize(m_maps.entropy, small.entropy, size, 0, 0, cv::INTER_NEAREST);
    cv::resize(painted, smallPainted, size, 0, 0, cv::INTER_NEAREST);
    m_canvas->setLivePrediction(m_maps.mask, predictionLayer(small, smallPainted, document->classes(),
                                                             m_uncertainty->isChecked()));
}

void LiveMode::clearPrediction() {
    m_maps = {};
    m_mapsId.clear();
    m_canvas->setLivePrediction({}, {});
    updateActions();
}

void LiveMode::acceptForUnlabelled() {
    MaskDocument* document = m_annotator->document();
    if (!hasPrediction() || !document->isOpen() || document->isReadOnly() ||
        m_maps.mask.size() != document->mask().size())
        return;
    cv::Mat& mask = document->mask();
    document->commit(core::acceptPrediction(mask, m_maps.mask, cv::Rect(0, 0, mask.cols, mask.rows),
                                            document->classes().size(),
                                            document->classes().ignoreIndex()),
                     tr("Accept live prediction"));
}

void LiveMode::acceptForCurrentClass() {
    MaskDocument* document = m_annotator->document();
    if (!hasPrediction() || !document->isOpen() || document->isReadOnly() ||
        m_maps.mask.size() != document->mask().size())
        return;
    cv::Mat& mask = document->mask();
    const int cls = m_canvas->currentClass();
    if (cls < 0 || cls >= document->classes().size()) return;
    document->commit(core::acceptPrediction(mask, m_maps.mask, cv::Rect(0, 0, mask.cols, mask.rows),
                                            document->classes().size(),
                                            document->classes().ignoreIndex(), cls),
                     tr("Accept live prediction of %1")
                         .arg(QString::fromStdString(document->classes().at(cls).name)));
}

void LiveMode::keepAsRun() {
    if (!isOn() || !m_project || !m_dataset || m_progress.iterations == 0) return;
    const auto runsRoot = m_project->runsRoot();
    try {
        const auto runDir = runsRoot / core::newRunId(runsRoot, m_learning->trainConfig());
        m_learning->keepAsRun(runDir, *m_dataset);
        updateActions();  // one at a time: each gets its own folder
        Q_EMIT message(tr("Saving the live model as a run..."), false);
    } catch (const core::Error& e) {
        Q_EMIT message(ErrorText::describe(e), true);
    }
}

}  // namespace seg::ui
