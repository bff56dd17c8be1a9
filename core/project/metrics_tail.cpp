#include "core/project/metrics_tail.h"

#include <algorithm>
#include <fstream>
#include <iterator>

#include "core/common/error.h"
#include "core/common/paths.h"
#include "core/project/run_store.h"

namespace seg::core {

namespace fs = std::filesystem;

namespace {

// Every row of `text` (whole lines, the first of them line `firstLine`) that parses; the
// first bad one named in `problem`, and skipped: a run killed mid-row and resumed leaves
// one, and the rows after it still count.
void parseRows(const std::string& text, const fs::path& file, int firstLine,
               MetricsTail::Update& update) {
    size_t begin = 0;
    for (int line = firstLine; begin < text.size(); ++line) {
        const size_t end = text.find('\n', begin);
        const std::string row = text.substr(begin, end - begin + 1);
        try {
            parseMetricsCsv(row, file, update.iterations, update.epochs, line);
        } catch (const Error& e) {
            if (update.problem.empty()) update.problem = pathToUtf8(file) + ": " + e.detail();
        }
        begin = end + 1;
    }
}

}  // namespace

MetricsTail::Update MetricsTail::poll() {
    std::error_code ec;
    const std::uintmax_t size = fs::file_size(m_file, ec);
    if (ec) return {};  // not written yet, or gone for a moment while a sync replaces it
    if (size < m_offset) return readAll();  // truncated, or replaced by a shorter file
    if (size == m_offset) return {};
    std::ifstream in(m_file, std::ios::binary);
    // From the last byte read: a line's end there unless the file was replaced meanwhile.
    const std::uintmax_t from = m_offset > 0 ? m_offset - 1 : 0;
    if (!in || !in.seekg(std::streamoff(from)))
        throw Error(ErrorCode::FileUnreadable, m_file, "cannot open for reading");
    std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (m_offset > 0) {
        if (text.empty() || text.front() != '\n') return readAll();
        text.erase(0, 1);
    }
    const size_t end = text.rfind('\n');
    if (end == std::string::npos) return {};  // one row, still being written
    const std::string whole = text.substr(0, end + 1);
    Update update;
    parseRows(whole, m_file, m_lines + 1, update);
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
    parseRows(whole, m_file, 1, update);
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
