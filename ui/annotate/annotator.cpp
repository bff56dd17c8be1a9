#include "ui/annotate/annotator.h"

#include <array>

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QLabel>
#include <QSpinBox>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>
#include <opencv2/imgproc.hpp>

#include "core/annotate/assisted.h"
#include "core/common/paths.h"
#include "core/data/image_header.h"
#include "ui/annotate/class_palette.h"
#include "ui/annotate/mask_canvas.h"
#include "ui/annotate/mask_document.h"
#include "ui/annotate/mask_saver.h"
#include "ui/annotate/model_assist.h"
#include "ui/jobs/background_job.h"
#include "ui/text/error_text.h"

namespace seg::ui {

namespace fs = std::filesystem;

namespace {

// What the document opens for `sample`: its image (and a pair's after image), and the
// dataset's mask (`fallback`, read through the dataset's encoding) to start from.
MaskDocument::Source sourceOf(const core::Dataset& dataset, const core::Sample& sample,
                              const fs::path& fallback) {
    return {sample.image, sample.after, fallback, dataset.maskEncoding};
}

}  // namespace

Annotator::Annotator(MaskCanvas* canvas, ClassPalette* palette, QUndoView* history, QWidget* window)
    : QObject(window),
      m_canvas(canvas),
      m_palette(palette),
      m_history(history),
      m_document(new MaskDocument(this)),
      m_autosave(new QTimer(this)),
      m_saver(new MaskSaver(this)),
      m_assist(new ModelAssist(window)) {
    m_canvas->setDocument(m_document);
    m_history->setStack(m_document->undoStack());
    m_history->setEmptyLabel(tr("<opened>"));
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(kAutosaveMs);
    connect(m_autosave, &QTimer::timeout, this, [this] { saveInBackground(); });
    connect(m_saver, &MaskSaver::finished, this, &Annotator::reportSave);
    connect(m_document, &MaskDocument::changed, this, [this] {
        if (m_document->isModified()) m_autosave->start();  // restarts: idle time counts
    });
    connect(m_document, &MaskDocument::patched, this,
            [this](const core::MaskPatch& patch, bool forward) {
                // From the changed tiles only: recounting an 8000x8000 mask after every
                // stroke would stall the window.
                std::array<int64_t, 256> delta{};
                patch.countChange(delta, forward);
                for (size_t v = 0; v < delta.size(); ++v)
                    m_histogram[v] = uint64_t(int64_t(m_histogram[v]) + delta[v]);
                showCounts();
            });
    connect(m_document, &MaskDocument::undoStackReplaced, this, [this](QUndoStack* stack) {
        m_history->setStack(stack);
        if (m_undo) {
            disconnect(m_undo, nullptr, nullptr, nullptr);
            disconnect(m_redo, nullptr, nullptr, nullptr);
            connect(m_undo, &QAction::triggered, stack, &QUndoStack::undo);
            connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
        }
    });
    connect(m_assist, &ModelAssist::failed, this,
            [this](const QString& text) { Q_EMIT message(text, true); });
    connect(m_assist, &ModelAssist::prelabelled, this,
            [this](const QString& id, const cv::Mat& predicted) {
                if (id != m_sampleId || !m_document->isOpen() || m_document->isReadOnly()) return;
                cv::Mat& mask = m_document->mask();
                // What the user labelled stays.
                m_document->commit(core::acceptPrediction(mask, predicted,
                                                          cv::Rect(0, 0, mask.cols, mask.rows),
                                                          m_document->classes().size(),
                                                          m_document->classes().ignoreIndex()),
                                   tr("Pre-label with model"));
                Q_EMIT message(tr("Pre-labelled %1 with %2: correct what is wrong.")
                                   .arg(m_sampleId, m_assist->modelName()),
                               false);
            });
    connect(m_canvas, &MaskCanvas::assistFailed, this,
            [this](const QString& text) { Q_EMIT message(text, true); });
    connect(m_palette, &ClassPalette::classChosen, m_canvas, &MaskCanvas::setCurrentClass);
    connect(m_canvas, &MaskCanvas::classPicked, m_palette, &ClassPalette::setCurrentClass);
    createActions(window);
}

fs::path Annotator::maskFileFor(const core::Project& project, const core::Sample& sample) {
    return project.masksRoot() / core::pathFromUtf8(sample.id + ".png");
}

QAction* Annotator::toolAction(int tool) const {
    const auto actions = m_tools->actions();
    return tool >= 0 && tool < actions.size() ? actions[tool] : nullptr;
}

void Annotator::createActions(QWidget* window) {
    // Tools in a column beside the canvas, their options in a row above it.
    m_toolsBar = new QToolBar(tr("Painting Tools"), window);
    m_toolsBar->setObjectName(QStringLiteral("paintToolsBar"));
    m_toolsBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar = new QToolBar(tr("Painting Options"), window);
    m_toolBar->setObjectName(QStringLiteral("paintToolBar"));
    m_tools = new QActionGroup(this);
    struct ToolInfo {
        MaskCanvas::Tool tool;
        QString name;
        QKeySequence key;
        QString tip;
    };
    const ToolInfo tools[] = {
        {MaskCanvas::Tool::Brush, tr("Brush"), Qt::Key_B,
         tr("Paint the current class; Shift+click draws a straight line")},
        {MaskCanvas::Tool::Eraser, tr("Eraser"), Qt::Key_E, tr("Make pixels unlabelled again")},
        {MaskCanvas::Tool::Fill, tr("Fill"), Qt::Key_F,
         tr("Fill the region of similar colour under the click")},
        {MaskCanvas::Tool::Polygon, tr("Polygon"), Qt::Key_P,
         tr("Click the corners; double-click or Enter fills")},
        {MaskCanvas::Tool::Lasso, tr("Lasso"), Qt::Key_L, tr("Drag around an area to fill it")},
        {MaskCanvas::Tool::Rectangle, tr("Rectangle"), Qt::Key_R, tr("Drag to fill a rectangle")},
        {MaskCanvas::Tool::Picker, tr("Pick Class"), Qt::Key_I,
         tr("Click a pixel to paint with its class (or Alt+click with any tool)")},
        {MaskCanvas::Tool::GrabCut, tr("GrabCut"), Qt::Key_G,
         tr("Drag a box around an object; labels inside the box guide it (the current class "
            "as object, others as background)")},
        {MaskCanvas::Tool::Superpixel, tr("Superpixel"), Qt::Key_S,
         tr("Click to fill the superpixel (a patch of similar colour) under the cursor")},
        {MaskCanvas::Tool::Scissors, tr("Scissors"), Qt::Key_X,
         tr("Click points along an object's edge; the path follows the edges; double-click "
            "closes and fills")},
        {MaskCanvas::Tool::AcceptPrediction, tr("Accept in Box"), Qt::Key_Y,
         tr("Live mode: drag a box; the live prediction fills the unlabelled pixels inside it")},
    };
    for (const auto& t : tools) {
        QAction* a = m_tools->addAction(t.name);
        a->setCheckable(true);
        a->setShortcut(t.key);
        a->setToolTip(QStringLiteral("%1 (%2)\n%3").arg(t.name, t.key.toString(), t.tip));
        a->setChecked(t.tool == MaskCanvas::Tool::Brush);
        connect(a, &QAction::triggered, m_canvas,
                [this, tool = t.tool] { m_canvas->setTool(tool); });
        // Only while live mode predicts (LiveMode enables it).
        a->setEnabled(t.tool != MaskCanvas::Tool::AcceptPrediction);
        m_toolsBar->addAction(a);
        window->addAction(a);
    }
    m_toolBar->addWidget(new QLabel(tr(" Size "), m_toolBar));
    m_size = new QSpinBox(m_toolBar);
    m_size->setObjectName(QStringLiteral("brushSizeBox"));
    m_size->setRange(1, 1000);
    m_size->setValue(int(m_canvas->brush().diameter));
    m_size->setSuffix(tr(" px"));
    m_size->setToolTip(tr("Brush size: [ and ], or Ctrl+wheel"));
    m_toolBar->addWidget(m_size);
    m_shape = new QComboBox(m_toolBar);
    m_shape->addItems({tr("Round"), tr("Square")});
    m_toolBar->addWidget(m_shape);
    m_toolBar->addWidget(new QLabel(tr(" Paint over "), m_toolBar));
    m_lock = new QComboBox(m_toolBar);
    m_lock->addItems({tr("anything"), tr("unlabelled only"), tr("the picked class only")});
    m_lock->setToolTip(tr("Which pixels strokes and fills may change"));
    m_toolBar->addWidget(m_lock);
    m_toolBar->addWidget(new QLabel(tr(" Tolerance "), m_toolBar));
    m_tolerance = new QDoubleSpinBox(m_toolBar);
    m_tolerance->setRange(0, 255);
    m_tolerance->setDecimals(0);
    m_tolerance->setValue(12);
    m_tolerance->setToolTip(tr("Fill: how far a colour may be from the clicked pixel's"));
    m_toolBar->addWidget(m_tolerance);

    connect(m_size, &QSpinBox::valueChanged, m_canvas, [this](int v) {
        core::Brush b = m_canvas->brush();
        b.diameter = float(v);
        m_canvas->setBrush(b);
    });
    connect(m_canvas, &MaskCanvas::brushChanged, m_size, [this](float d) {
        const QSignalBlocker block(m_size);
        m_size->setValue(int(std::lround(d)));
    });
    connect(m_shape, &QComboBox::currentIndexChanged, m_canvas, [this](int i) {
        core::Brush b = m_canvas->brush();
        b.shape = i == 0 ? core::BrushShape::Round : core::BrushShape::Square;
        m_canvas->setBrush(b);
    });
    auto applyLock = [this] {
        core::PaintLock lock;
        lock.ignoreIndex = m_document->classes().ignoreIndex();
        lock.mode = static_cast<core::PaintLock::Mode>(m_lock->currentIndex());
        lock.lockedClass = static_cast<uint8_t>(std::max(0, m_canvas->currentClass()));
        m_canvas->setLock(lock);
    };
    connect(m_lock, &QComboBox::currentIndexChanged, this, applyLock);
    connect(m_canvas, &MaskCanvas::classPicked, this, applyLock);
    connect(m_tolerance, &QDoubleSpinBox::valueChanged, m_canvas, &MaskCanvas::setFillTolerance);
    // Once an option is set, keys go back to painting (1 picks a class, not a brush size).
    auto focusCanvas = [this] { m_canvas->setFocus(Qt::OtherFocusReason); };
    connect(m_size, &QSpinBox::editingFinished, m_canvas, focusCanvas);
    connect(m_tolerance, &QDoubleSpinBox::editingFinished, m_canvas, focusCanvas);
    connect(m_shape, &QComboBox::activated, m_canvas, focusCanvas);
    connect(m_lock, &QComboBox::activated, m_canvas, focusCanvas);

    m_undo = new QAction(tr("&Undo"), this);
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = new QAction(tr("&Redo"), this);
    m_redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(m_undo, &QAction::triggered, m_document->undoStack(), &QUndoStack::undo);
    connect(m_redo, &QAction::triggered, m_document->undoStack(), &QUndoStack::redo);
    window->addAction(m_undo);
    window->addAction(m_redo);

    // 1 to 9 choose the first nine classes.
    for (int i = 0; i < 9; ++i) {
        auto* pick = new QAction(this);
        pick->setShortcut(QKeySequence(Qt::Key_1 + i));
        connect(pick, &QAction::triggered, this, [this, i] {
            if (i < m_document->classes().size()) {
                m_canvas->setCurrentClass(i);
                m_palette->setCurrentClass(i);
            }
        });
        window->addAction(pick);
    }
    auto* fill = new QAction(tr("Fill Unlabelled with Current Class"), this);
    fill->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(fill, &QAction::triggered, this, &Annotator::fillUnlabelled);
    window->addAction(fill);
    auto* replace = new QAction(tr("Replace Class..."), this);
    replace->setToolTip(tr("Turn every pixel of one class into another in this mask"));
    connect(replace, &QAction::triggered, this, [this, window] {
        if (!m_document->isOpen() || m_document->isReadOnly()) return;
        QStringList names;
        for (const auto& n : m_document->classes().names()) names << toQString(n);
        bool ok = false;
        const QString from =
            QInputDialog::getItem(window, tr("Replace Class"), tr("Replace"), names, 0, false, &ok);
        if (!ok) return;
        const QString to = QInputDialog::getItem(window, tr("Replace Class"), tr("with"), names,
                                                 std::max(0, m_canvas->currentClass()), false, &ok);
        if (ok) replaceClass(int(names.indexOf(from)), int(names.indexOf(to)));
    });
    auto* prelabelAction = new QAction(tr("Pre-label with Model"), this);
    prelabelAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    prelabelAction->setToolTip(
        tr("Run a trained model on this image; its prediction fills the unlabelled pixels"));
    connect(prelabelAction, &QAction::triggered, this, &Annotator::prelabel);
    window->addAction(prelabelAction);
    auto* grow = new QAction(tr("Grow Labels to Edges"), this);
    grow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    grow->setToolTip(
        tr("Watershed: every unlabelled pixel takes the class of the scribble "
           "that reaches it first along the image's edges"));
    connect(grow, &QAction::triggered, this, &Annotator::growLabels);
    window->addAction(grow);
    m_toolBar->addSeparator();
    m_toolBar->addAction(fill);
    m_toolBar->addAction(grow);
    m_toolBar->addAction(prelabelAction);
    m_editActions = {m_undo, m_redo, nullptr, fill, grow, replace, prelabelAction};
}

void Annotator::replaceClass(int from, int to) {
    if (!m_document->isOpen() || m_document->isReadOnly() || from < 0 || to < 0 || from == to)
        return;
    m_document->commit(core::replaceClass(m_document->mask(), uint8_t(from), uint8_t(to)),
                       tr("Replace class"));
}

void Annotator::prelabel() {
    if (!m_document->isOpen() || m_document->isReadOnly()) return;
    if (m_assist->checkpoint().empty() && !m_assist->chooseCheckpoint(m_runsFolder)) return;
    Q_EMIT message(tr("Predicting %1 with %2...").arg(m_sampleId, m_assist->modelName()), false);
    m_assist->prelabel(m_document->modelInput(), m_document->classes(), m_sampleId);
}

void Annotator::growLabels() {
    if (!m_document->isOpen() || m_document->isReadOnly()) return;
    const cv::Mat& mask = m_document->mask();
    const uint8_t ignore = m_document->classes().ignoreIndex();
    if (cv::countNonZero(mask != ignore) == 0) {
        Q_EMIT message(tr("Scribble a few strokes of each class first."), false);
        return;
    }
    // Watershed over the whole image runs on a worker; the mask is copied, since painting
    // may go on meanwhile (only still-unlabelled pixels are written when it returns).
    const cv::Mat image = m_document->imageBgr(), scribbles = mask.clone();
    const int generation = m_document->generation();
    auto* watcher = new QFutureWatcher<JobResult<cv::Mat>>(this);
    connect(watcher, &QFutureWatcher<JobResult<cv::Mat>>::finished, this,
            [this, watcher, generation] {
                watcher->deleteLater();
                if (m_document->generation() != generation || m_document->isReadOnly()) return;
                const auto result = watcher->result();
                if (!result.ok()) {
                    Q_EMIT message(result.error, true);
                    return;
                }
                const cv::Mat& grown = result.value;
                cv::Mat& target = m_document->mask();
                // Written class by class through the unlabelled-only rule: labels already made
                // stay.
                const cv::Rect all(0, 0, target.cols, target.rows);
                core::PaintLock lock;
                lock.mode = core::PaintLock::Mode::UnlabelledOnly;
                lock.ignoreIndex = m_document->classes().ignoreIndex();
                core::MaskPatch patch;
                for (int c = 0; c < m_document->classes().size(); ++c) {
                    const cv::Mat stamp = grown == c;
                    if (cv::countNonZero(stamp) > 0)
                        patch.merge(core::applyStamp(target, stamp, all, uint8_t(c), lock));
                }
                m_document->commit(std::move(patch), tr("Grow labels"));
                Q_EMIT labelsGrown();
            });
    watcher->setFuture(runBackgroundJob(
        tr("Growing the labels of %1").arg(m_sampleId),
        [image, scribbles, ignore] { return core::growLabels(image, scribbles, ignore); }));
}

bool Annotator::canLeaveSample() {
    // Edits the journal could not take exist only in memory: they are saved now, and the
    // image stays open if that fails.
    if (!m_document->editsAreSafe()) return saveNow();
    return saveInBackground() || m_document->editsAreSafe();
}

void Annotator::finishSaves() {
    m_saver->waitForAll();
}

bool Annotator::openSample(const core::Project& project, const core::Dataset& dataset,
                           const core::Sample& sample, QString* error) {
    ++m_openRequest;  // a background open still loading is dropped
    m_opening = false;
    if (!canLeaveSample()) {
        if (error) *error = tr("%1 stays open: its edits could not be saved.").arg(m_sampleId);
        return false;
    }
    m_autosave->stop();
    const fs::path target = maskFileFor(project, sample);
    // The dataset's own mask is the starting point until one is painted here.
    const fs::path fallback = sample.mask == target ? fs::path() : sample.mask;
    // Reopened while its last save is still being written: the save's journals would read
    // as edits recovered from a crash.
    if (m_saver->isSaving(target)) m_saver->waitForAll();
    return adoptLoaded(
        MaskDocument::load(sourceOf(dataset, sample, fallback), target, dataset.classes),
        QString::fromStdString(sample.id), project.runsRoot(), !fallback.empty(), error);
}

void Annotator::openSampleInBackground(const core::Project& project, const core::Dataset& dataset,
                                       const core::Sample& sample) {
    const QString id = QString::fromStdString(sample.id);
    const auto size = core::readImageSize(sample.image);
    if (!size || int64_t(size->width) * size->height < kBackgroundOpenPixels) {
        QString error;
        if (openSample(project, dataset, sample, &error))
            Q_EMIT sampleOpened(id);
        else
            Q_EMIT sampleNotOpened(id, error);
        return;
    }
    const quint64 request = ++m_openRequest;
    m_opening = true;
    const fs::path target = maskFileFor(project, sample);
    const fs::path fallback = sample.mask == target ? fs::path() : sample.mask;
    if (m_saver->isSaving(target)) m_saver->waitForAll();
    Q_EMIT sampleOpening(id);
    using Result = JobResult<MaskDocument::Loaded>;
    auto* watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this,
            [this, watcher, request, id, runs = project.runsRoot(),
             hasDatasetMask = !fallback.empty()] {
                watcher->deleteLater();
                if (request != m_openRequest) return;  // another sample was asked for since
                m_opening = false;
                Result result = watcher->result();
                QString error = result.error;
                if (error.isEmpty() && !canLeaveSample())
                    error = tr("%1 stays open: its edits could not be saved.").arg(m_sampleId);
                if (error.isEmpty()) {
                    m_autosave->stop();
                    if (adoptLoaded(std::move(result.value), id, runs, hasDatasetMask, &error)) {
                        Q_EMIT sampleOpened(id);
                        return;
                    }
                }
                Q_EMIT sampleNotOpened(id, error);
            });
    // Before the thumbnails and analyses queued: the user waits for this one.
    watcher->setFuture(runBackgroundJob(
        tr("Opening %1").arg(id),
        [source = sourceOf(dataset, sample, fallback), target, classes = dataset.classes] {
            return MaskDocument::load(source, target, classes);
        },
        10));
}

