#pragma once
// Mask painting for the open project: opens a sample's image and mask in a MaskDocument
// shown on the MaskCanvas, offers the tools (toolbar and shortcuts), class palette and
// undo history, and saves: after a short idle time and when another image is opened (both
// on the saver's thread, see MaskSaver), and on request. GUI thread.

#include <array>
#include <cstdint>
#include <filesystem>

#include <QList>
#include <QObject>

#include "core/data/dataset.h"
#include "core/project/project.h"
#include "ui/annotate/mask_saver.h"

class QAction;
class QActionGroup;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;
class QTimer;
class QToolBar;
class QUndoView;
class QWidget;

namespace seg::ui {

class ClassPalette;
class MaskCanvas;
class ModelAssist;

class Annotator : public QObject {
    Q_OBJECT

public:
    // Idle time after the last edit before the mask is saved.
    static constexpr int kAutosaveMs = 2000;

    Annotator(MaskCanvas* canvas, ClassPalette* palette, QUndoView* history, QWidget* window);

    // Saves the open mask if it changed, then opens the sample. False (with `error`) when
    // the image cannot be read. A mask that cannot be used opens read-only with a message.
    // Refused (false) while the open image's edits can be neither saved nor journalled.
    bool openSample(const core::Project& project, const core::Dataset& dataset,
                    const core::Sample& sample, QString* error);
    // Opens the sample as openSample() does, but an image of kBackgroundOpenPixels or more
    // decodes on a worker thread while the open one stays on screen (and can be painted);
    // smaller ones open at once. Ends with sampleOpened() or sampleNotOpened(). A later
    // request (either way of opening) replaces one still loading.
    void openSampleInBackground(const core::Project& project, const core::Dataset& dataset,
                                const core::Sample& sample);
    static constexpr int64_t kBackgroundOpenPixels = 4'000'000;
    bool isOpening() const { return m_opening; }
    // Saves and closes the open image, and waits until every mask handed to the background
    // saver is written (a class edit or another project follows); false (it stays open) as
    // for openSample().
    bool closeSample();
    // Starts saving the open mask in the background; true when its edits are safe (being
    // saved, or in the journal).
    bool canLeaveSample();
    const QString& sampleId() const { return m_sampleId; }
    // Saves the open mask if it changed, now, after the background saves; false with a
    // message when it cannot.
    bool saveNow();
    // Saves the open mask if it changed on the saver's thread (the autosave); false with a
    // message when it cannot even start.
    bool saveInBackground();
    // Blocks until the background saves are written (quitting).
    void finishSaves();

    MaskDocument* document() const { return m_document; }
    ModelAssist* modelAssist() const { return m_assist; }
    // Runs the chosen model on the open image; its prediction fills the unlabelled pixels.
    void prelabel();
    // Every unlabelled pixel takes the class of the labelled pixels that reach it first
    // along the image's edges (watershed), computed on a worker thread.
    void growLabels();
    void fillUnlabelled();
    // Every pixel of class `from` becomes `to` (one undo step).
    void replaceClass(int from, int to);
    // For the Edit menu, in order; nullptr marks a separator.
    const QList<QAction*>& editActions() const { return m_editActions; }
    QToolBar* toolBar() const { return m_toolBar; }  // options: size, shape, lock, ...
    QToolBar* toolsBar() const { return m_toolsBar; }
    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }
    QAction* toolAction(int tool) const;
    // Where a sample's painted mask goes: <project masks folder>/<id>.png.
    static std::filesystem::path maskFileFor(const core::Project& project,
                                             const core::Sample& sample);

Q_SIGNALS:
    void message(const QString& text, bool problem);
    void sampleOpening(const QString& sampleId);
    void sampleOpened(const QString& sampleId);
    void sampleNotOpened(const QString& sampleId, const QString& error);
    // growLabels() has applied its result (it runs in the background).
    void labelsGrown();
    // The open sample's mask was written to `file` (empty: it holds no label and its file
    // was removed); `labelled` when any pixel has a class.
    void saved(const QString& sampleId, const std::filesystem::path& file, bool labelled);

private:
    // The second half of both ways of opening: shows what MaskDocument::load() read.
    bool adoptLoaded(MaskDocument::Loaded loaded, const QString& sampleId,
                     const std::filesystem::path& runsFolder, bool hasDatasetMask,
                     QString* error);
    MaskDocument::SaveMode saveMode(bool* labelled) const;
    // Why a save failed, and whether the edits are safe in the journal meanwhile.
    static QString notSavedMessage(const QString& sampleId, const QString& error, bool inJournal);
    void reportSave(const MaskSaver::Job& job, const QString& error);
    void reportSaved(const QString& sampleId, const std::filesystem::path& maskFile,
                     MaskDocument::SaveMode mode, bool labelled, bool quiet);
    void createActions(QWidget* window);
    // Counts every pixel of the mask (on opening); edits then adjust the counts.
    void recount();
    void showCounts();

    MaskCanvas* m_canvas;
    ClassPalette* m_palette;
    QUndoView* m_history;
    MaskDocument* m_document;
    QToolBar* m_toolBar = nullptr;
    QToolBar* m_toolsBar = nullptr;
    QActionGroup* m_tools = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QList<QAction*> m_editActions;
    QSpinBox* m_size = nullptr;
    QComboBox* m_shape = nullptr;
    QComboBox* m_lock = nullptr;
    QDoubleSpinBox* m_tolerance = nullptr;
    QTimer* m_autosave;
    MaskSaver* m_saver;
    std::array<uint64_t, 256> m_histogram{};  // pixels per mask value
    QString m_sampleId;
    quint64 m_openRequest = 0;  // the latest request to open a sample
    bool m_opening = false;     // one is loading in the background
    bool m_hasDatasetMask = false;  // the dataset has its own mask, which a saved one overrides
    bool m_quietSave = false;       // a message is on screen that "Saved" must not replace
    ModelAssist* m_assist;
    std::filesystem::path m_runsFolder;
};

}  // namespace seg::ui
