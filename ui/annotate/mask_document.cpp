#include "ui/annotate/mask_document.h"

#include <QUndoCommand>
#include <QUndoStack>
#include <opencv2/core.hpp>

#include "core/annotate/journal_recovery.h"
#include "core/common/error.h"
#include "core/common/paths.h"
#include "core/data/image_io.h"
#include "core/data/image_pair.h"
#include "core/data/mask_io.h"
#include "ui/mask_image.h"
#include "ui/text/error_text.h"

namespace seg::ui {

namespace fs = std::filesystem;

// One undo step: the tiles an edit changed. The edit is already on the mask when the
// command is pushed, so the first redo (QUndoStack::push calls it) does nothing.
class MaskPatchCommand : public QUndoCommand {
public:
    MaskPatchCommand(MaskDocument* document, std::shared_ptr<const core::MaskPatch> patch,
                     const QString& text)
        : QUndoCommand(text), m_document(document), m_patch(std::move(patch)) {}

    void redo() override {
        if (m_skipRedo) {
            m_skipRedo = false;
            return;
        }
        m_document->applyPatch(*m_patch, true);
    }
    void undo() override { m_document->applyPatch(*m_patch, false); }

    size_t bytes() const { return m_patch->bytes(); }
    MaskPatchCommand* cloneFor(MaskDocument* document) const {
        return new MaskPatchCommand(document, m_patch, text());
    }

private:
    MaskDocument* m_document;
    std::shared_ptr<const core::MaskPatch> m_patch;
    bool m_skipRedo = true;
};

MaskDocument::MaskDocument(QObject* parent) : QObject(parent) {
    newUndoStack();
}

MaskDocument::~MaskDocument() = default;

void MaskDocument::newUndoStack() {
    QUndoStack* old = m_undo;
    m_undo = new QUndoStack(this);
    connect(m_undo, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean || m_recovered > 0); });
    Q_EMIT undoStackReplaced(m_undo);
    delete old;
}

MaskDocument::Loaded MaskDocument::load(const Source& from, const fs::path& maskFile,
                                        const core::ClassMap& classes) {
    Loaded loaded;
    loaded.imageFile = from.image;
    loaded.maskFile = maskFile;
    loaded.classes = classes;
    try {
        loaded.imageBgr = core::readImage(from.image);
        if (!from.after.empty())
            loaded.afterBgr = core::readAfterImage(from.after, loaded.imageBgr.size());
    } catch (const core::Error& e) {
        loaded.error = ErrorText::describe(e);
        return loaded;
    }
    loaded.image = toDisplayImage(loaded.imageBgr);
    if (!loaded.afterBgr.empty()) loaded.afterImage = toDisplayImage(loaded.afterBgr);
    loaded.mask = cv::Mat(loaded.imageBgr.size(), CV_8UC1, cv::Scalar(classes.ignoreIndex()));

    std::error_code ec;
    // A mask painted here holds class indices; the dataset's is read through its encoding.
    const bool painted = fs::exists(maskFile, ec);
    const fs::path source = painted ? maskFile : from.datasetMask;
    if (!source.empty()) {
        try {
            const cv::Mat onDisk =
                painted ? core::readMask(source, &classes)
                        : core::readDatasetMask(source, from.datasetMaskEncoding, classes);
            if (onDisk.size() != loaded.mask.size())
                throw core::Error(core::ErrorCode::SizeMismatch, source,
                                  "mask is " + std::to_string(onDisk.cols) + "x" +
                                      std::to_string(onDisk.rows) + " but its image is " +
                                      std::to_string(loaded.mask.cols) + "x" +
                                      std::to_string(loaded.mask.rows));
            double highest = 0;
            cv::Mat labelled = onDisk != classes.ignoreIndex();
            cv::minMaxLoc(onDisk, nullptr, &highest, nullptr, nullptr, labelled);
            if (cv::countNonZero(labelled) > 0 && highest >= classes.size())
                throw core::Error(core::ErrorCode::ValueOutOfRange, source,
                                  "mask holds value " + std::to_string(int(highest)) +
                                      " but the project has " + std::to_string(classes.size()) +
                                      " classes");
            onDisk.copyTo(loaded.mask);
        } catch (const core::Error& e) {
            loaded.readOnlyReason = tr("%1 The mask is shown as unlabelled and will not be "
                                       "overwritten; fix or remove the file to edit it.")
                                        .arg(ErrorText::describe(e));
        }
    }
    if (loaded.readOnlyReason.isEmpty()) {
        try {
            loaded.recovered = core::MaskJournal::replayAll(maskFile, loaded.mask);
        } catch (const core::Error& e) {
            loaded.readOnlyReason =
                tr("The autosave journal cannot be used: %1").arg(ErrorText::describe(e));
        }
    }
    return loaded;
}