bool Annotator::adoptLoaded(MaskDocument::Loaded loaded, const QString& sampleId,
                            const fs::path& runsFolder, bool hasDatasetMask, QString* error) {
    m_hasDatasetMask = hasDatasetMask;
    const core::ClassMap classes = loaded.classes;
    if (!m_document->adopt(std::move(loaded), error)) {
        m_sampleId.clear();
        m_canvas->setDocument(m_document);
        return false;
    }
    m_sampleId = sampleId;
    m_runsFolder = runsFolder;
    m_palette->setClasses(classes);
    if (m_canvas->currentClass() >= classes.size()) m_canvas->setCurrentClass(0);
    m_palette->setCurrentClass(m_canvas->currentClass());
    m_canvas->setDocument(m_document);
    recount();
    if (m_document->isReadOnly()) Q_EMIT message(m_document->readOnlyReason(), true);
    if (m_document->recoveredRecords() > 0) {
        Q_EMIT message(tr("Recovered %n unsaved edit(s) of %1 from the autosave journal.", nullptr,
                          m_document->recoveredRecords())
                           .arg(m_sampleId),
                       false);
        m_quietSave = true;  // the autosave that writes them keeps this message on screen
        m_autosave->start();
    }
    return true;
}

bool Annotator::closeSample() {
    if (!canLeaveSample()) return false;
    ++m_openRequest;  // an image still loading stays closed
    m_opening = false;
    m_saver->waitForAll();
    m_document->close();
    m_sampleId.clear();
    m_canvas->setDocument(m_document);
    return true;
}

