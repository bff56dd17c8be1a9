#include "core/project/run_store.h"

#include <algorithm>
#include <cmath>
#include <ctime>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/common/atomic_file.h"
#include "core/common/error.h"
#include "core/common/paths.h"

namespace seg::core {

namespace fs = std::filesystem;

namespace {

std::vector<std::string> splitFields(const std::string& line) {
    std::vector<std::string> fields;
    std::stringstream stream(line);
    std::string field;
    while (std::getline(stream, field, ',')) fields.push_back(field);
    if (!line.empty() && line.back() == ',') fields.emplace_back();
    return fields;
}

// An empty field is a value not measured (NaN).
double real(const std::string& field) {
    if (field.empty()) return std::nan("");
    size_t used = 0;
    const double v = std::stod(field, &used);
    if (used != field.size()) throw std::invalid_argument(field);
    return v;
}

bool isFile(const fs::path& p) {
    std::error_code ec;
    return fs::is_regular_file(p, ec);
}

}  // namespace

void parseMetricsCsv(const std::string& text, const fs::path& file,
                     std::vector<IterationRow>& iterations, std::vector<EpochRow>& epochs,
                     int firstLine) {
    std::stringstream stream(text);
    std::string line;
    int number = firstLine - 1;
    while (std::getline(stream, line)) {
        ++number;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        // The header, as this version or an earlier one (with fewer columns) wrote it.
        if (line.empty() || line.rfind("kind,", 0) == 0) continue;
        const auto f = splitFields(line);
        try {
            // Nine fields before adversarial training added its two losses.
            if (f.size() != 9 && f.size() != 11) throw std::invalid_argument("field count");
            if (f[0] == "iteration") {
                IterationRow row{std::stoi(f[1]), std::stoll(f[2]), real(f[3]), real(f[7])};
                if (f.size() == 11) {
                    row.adversarialLoss = real(f[9]);
                    row.discriminatorLoss = real(f[10]);
                }
                iterations.push_back(row);
            } else if (f[0] == "epoch") {
                epochs.push_back({std::stoi(f[1]), std::stoll(f[2]), real(f[3]), real(f[4]),
                                  real(f[5]), real(f[6]), real(f[7]), real(f[8])});
            } else {
                throw std::invalid_argument("kind");
            }
        } catch (const std::logic_error&) {
            // A run killed mid-write leaves a partial last line, without its line end:
            // keep what came before.
            if (stream.peek() == std::char_traits<char>::eof() && text.back() != '\n') return;
            throw Error(ErrorCode::InvalidContent, file,
                        "line " + std::to_string(number) + " is not a metrics row: " + line);
        }
    }
}

void RunRecord::findBest() {
    bestMeanIoU = std::nan("");
    bestEpoch = 0;
    for (const auto& row : epochs)
        if (!std::isnan(row.meanIoU) && !(row.meanIoU <= bestMeanIoU)) {
            bestMeanIoU = row.meanIoU;
            bestEpoch = row.epoch;
        }
}

void keepLatestRows(std::vector<IterationRow>& iterations, std::vector<EpochRow>& epochs) {
    std::vector<EpochRow> keptEpochs;
    for (const auto& row : epochs) {
        while (!keptEpochs.empty() && keptEpochs.back().epoch >= row.epoch) keptEpochs.pop_back();
        keptEpochs.push_back(row);
    }
    epochs = std::move(keptEpochs);
    std::vector<IterationRow> keptIterations;
    for (const auto& row : iterations) {
        while (!keptIterations.empty() && keptIterations.back().iteration >= row.iteration)
            keptIterations.pop_back();
        keptIterations.push_back(row);
    }
    iterations = std::move(keptIterations);
}

RunRecord readRun(const fs::path& runDir, bool withCurves) {
    RunRecord run;
    run.dir = runDir;
    run.id = pathToUtf8(runDir.filename());
    run.bestMeanIoU = std::nan("");
    auto note = [&](const Error& e) {
        if (run.problem.empty()) run.problem = pathToUtf8(e.file()) + ": " + e.detail();
    };
    const fs::path config = runDir / "config.json";
    try {
        nlohmann::json json;
        try {
            json = nlohmann::json::parse(readTextFile(config));
        } catch (const nlohmann::json::exception& e) {
            throw Error(ErrorCode::InvalidJson, config, e.what());
        }
        run.config = trainConfigFromJson(json, pathToUtf8(config));
    } catch (const Error& e) {
        note(e);
    }
    const fs::path metrics = runDir / "metrics.csv";
    if (withCurves && isFile(metrics)) {
        try {
            parseMetricsCsv(readTextFile(metrics), metrics, run.iterations, run.epochs);
        } catch (const Error& e) {
            note(e);
        }
    }
    keepLatestRows(run.iterations, run.epochs);
    run.findBest();
    if (isFile(runDir / "checkpoints" / "last.pt"))
        run.lastCheckpoint = runDir / "checkpoints" / "last.pt";
    if (isFile(runDir / "checkpoints" / "best.pt"))
        run.bestCheckpoint = runDir / "checkpoints" / "best.pt";
    const fs::path confusion = runDir / RunLog::kConfusionFile;
    if (isFile(confusion)) {
        try {
            run.lastConfusion = parseConfusionJson(readTextFile(confusion), confusion);
        } catch (const Error& e) {
            note(e);
        }
    }
    return run;
}

std::vector<RunRecord> listRuns(const fs::path& runsDir) {
    std::vector<fs::path> dirs;
    std::error_code ec;
    for (fs::directory_iterator it(runsDir, ec), end; !ec && it != end; it.increment(ec)) {
        const fs::path dir = it->path();
        if (fs::is_directory(dir, ec) &&
            (isFile(dir / "config.json") || isFile(dir / "metrics.csv")))
            dirs.push_back(dir);
    }
    std::sort(dirs.begin(), dirs.end());
    std::vector<RunRecord> runs;
    for (const auto& dir : dirs) runs.push_back(readRun(dir));
    return runs;
}

std::string describeRun(const TrainConfig& config) {
    return describeModel(config.model) + "-" + config.loss.type +
           (config.loss.crfWeight > 0 ? "-crf" : "") + (config.adversarial.enabled ? "-adv" : "") +
           "-" + std::to_string(config.epochs) + "ep";
}

std::string newRunId(const fs::path& runsDir, const TrainConfig& config) {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &local);
    const std::string base = std::string(stamp) + "-" + describeRun(config);
    std::string id = base;
    std::error_code ec;
    for (int n = 2; fs::exists(runsDir / id, ec); ++n) id = base + "-" + std::to_string(n);
    return id;
}

}  // namespace seg::core
