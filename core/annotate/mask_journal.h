#pragma once
// The autosave journal of one mask: every change (each stroke segment, undo and redo) is
// appended as the tiles it wrote, so that after a crash the mask saved on disk plus the
// journal replayed gives the mask as it was. Saving the mask deletes the journal.
//
// A save in the background seals the journal first: its records move to the sealed journal
// (the edits the save is writing) and new edits start a fresh one. The sealed journal goes
// only once the mask is on disk, so a kill during the save replays sealed then current onto
// whichever mask the kill left (records hold whole tiles: replaying onto the new mask changes
// nothing). Toolkit-free; the thread that edits the mask.

#include <cstdint>
#include <filesystem>
#include <fstream>

#include <opencv2/core/mat.hpp>

#include "core/annotate/mask_patch.h"

namespace seg::core {

class MaskJournal {
public:
    MaskJournal() = default;
    // Starts (or continues) the journal at `file` for a mask of `size`. Throws Error naming
    // the file when it cannot be written.
    MaskJournal(std::filesystem::path file, cv::Size size);

    bool isOpen() const { return m_out.is_open(); }
    // Appends the patch's after-tiles (an edit or a redo) or before-tiles (an undo). Throws
    // Error naming the file when it cannot be written (disk full, folder gone).
    void append(const MaskPatch& patch, bool after = true);
    // The mask was saved: the journal is no longer needed.
    void discard();

    const std::filesystem::path& file() const { return m_file; }

    // Applies the journal at `file` to `mask` (the mask as last saved). Returns the number
    // of records applied; a record cut short by a crash ends the replay. A journal for a
    // mask of another size, or not a journal at all, throws Error(InvalidContent).
    static int replay(const std::filesystem::path& file, cv::Mat& mask);
    // The size of the mask the journal at `file` was written for; throws Error as replay().
    static cv::Size maskSize(const std::filesystem::path& file);
    // Where the journal of the mask saved at `maskFile` lives:
    // <folder>/.autosave/<stem>.seg-journal.
    static std::filesystem::path fileFor(const std::filesystem::path& maskFile);
    // Its sealed journal: <folder>/.autosave/<stem>.seg-journal.saving.
    static std::filesystem::path sealedFileFor(const std::filesystem::path& maskFile);

    // Moves the records of the mask's journal to its sealed journal (after those already
    // there) and deletes the journal; close any MaskJournal on it first. Every step is atomic
    // or repeats harmlessly. Throws Error naming the file that cannot be written.
    static void seal(const std::filesystem::path& maskFile);
    // Whether the mask has a journal or a sealed journal.
    static bool exists(const std::filesystem::path& maskFile);
    // Replays the sealed journal, then the journal, onto `mask`; returns the records applied.
    // Throws Error as replay().
    static int replayAll(const std::filesystem::path& maskFile, cv::Mat& mask);
    // The mask size of whichever journal exists; throws Error as replay().
    static cv::Size maskSizeOf(const std::filesystem::path& maskFile);
    // Deletes both journals (the mask holding their edits was saved).
    static void discardAll(const std::filesystem::path& maskFile);

private:
    std::filesystem::path m_file;
    std::ofstream m_out;
};

}  // namespace seg::core
