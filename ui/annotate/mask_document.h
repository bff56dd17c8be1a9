#pragma once
// The image being annotated and its mask: loading (a new mask starts unlabelled), edits as
// undoable commands holding only the changed tiles, the autosave journal, and saving the
// mask as a palette PNG in the project's masks folder. A mask on disk that cannot be used
// (unreadable, another size, values beyond the classes) is reported and the document is
// read-only, so it is never overwritten. GUI thread.

#include <filesystem>
#include <memory>

#include <QImage>
#include <QObject>
#include <QRect>
#include <QString>
#include <opencv2/core/mat.hpp>

#include "core/annotate/mask_journal.h"
#include "core/annotate/mask_patch.h"
#include "core/data/class_map.h"
#include "core/data/dataset.h"

class QUndoStack;

namespace seg::ui {

// A rectangle of mask pixels, from core's type to Qt's.
inline QRect toQRect(const cv::Rect& r) {
    return {r.x, r.y, r.width, r.height};
}

class MaskDocument : public QObject {
    Q_OBJECT

public:
    // Undo history beyond this many bytes of tiles drops its oldest steps.
    static constexpr size_t kDefaultUndoBudget = size_t(512) << 20;

    explicit MaskDocument(QObject* parent = nullptr);
    ~MaskDocument() override;

    // Opens `imageFile` with the mask at `maskFile` if it exists (else `fallbackMask`, the
    // dataset's own, if any), saving to `maskFile`. Replays an autosave journal left by a
    // crash. Returns false with `error` set when the image cannot be read.
    bool open(const std::filesystem::path& imageFile, const std::filesystem::path& fallbackMask,
              const std::filesystem::path& maskFile, const core::ClassMap& classes, QString* error);

    // What a sample is opened from.
    struct Source {
        std::filesystem::path image;
        std::filesystem::path after;  // a change pair's after image; empty for one image
        // The dataset's own mask, the starting point until one is painted here (may be
        // empty), and how its values are to be read.
        std::filesystem::path datasetMask;
        core::MaskEncoding datasetMaskEncoding = core::MaskEncoding::ClassIndex;
    };

    // open() in two halves, so that a large image decodes on a worker thread while the one
    // on screen stays: load() reads the files (any thread, never throws), adopt() shows the
    // result (GUI thread) and returns as open() does.
    struct Loaded {
        std::filesystem::path imageFile, maskFile;
        core::ClassMap classes;
        cv::Mat imageBgr;
        QImage image;      // for display
        cv::Mat afterBgr;  // a pair's after image, else empty
        QImage afterImage;
        cv::Mat mask;   // with the journals replayed
        QString error;  // the image cannot be read
        QString readOnlyReason;
        int recovered = 0;
    };
    static Loaded load(const Source& source, const std::filesystem::path& maskFile,
                       const core::ClassMap& classes);
    static Loaded load(const std::filesystem::path& imageFile,
                       const std::filesystem::path& fallbackMask,
                       const std::filesystem::path& maskFile, const core::ClassMap& classes) {
        return load(Source{imageFile, {}, fallbackMask}, maskFile, classes);
    }
    bool adopt(Loaded loaded, QString* error);
    // The same for an image already in memory (CV_8UC3 BGR), with no mask on disk yet.
    void openInMemory(const cv::Mat& imageBgr, const std::filesystem::path& maskFile,
                      const core::ClassMap& classes);
    void close();

    bool isOpen() const { return !m_mask.empty(); }
    // Changes whenever another image is opened (or the document closed): a result computed
    // in the background for the image it started on is dropped if this has changed.
    int generation() const { return m_generation; }
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    const QString& readOnlyReason() const { return m_readOnlyReason; }
    bool isModified() const;
    // False when unsaved edits are in memory only (the journal could not be written): the
    // document must then stay open until a save succeeds.
    bool editsAreSafe() const;
    // Edits recovered from a journal when the document was opened.
    int recoveredRecords() const { return m_recovered; }

