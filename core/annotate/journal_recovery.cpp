#include "core/annotate/journal_recovery.h"

#include <opencv2/core.hpp>

#include "core/annotate/mask_journal.h"
#include "core/common/paths.h"
#include "core/data/mask_io.h"
#include "core/project/project.h"

namespace seg::core {

namespace fs = std::filesystem;

fs::path beforeRecoveryFile(const fs::path& maskFile) {
    fs::path name = maskFile.stem();
    name += ".before-recovery.png";
    return maskFile.parent_path() / ".autosave" / name;
}

namespace {

// The mask the journal was written against: the project's painted mask, else the
// dataset's own (through its encoding), else an unlabelled one of the journal's size.
cv::Mat maskBeforeJournal(const Dataset& dataset, const Sample& sample, const fs::path& maskFile) {
    const ClassMap& classes = dataset.classes;
    std::error_code ec;
    if (fs::exists(maskFile, ec)) return readMask(maskFile, &classes);
    if (!sample.mask.empty() && fs::exists(sample.mask, ec)) return readSampleMask(dataset, sample);
    const cv::Size size = MaskJournal::maskSizeOf(maskFile);
    return cv::Mat(size, CV_8UC1, cv::Scalar(classes.ignoreIndex()));
}

}  // namespace

JournalRecovery recoverJournals(const Project& project, Dataset& dataset) {
    JournalRecovery result;
    std::error_code ec;
    const fs::path masks = project.masksRoot();
    if (!fs::is_directory(masks / ".autosave", ec)) return result;
    for (Sample& sample : dataset.samples) {
        const fs::path maskFile = masks / pathFromUtf8(sample.id + ".png");
        if (!MaskJournal::exists(maskFile)) continue;
        const fs::path journal = MaskJournal::fileFor(maskFile);
        try {
            const cv::Mat before = maskBeforeJournal(dataset, sample, maskFile);
            cv::Mat mask = before.clone();
            const int records = MaskJournal::replayAll(maskFile, mask);
            if (records > 0) {
                // The snapshot first: if writing the mask fails, the journal still holds all.
                writeMask(beforeRecoveryFile(maskFile), before, dataset.classes);
                writeMask(maskFile, mask, dataset.classes);
                sample.mask = maskFile;
                sample.paintedMask = true;
                result.recovered.push_back({sample.id, maskFile, records});
            }
            MaskJournal::discardAll(maskFile);
        } catch (const Error& e) {
            result.problems.push_back(e);
        } catch (const cv::Exception& e) {
            result.problems.push_back(Error(ErrorCode::InvalidContent, journal, e.what()));
        }
    }
    return result;
}

void discardRecoverySnapshots(const Project& project) {
    std::error_code ec;
    const fs::path folder = project.masksRoot() / ".autosave";
    if (!fs::is_directory(folder, ec)) return;
    const std::string suffix = ".before-recovery.png";
    std::vector<fs::path> snapshots;
    for (const auto& entry : fs::directory_iterator(folder, ec)) {
        const std::string name = pathToUtf8(entry.path().filename());
        if (name.size() > suffix.size() &&
            name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
            snapshots.push_back(entry.path());
    }
    for (const auto& file : snapshots) fs::remove(file, ec);
}

}  // namespace seg::core
