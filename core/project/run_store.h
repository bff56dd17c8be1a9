#pragma once
// The training runs of a project, as their folders record them (runs/<id>/config.json,
// metrics.csv, checkpoints/): listed and read back so that a run's curves can be shown
// again and the run resumed. Torch-free; any thread (reads files only).

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/train/run_log.h"
#include "core/train/train_config.h"

namespace seg::core {

struct RunRecord {
    std::string id;  // the folder's name
    std::filesystem::path dir;
    std::optional<TrainConfig> config;  // nullopt when config.json is missing or broken
    std::vector<IterationRow> iterations;
    std::vector<EpochRow> epochs;
    double bestMeanIoU;  // NaN before the first evaluated epoch
    int bestEpoch = 0;
    std::filesystem::path lastCheckpoint;  // empty when checkpoints/last.pt is missing
    std::filesystem::path bestCheckpoint;
    // The latest evaluated epoch's validation confusion matrix; nullopt for runs without one.
    std::optional<EpochConfusion> lastConfusion;
    // English; names the file and the problem when something could not be read (the
    // rest of the record still holds what could).
    std::string problem;

    bool canResume() const { return config.has_value() && !lastCheckpoint.empty(); }
    // Sets bestMeanIoU and bestEpoch from `epochs`.
    void findBest();
};

// Reads one run folder; never throws for broken contents (see RunRecord::problem).
// `withCurves` false leaves metrics.csv unread (iterations, epochs and best stay empty):
// for a reader that follows the curves itself (MetricsTail).
RunRecord readRun(const std::filesystem::path& runDir, bool withCurves = true);

// Every run folder (a folder with config.json or metrics.csv) under `runsDir`, oldest
// first by name. A missing `runsDir` gives an empty list.
std::vector<RunRecord> listRuns(const std::filesystem::path& runsDir);

// What a run is, short enough for a folder name: "unet-w16-ce-30ep",
// "deeplabv3plus-resnet18-os16-dice-50ep".
std::string describeRun(const TrainConfig& config);

// A new, unused folder name for a run: "<yyyymmdd-hhmmss>-<describeRun>", local time.
std::string newRunId(const std::filesystem::path& runsDir, const TrainConfig& config);

// Parses metrics.csv as RunLog writes it (or a run of its lines, the first of them line
// `firstLine` of the file). Throws Error(InvalidContent) naming `file` and the line for a
// malformed row; a malformed last row without its line end is a row still being written,
// and is left out.
void parseMetricsCsv(const std::string& text, const std::filesystem::path& file,
                     std::vector<IterationRow>& iterations, std::vector<EpochRow>& epochs,
                     int firstLine = 1);

// A resumed run repeats the rows after its checkpoint: the later rows win, so each epoch and
// iteration appears once, in order.
void keepLatestRows(std::vector<IterationRow>& iterations, std::vector<EpochRow>& epochs);

}  // namespace seg::core