bool MaskDocument::adopt(Loaded loaded, QString* error) {
    close();
    if (!loaded.error.isEmpty()) {
        if (error) *error = loaded.error;
        return false;
    }
    setImage(loaded.imageBgr, loaded.image, loaded.maskFile, loaded.classes);
    m_afterBgr = loaded.afterBgr;
    m_afterImage = loaded.afterImage;
    showChosenImage();
    loaded.mask.copyTo(m_mask);  // into the QImage the mask Mat wraps
    m_readOnlyReason = loaded.readOnlyReason;
    m_recovered = loaded.recovered;
    if (!isReadOnly()) offerRecoveryUndo();
    if (m_recovered > 0) Q_EMIT modifiedChanged(true);
    Q_EMIT changed(QRect(0, 0, m_mask.cols, m_mask.rows));
    return true;
}

bool MaskDocument::open(const fs::path& imageFile, const fs::path& fallbackMask,
                        const fs::path& maskFile, const core::ClassMap& classes, QString* error) {
    return adopt(load(imageFile, fallbackMask, maskFile, classes), error);
}

void MaskDocument::offerRecoveryUndo() {
    // Edits recovered from a journal when the project opened are saved already; the mask
    // from before them was kept so that they are one step in History, undone like any other.
    const fs::path before = core::beforeRecoveryFile(m_maskFile);
    std::error_code ec;
    if (!fs::exists(before, ec)) return;
    try {
        const cv::Mat previous = core::readMask(before, &m_classes);
        if (previous.size() == m_mask.size()) {
            auto patch = std::make_shared<const core::MaskPatch>(
                core::MaskPatch::diff(previous, m_mask, cv::Rect(0, 0, m_mask.cols, m_mask.rows)));
            if (!patch->empty()) {
                m_undoBytes += patch->bytes();
                m_undo->push(new MaskPatchCommand(this, patch, tr("Recovered unsaved edits")));
                m_undo->setClean();  // the mask on disk already holds them
            }
        }
    } catch (const core::Error&) {
        // A damaged snapshot only costs the undo step; the recovered mask stands.
    }
    fs::remove(before, ec);
}

void MaskDocument::openInMemory(const cv::Mat& imageBgr, const fs::path& maskFile,
                                const core::ClassMap& classes) {
    close();
    setImage(imageBgr, toDisplayImage(imageBgr), maskFile, classes);
    Q_EMIT changed(QRect(0, 0, m_mask.cols, m_mask.rows));
}

void MaskDocument::setImage(const cv::Mat& imageBgr, const QImage& image, const fs::path& maskFile,
                            const core::ClassMap& classes) {
    m_beforeBgr = m_imageBgr = imageBgr;
    m_beforeImage = m_image = image;
    m_classes = classes;
    m_maskFile = maskFile;
    m_maskImage = QImage(m_imageBgr.cols, m_imageBgr.rows, QImage::Format_Indexed8);
    wrapMaskImage();
    m_mask.setTo(classes.ignoreIndex());  // a new mask is unlabelled, not background
    setMaskOpacity(m_maskImage, m_classes, m_opacity);
}

