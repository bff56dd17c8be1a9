#include "core/train/run_log.h"

#include <chrono>
#include <cmath>
#include <ctime>

#include <nlohmann/json.hpp>

#include "core/common/atomic_file.h"
#include "core/common/error.h"
#include "core/common/json_value.h"

namespace seg::core {

namespace fs = std::filesystem;

namespace {

std::string csvNumber(double v) {
    if (std::isnan(v)) return "";
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.6g", v);
    return buffer;
}

std::ofstream openAppend(const fs::path& file) {
    std::ofstream out(file, std::ios::app);
    if (!out) throw Error(ErrorCode::WriteFailed, file, "cannot open for appending");
    return out;
}

}  // namespace

RunLog::RunLog(const fs::path& runDir) : m_dir(runDir) {
    std::error_code ec;
    fs::create_directories(runDir / "checkpoints", ec);
    if (ec)
        throw Error(ErrorCode::WriteFailed, runDir, "cannot create run folder: " + ec.message());
    m_lock = std::make_unique<RunWriterLock>(runDir);  // one writer a folder
    const fs::path metrics = runDir / "metrics.csv";
    const bool fresh = !fs::exists(metrics) || fs::file_size(metrics) == 0;
    m_metrics = openAppend(metrics);
    if (fresh) m_metrics << kMetricsHeader << '\n' << std::flush;
    m_log = openAppend(runDir / "log.txt");
}

void RunLog::writeConfig(const TrainConfig& config) {
    writeTextAtomically(m_dir / "config.json", trainConfigToJson(config).dump(2) + "\n");
}

void RunLog::iteration(const IterationRow& r) {
    m_metrics << "iteration," << r.epoch << ',' << r.iteration << ',' << csvNumber(r.loss) << ",,,,"
              << csvNumber(r.learningRate) << ",," << csvNumber(r.adversarialLoss) << ','
              << csvNumber(r.discriminatorLoss) << '\n';
    // A window following the run from another process reads the file: at most a second
    // behind, without a write per iteration.
    const auto now = std::chrono::steady_clock::now();
    if (now - m_lastFlush >= std::chrono::seconds(1)) {
        m_metrics.flush();
        m_lastFlush = now;
    }
}

void RunLog::flush() {
    m_metrics.flush();
    m_lastFlush = std::chrono::steady_clock::now();
}

void RunLog::epoch(const EpochRow& r) {
    m_metrics << "epoch," << r.epoch << ',' << r.iteration << ',' << csvNumber(r.trainLoss) << ','
              << csvNumber(r.valLoss) << ',' << csvNumber(r.pixelAccuracy) << ','
              << csvNumber(r.meanIoU) << ',' << csvNumber(r.learningRate) << ','
              << csvNumber(r.seconds) << ",,\n"
              << std::flush;  // an epoch row is worth a flush; iteration rows ride along
}

void RunLog::confusion(const EpochConfusion& c) {
    const nlohmann::json json = {
        {"epoch", c.epoch}, {"num_classes", c.numClasses}, {"counts", c.counts}};
    writeTextAtomically(m_dir / kConfusionFile, json.dump() + "\n");
}

EpochConfusion parseConfusionJson(const std::string& text, const fs::path& file) {
    EpochConfusion c;
    try {
        const nlohmann::json json = nlohmann::json::parse(text);
        c.epoch = jsonValue<int>(json.at("epoch"));
        c.numClasses = jsonValue<int>(json.at("num_classes"));
        c.counts = jsonValue<std::vector<uint64_t>>(json.at("counts"));
    } catch (const nlohmann::json::exception& e) {
        throw Error(ErrorCode::InvalidJson, file, e.what());
    }
    if (c.epoch < 1 || c.numClasses < 1 || c.numClasses > 256 ||
        c.counts.size() != static_cast<size_t>(c.numClasses) * c.numClasses)
        throw Error(ErrorCode::InvalidContent, file,
                    "epoch, num_classes and the size of counts do not fit together");
    return c;
}

void RunLog::line(const std::string& text) {
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    // localtime_r, not std::localtime: the training thread logs while the GUI thread may be
    // formatting times too, and std::localtime shares one static buffer and rereads TZ.
    std::tm local{};
    localtime_r(&now, &local);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y-%m-%d %H:%M:%S", &local);
    m_log << stamp << "  " << text << '\n' << std::flush;
}

}  // namespace seg::core