MaskDocument::SaveMode Annotator::saveMode(bool* labelled) const {
    const cv::Mat& mask = m_document->mask();
    *labelled = m_histogram[m_document->classes().ignoreIndex()] < uint64_t(mask.total());
    // A mask erased back to nothing is no mask, unless it must override the dataset's own.
    return *labelled || m_hasDatasetMask ? MaskDocument::SaveMode::Write
                                         : MaskDocument::SaveMode::RemoveFile;
}

QString Annotator::notSavedMessage(const QString& sampleId, const QString& error, bool inJournal) {
    return inJournal
               ? tr("The mask of %1 was not saved: %2\nIts edits are kept in the autosave "
                    "journal and come back when the image is opened again.")
                     .arg(sampleId, error)
               : tr("The mask of %1 was not saved: %2\nThe image stays open so that its edits "
                    "are not lost; free the folder and save again.")
                     .arg(sampleId, error);
}

bool Annotator::saveNow() {
    m_autosave->stop();
    m_saver->waitForAll();  // an earlier save of this mask must not land after this one
    if (!m_document->isModified()) return true;
    bool labelled = false;
    const auto mode = saveMode(&labelled);
    QString error;
    if (!m_document->save(&error, mode)) {
        Q_EMIT message(notSavedMessage(m_sampleId, error, m_document->editsAreSafe()), true);
        return false;
    }
    reportSaved(m_sampleId, m_document->maskFile(), mode, labelled, m_quietSave);
    m_quietSave = false;
    return true;
}