void MaskDocument::wrapMaskImage() {
    // The cv::Mat is a view of the QImage's pixels, which the QImage owns: an edit is on
    // screen without a copy.
    m_mask = cv::Mat(m_maskImage.height(), m_maskImage.width(), CV_8UC1, m_maskImage.bits(),
                     static_cast<size_t>(m_maskImage.bytesPerLine()));
}

void MaskDocument::close() {
    ++m_generation;
    m_undo->clear();
    m_undoBytes = 0;
    m_journal = core::MaskJournal();
    m_mask = cv::Mat();
    m_maskImage = QImage();
    m_image = m_beforeImage = m_afterImage = QImage();
    m_imageBgr = m_beforeBgr = m_afterBgr = cv::Mat();
    m_readOnlyReason.clear();
    m_recovered = 0;
    m_journalFailed = false;
    m_maskFile.clear();
}

void MaskDocument::setShowsAfterImage(bool shown) {
    if (shown == m_showsAfter) return;
    m_showsAfter = shown;
    if (!hasAfterImage()) return;
    showChosenImage();
    Q_EMIT shownImageChanged();
    Q_EMIT changed(QRect(0, 0, m_mask.cols, m_mask.rows));
}

void MaskDocument::showChosenImage() {
    m_image = showsAfterImage() ? m_afterImage : m_beforeImage;
    m_imageBgr = showsAfterImage() ? m_afterBgr : m_beforeBgr;
}

cv::Mat MaskDocument::modelInput() const {
    return hasAfterImage() ? core::stackPair(m_beforeBgr, m_afterBgr) : m_beforeBgr;
}

bool MaskDocument::isModified() const {
    return isOpen() && (!m_undo->isClean() || m_recovered > 0);
}

void MaskDocument::setOpacity(double opacity) {
    m_opacity = opacity;
    if (!m_maskImage.isNull()) {
        setMaskOpacity(m_maskImage, m_classes, opacity);
        // A new colour table detaches the QImage from any copy someone holds: its pixels may
        // have moved, and the cv::Mat must follow them, never stay on the copy's buffer.
        if (m_mask.data != m_maskImage.constBits()) wrapMaskImage();
        Q_EMIT changed(QRect(0, 0, m_mask.cols, m_mask.rows));
    }
}

void MaskDocument::journal(const core::MaskPatch& partial) {
    journalPatch(partial, true);
}

void MaskDocument::journalPatch(const core::MaskPatch& patch, bool after) {
    if (patch.empty() || isReadOnly()) return;
    ++m_edits;
    try {
        if (!m_journal.isOpen())
            m_journal = core::MaskJournal(core::MaskJournal::fileFor(m_maskFile), m_mask.size());
        m_journal.append(patch, after);
    } catch (const core::Error&) {
        // Painting goes on; the edits live in memory only until a save succeeds, and the
        // window keeps this image open rather than drop them (see editsAreSafe()).
        m_journalFailed = true;
    }
}

bool MaskDocument::editsAreSafe() const {
    return !isModified() || !m_journalFailed;
}

void MaskDocument::commit(core::MaskPatch patch, const QString& text, bool journalled) {
    if (patch.empty()) return;
    // Every edit reaches the journal: a rectangle or a fill as much as a brush stroke, whose
    // segments were journalled as they were painted.
    if (!journalled) journalPatch(patch, true);
    auto shared = std::make_shared<const core::MaskPatch>(std::move(patch));
    m_undoBytes += shared->bytes();
    const cv::Rect bounds = shared->bounds();
    m_undo->push(new MaskPatchCommand(this, shared, text));
    enforceUndoBudget();
    Q_EMIT patched(*shared, true);
    notifyChanged(toQRect(bounds));
}

