#pragma once
// Recovering the edits a crash left in autosave journals, when a project opens: each journal
// is replayed onto its mask as last saved and the mask written, so that class frequencies,
// training and every view see the edits at once. The mask as it was before is kept beside
// the journal so that the window can offer the recovery as one undo step. Toolkit-free; the
// thread that opens the project.

#include <filesystem>
#include <string>
#include <vector>

#include "core/common/error.h"
#include "core/data/dataset.h"

namespace seg::core {

struct Project;

struct RecoveredMask {
    std::string sampleId;
    std::filesystem::path maskFile;
    int records = 0;  // journal records (stroke segments, edits, undos) replayed
};

struct JournalRecovery {
    std::vector<RecoveredMask> recovered;
    // Journals that could not be used (damaged, another size, mask unwritable): each is
    // left where it is, and its image opens read-only with the reason.
    std::vector<Error> problems;
};

// Replays every journal under the project's masks folder onto its sample's mask (the one
// painted in the project, else the dataset's own, else an unlabelled one), writes the mask
// into the masks folder, keeps the mask from before in beforeRecoveryFile() and deletes the
// journal. Samples of `dataset` whose masks were written point at them afterwards.
JournalRecovery recoverJournals(const Project& project, Dataset& dataset);

// Deletes every kept before-recovery mask of the project (a class edit makes their indices
// meaningless).
void discardRecoverySnapshots(const Project& project);

// The mask as it was before recovery, for the mask saved at `maskFile`.
std::filesystem::path beforeRecoveryFile(const std::filesystem::path& maskFile);

}  // namespace seg::core