    // The image on screen, which the tools read: the before image, or a pair's after image
    // while it is shown (setShowsAfterImage).
    const QImage& image() const { return m_image; }  // for display
    const cv::Mat& imageBgr() const { return m_imageBgr; }
    // A change pair: the after image is loaded too, and can be shown instead of the before
    // image (painting goes on the one mask either way). The choice outlives the image.
    bool hasAfterImage() const { return !m_afterBgr.empty(); }
    void setShowsAfterImage(bool shown);
    bool showsAfterImage() const { return m_showsAfter && hasAfterImage(); }
    // What a model takes: the pair stacked as one 6-channel image, else the image.
    cv::Mat modelInput() const;
    // The mask: an Indexed8 image whose pixels are the class indices (the cv::Mat below
    // shares them), with the class colours as its colour table.
    const QImage& maskImage() const { return m_maskImage; }
    cv::Mat& mask() { return m_mask; }
    const cv::Mat& mask() const { return m_mask; }
    const core::ClassMap& classes() const { return m_classes; }
    const std::filesystem::path& maskFile() const { return m_maskFile; }
    QUndoStack* undoStack() const { return m_undo; }
    size_t undoBytes() const { return m_undoBytes; }
    void setUndoBudget(size_t bytes) { m_undoBudget = bytes; }

    void setOpacity(double opacity);

    // Records an edit already made on mask() (a whole stroke, a fill): one undo step, and
    // journals it unless its parts were journalled while it was made (`journalled`).
    void commit(core::MaskPatch patch, const QString& text, bool journalled = false);
    // Journals part of an edit still in progress (a stroke's segment) so that a crash
    // mid-stroke loses nothing; commit() the whole edit when it ends.
    void journal(const core::MaskPatch& partial);
    // Repaints after mask() changed in `pixels` outside commit() (undo, redo, a live stroke).
    void notifyChanged(const QRect& pixels);

    // Write: the mask as a palette PNG (temp file + rename). RemoveFile: the mask holds no
    // label and has nothing to override, so no file says "labelled" (an image without a
    // mask file is unlabelled everywhere).
    enum class SaveMode { Write, RemoveFile };
    // Saves and clears the journal. False with `error` set when it cannot be written; the
    // journal is then kept.
    bool save(QString* error, SaveMode mode = SaveMode::Write);

    // A save on another thread (MaskSaver): the mask as it is now, with the journal sealed
    // (see core::MaskJournal) so that edits made meanwhile go to a fresh one.
    struct SaveSnapshot {
        std::filesystem::path maskFile;
        cv::Mat mask;  // a copy: painting goes on while it is written
        core::ClassMap classes;
        SaveMode mode = SaveMode::Write;
        int generation = 0;  // of the document, and its edit count, when it was taken
        quint64 edits = 0;
    };
    // False with `error` set when the document is read-only or the journal cannot be sealed.
    bool takeSnapshot(SaveMode mode, SaveSnapshot* snapshot, QString* error);
    // Any thread. Throws core::Error naming the file.
    static void writeSnapshot(const SaveSnapshot& snapshot);
    // The snapshot is on disk: the document is saved if it did not change since.
    void snapshotWritten(const SaveSnapshot& snapshot);

Q_SIGNALS:
    void changed(const QRect& pixels);
    // An edit was committed (forward) or a step undone (backward) or redone (forward).
    void patched(const seg::core::MaskPatch& patch, bool forward);
    void modifiedChanged(bool modified);
    void undoStackReplaced(QUndoStack* stack);
    // The image on screen became the other image of the pair.
    void shownImageChanged();

private:
    friend class MaskPatchCommand;
    void setImage(const cv::Mat& imageBgr, const QImage& image,
                  const std::filesystem::path& maskFile, const core::ClassMap& classes);
    // Points the cv::Mat at the QImage's pixels (after creating or detaching it).
    void wrapMaskImage();
    void applyPatch(const core::MaskPatch& patch, bool after);
    void journalPatch(const core::MaskPatch& patch, bool after);
    void enforceUndoBudget();
    void offerRecoveryUndo();
    void newUndoStack();

    void showChosenImage();

    QImage m_image;  // the image on screen: one of the two below
    cv::Mat m_imageBgr;
    QImage m_beforeImage, m_afterImage;
    cv::Mat m_beforeBgr, m_afterBgr;
    bool m_showsAfter = false;
    QImage m_maskImage;
    cv::Mat m_mask;
    core::ClassMap m_classes;
    std::filesystem::path m_maskFile;
    QString m_readOnlyReason;
    QUndoStack* m_undo = nullptr;
    core::MaskJournal m_journal;
    size_t m_undoBytes = 0;
    size_t m_undoBudget = kDefaultUndoBudget;
    double m_opacity = 0.55;
    int m_recovered = 0;
    int m_generation = 0;
    quint64 m_edits = 0;  // changes journalled (or that failed to be) since opening
    bool m_journalFailed = false;
};

}  // namespace seg::ui