void MaskDocument::applyPatch(const core::MaskPatch& patch, bool after) {
    if (after)
        patch.applyAfter(m_mask);
    else
        patch.applyBefore(m_mask);
    journalPatch(patch, after);  // an undo journals the tiles it restored
    Q_EMIT patched(patch, after);
    notifyChanged(toQRect(patch.bounds()));
}

void MaskDocument::notifyChanged(const QRect& pixels) {
    Q_EMIT changed(pixels);
}

void MaskDocument::enforceUndoBudget() {
    if (m_undoBytes <= m_undoBudget) return;
    // QUndoStack cannot drop its oldest commands: move the newest that fit to a new stack.
    std::vector<const MaskPatchCommand*> kept;
    size_t bytes = 0;
    for (int i = m_undo->count() - 1; i >= 0; --i) {
        const auto* command = static_cast<const MaskPatchCommand*>(m_undo->command(i));
        if (bytes + command->bytes() > m_undoBudget && !kept.empty()) break;
        bytes += command->bytes();
        kept.push_back(command);
    }
    std::vector<MaskPatchCommand*> clones;
    for (auto it = kept.rbegin(); it != kept.rend(); ++it) clones.push_back((*it)->cloneFor(this));
    newUndoStack();
    for (MaskPatchCommand* c : clones) m_undo->push(c);
    m_undoBytes = bytes;
    Q_EMIT modifiedChanged(true);
}

bool MaskDocument::save(QString* error, SaveMode mode) {
    if (!isOpen()) return true;
    if (isReadOnly()) {
        if (error) *error = m_readOnlyReason;
        return false;
    }
    try {
        if (mode == SaveMode::RemoveFile) {
            std::error_code ec;
            fs::remove(m_maskFile, ec);
            if (ec)
                throw core::Error(core::ErrorCode::WriteFailed, m_maskFile,
                                  "cannot remove: " + ec.message());
        } else {
            core::writeMask(m_maskFile, m_mask, m_classes);
        }
    } catch (const core::Error& e) {
        if (error) *error = ErrorText::describe(e);
        return false;
    }
    m_journal = core::MaskJournal();
    core::MaskJournal::discardAll(m_maskFile);  // sealed ones too: this save holds them all
    m_recovered = 0;
    m_journalFailed = false;
    m_undo->setClean();
    Q_EMIT modifiedChanged(false);
    return true;
}

bool MaskDocument::takeSnapshot(SaveMode mode, SaveSnapshot* snapshot, QString* error) {
    if (!isOpen()) return false;
    if (isReadOnly()) {
        if (error) *error = m_readOnlyReason;
        return false;
    }
    try {
        m_journal = core::MaskJournal();  // closed before its file moves
        core::MaskJournal::seal(m_maskFile);
    } catch (const core::Error& e) {
        if (error) *error = ErrorText::describe(e);
        return false;
    }
    snapshot->maskFile = m_maskFile;
    snapshot->mask = m_mask.clone();
    snapshot->classes = m_classes;
    snapshot->mode = mode;
    snapshot->generation = m_generation;
    snapshot->edits = m_edits;
    return true;
}

void MaskDocument::writeSnapshot(const SaveSnapshot& snapshot) {
    if (snapshot.mode == SaveMode::Write) {
        core::writeMask(snapshot.maskFile, snapshot.mask, snapshot.classes);
        return;
    }
    std::error_code ec;
    fs::remove(snapshot.maskFile, ec);
    if (ec)
        throw core::Error(core::ErrorCode::WriteFailed, snapshot.maskFile,
                          "cannot remove: " + ec.message());
}

void MaskDocument::snapshotWritten(const SaveSnapshot& snapshot) {
    if (snapshot.generation != m_generation || snapshot.edits != m_edits) return;
    m_recovered = 0;
    m_journalFailed = false;
    m_undo->setClean();
    Q_EMIT modifiedChanged(false);
}

}  // namespace seg::ui
