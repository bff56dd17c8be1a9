#include "core/project/metrics_tail.h"

#include <algorithm>
#include <fstream>
#include <iterator>

#include "core/common/error.h"
#include "core/project/run_store.h"

namespace seg::core {

namespace fs = std::filesystem;

MetricsTail::Update MetricsTail::poll() {
    std::error_code ec;
    const std::uintmax_t size = fs::file_size(m_file, ec);
    if (ec) return {};  // not written yet, or gone for a moment while a sync replaces it
    if (size < m_offset) return readAll();  // replaced or truncated
    if (size == m_offset) return {};
    std::ifstream in(m_file, std::ios::binary);
    if (!in || !in.seekg(std::streamoff(m_offset)))
        throw Error(ErrorCode::FileUnreadable, m_file, "cannot open for reading");
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    const size_t end = text.rfind('\n');
    if (end == std::string::npos) return {};  // one row, still being written
    const std::string whole = text.substr(0, end + 1);
    Update update;
    parseMetricsCsv(whole, m_file, update.iterations, update.epochs, m_lines + 1);
    if (goesBack(update)) return readAll();
    m_offset += whole.size();
    m_lines += static_cast<int>(std::count(whole.begin(), whole.end(), '\n'));
    remember(update);
    return update;
}

MetricsTail::Update MetricsTail::readAll() {
    const std::string text = readTextFile(m_file);
    const size_t end = text.rfind('\n');
    const std::string whole = end == std::string::npos ? std::string() : text.substr(0, end + 1);
    Update update;
    update.restarted = true;
    parseMetricsCsv(whole, m_file, update.iterations, update.epochs);
    keepLatestRows(update.iterations, update.epochs);
    m_offset = whole.size();
    m_lines = static_cast<int>(std::count(whole.begin(), whole.end(), '\n'));
    m_lastIteration = -1;
    m_lastEpoch = -1;
    remember(update);
    return update;
}

bool MetricsTail::goesBack(const Update& update) const {
    int64_t iteration = m_lastIteration;
    for (const auto& row : update.iterations) {
        if (row.iteration <= iteration) return true;
        iteration = row.iteration;
    }
    int epoch = m_lastEpoch;
    for (const auto& row : update.epochs) {
        if (row.epoch <= epoch) return true;
        epoch = row.epoch;
    }
    return false;
}

void MetricsTail::remember(const Update& update) {
    if (!update.iterations.empty()) m_lastIteration = update.iterations.back().iteration;
    if (!update.epochs.empty()) m_lastEpoch = update.epochs.back().epoch;
}

}  // namespace seg::core