bool Annotator::saveInBackground() {
    m_autosave->stop();
    if (!m_document->isModified()) return true;
    MaskSaver::Job job;
    const auto mode = saveMode(&job.labelled);
    QString error;
    if (!m_document->takeSnapshot(mode, &job.snapshot, &error)) {
        Q_EMIT message(notSavedMessage(m_sampleId, error, m_document->editsAreSafe()), true);
        return false;
    }
    job.sampleId = m_sampleId;
    job.quiet = std::exchange(m_quietSave, false);
    m_saver->save(std::move(job));
    return true;
}

void Annotator::reportSave(const MaskSaver::Job& job, const QString& error) {
    if (!error.isEmpty()) {
        // The edits are in the sealed journal, replayed when the image opens again.
        Q_EMIT message(notSavedMessage(job.sampleId, error, true), true);
        return;
    }
    m_document->snapshotWritten(job.snapshot);
    reportSaved(job.sampleId, job.snapshot.maskFile, job.snapshot.mode, job.labelled, job.quiet);
}

void Annotator::reportSaved(const QString& sampleId, const fs::path& maskFile,
                            MaskDocument::SaveMode mode, bool labelled, bool quiet) {
    const bool written = mode == MaskDocument::SaveMode::Write;
    Q_EMIT saved(sampleId, written ? maskFile : fs::path(), labelled);
    if (!quiet)
        Q_EMIT message(
            written ? tr("Saved %1").arg(toQPath(maskFile))
                    : tr("%1 has no labels left: it counts as unlabelled again.").arg(sampleId),
            false);
}

void Annotator::fillUnlabelled() {
    if (!m_document->isOpen() || m_document->isReadOnly()) return;
    const int cls = std::max(0, m_canvas->currentClass());
    m_document->commit(
        core::fillUnlabelled(m_document->mask(), uint8_t(cls), m_document->classes().ignoreIndex()),
        tr("Fill unlabelled"));
}

void Annotator::recount() {
    m_histogram.fill(0);
    if (!m_document->isOpen()) return;
    // Exact 64-bit counts (cv::calcHist counts in float, inexact past 16 million pixels).
    const cv::Mat& mask = m_document->mask();
    for (int y = 0; y < mask.rows; ++y) {
        const uint8_t* row = mask.ptr<uint8_t>(y);
        for (int x = 0; x < mask.cols; ++x) ++m_histogram[row[x]];
    }
    showCounts();
}

void Annotator::showCounts() {
    if (!m_document->isOpen()) return;
    std::vector<uint64_t> counts(m_histogram.begin(),
                                 m_histogram.begin() + m_document->classes().size());
    m_palette->setCounts(counts, m_histogram[m_document->classes().ignoreIndex()]);
}

}  // namespace seg::ui
