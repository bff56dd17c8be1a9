#include "core/annotate/mask_journal.h"

#include <cstring>

#include "core/common/atomic_file.h"
#include "core/common/error.h"
#include "core/common/paths.h"

namespace seg::core {

namespace fs = std::filesystem;

namespace {

constexpr char kMagic[4] = {'S', 'G', 'J', '1'};

void put(std::ofstream& out, int32_t v) {
    out.write(reinterpret_cast<const char*>(&v), sizeof v);
}

bool get(std::ifstream& in, int32_t& v) {
    return static_cast<bool>(in.read(reinterpret_cast<char*>(&v), sizeof v));
}

constexpr size_t kHeaderBytes = 12;  // magic, width, height

// Reads the header; throws Error(InvalidContent) when it is not a journal's.
cv::Size readHeader(std::ifstream& in, const fs::path& file) {
    char magic[4];
    int32_t width = 0, height = 0;
    if (!in.read(magic, 4) || std::memcmp(magic, kMagic, 4) != 0 || !get(in, width) ||
        !get(in, height) || width <= 0 || height <= 0)
        throw Error(ErrorCode::InvalidContent, file, "not a SegStudio autosave journal");
    return {width, height};
}

// The length of the journal up to the end of its last complete record: what follows was
// torn by a crash, and a record appended after it would never be replayed.
std::streamoff completeLength(const fs::path& file) {
    std::error_code ec;
    const auto fileSize = std::streamoff(fs::file_size(file, ec));
    std::ifstream in(file, std::ios::binary);
    const cv::Size size = readHeader(in, file);
    const cv::Rect bounds(0, 0, size.width, size.height);
    std::streamoff end = std::streamoff(kHeaderBytes);
    for (int32_t tiles = 0; get(in, tiles) && tiles >= 0;) {
        std::streamoff at = end + 4;
        bool complete = true;
        for (int32_t i = 0; complete && i < tiles; ++i) {
            int32_t x, y, w, h;
            complete = get(in, x) && get(in, y) && get(in, w) && get(in, h) && w > 0 && h > 0 &&
                       (cv::Rect(x, y, w, h) & bounds) == cv::Rect(x, y, w, h);
            at += 16 + std::streamoff(w) * h;
            complete = complete && at <= fileSize && in.seekg(at);
        }
        if (!complete) break;
        end = at;
    }
    return end;
}

}  // namespace

MaskJournal::MaskJournal(fs::path file, cv::Size size) : m_file(std::move(file)) {
    std::error_code ec;
    fs::create_directories(m_file.parent_path(), ec);
    // A header cut short by a crash holds nothing: start over.
    const bool fresh = !fs::exists(m_file, ec) || fs::file_size(m_file, ec) < kHeaderBytes;
    if (fresh && fs::exists(m_file, ec)) fs::resize_file(m_file, 0, ec);
    if (!fresh) {
        // Continuing a journal a crash left: drop a torn last record, or what is appended
        // now would sit behind it, never to be replayed.
        const std::streamoff complete = completeLength(m_file);
        if (std::uintmax_t(complete) != fs::file_size(m_file, ec))
            fs::resize_file(m_file, std::uintmax_t(complete), ec);
        if (ec) throw Error(ErrorCode::WriteFailed, m_file, "cannot repair the autosave journal");
    }
    m_out.open(m_file, std::ios::binary | std::ios::app);
    if (!m_out) throw Error(ErrorCode::WriteFailed, m_file, "cannot write the autosave journal");
    if (fresh) {
        m_out.write(kMagic, 4);
        put(m_out, size.width);
        put(m_out, size.height);
        m_out.flush();
    }
}

void MaskJournal::append(const MaskPatch& patch, bool after) {
    if (!m_out.is_open() || patch.empty()) return;
    put(m_out, static_cast<int32_t>(patch.tiles().size()));
    for (const auto& t : patch.tiles()) {
        put(m_out, t.rect.x);
        put(m_out, t.rect.y);
        put(m_out, t.rect.width);
        put(m_out, t.rect.height);
        const cv::Mat pixels = MaskPatch::expand(after ? t.after : t.before, t.rect.size());
        for (int y = 0; y < pixels.rows; ++y)
            m_out.write(reinterpret_cast<const char*>(pixels.ptr(y)), pixels.cols);
    }
    // Flushed to the operating system per record: a killed process loses nothing written.
    m_out.flush();
    if (!m_out) throw Error(ErrorCode::WriteFailed, m_file, "cannot write the autosave journal");
}

void MaskJournal::discard() {
    if (m_out.is_open()) m_out.close();
    std::error_code ec;
    if (!m_file.empty()) fs::remove(m_file, ec);
}

fs::path MaskJournal::fileFor(const fs::path& maskFile) {
    fs::path name = maskFile.stem();
    name += ".seg-journal";
    return maskFile.parent_path() / ".autosave" / name;
}

fs::path MaskJournal::sealedFileFor(const fs::path& maskFile) {
    fs::path sealed = fileFor(maskFile);
    sealed += ".saving";
    return sealed;
}


cv::Size MaskJournal::maskSize(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw Error(ErrorCode::FileUnreadable, file, "cannot open the autosave journal");
    return readHeader(in, file);
}

void MaskJournal::seal(const fs::path& maskFile) {
    const fs::path journal = fileFor(maskFile), sealed = sealedFileFor(maskFile);
    std::error_code ec;
    if (!fs::exists(journal, ec)) return;
    if (!fs::exists(sealed, ec)) {
        fs::rename(journal, sealed, ec);
        if (ec)
            throw Error(ErrorCode::WriteFailed, sealed,
                        "cannot seal the autosave journal: " + ec.message());
        return;
    }
    // A save before this one failed, so its edits are still sealed: these follow them. Only
    // complete records are copied: records after a torn one would never be replayed.
    if (maskSize(journal) != maskSize(sealed))
        throw Error(ErrorCode::SizeMismatch, journal, "journal and sealed journal disagree");
    const std::string earlier = readTextFile(sealed), later = readTextFile(journal);
    const auto earlierEnd = size_t(completeLength(sealed)), laterEnd = size_t(completeLength(journal));
    writeFileAtomically(sealed, [&](const fs::path& temp) {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        out.write(earlier.data(), std::streamsize(earlierEnd));
        out.write(later.data() + kHeaderBytes, std::streamsize(laterEnd - kHeaderBytes));
        out.flush();
        if (!out) throw Error(ErrorCode::WriteFailed, temp, "write failed (disk full?)");
    });
    // A kill before this leaves the records in both: replaying them twice changes nothing.
    fs::remove(journal, ec);
}

bool MaskJournal::exists(const fs::path& maskFile) {
    std::error_code ec;
    return fs::exists(fileFor(maskFile), ec) || fs::exists(sealedFileFor(maskFile), ec);
}

int MaskJournal::replayAll(const fs::path& maskFile, cv::Mat& mask) {
    return replay(sealedFileFor(maskFile), mask) + replay(fileFor(maskFile), mask);
}

cv::Size MaskJournal::maskSizeOf(const fs::path& maskFile) {
    std::error_code ec;
    const fs::path sealed = sealedFileFor(maskFile);
    return maskSize(fs::exists(sealed, ec) ? sealed : fileFor(maskFile));
}

void MaskJournal::discardAll(const fs::path& maskFile) {
    std::error_code ec;
    fs::remove(fileFor(maskFile), ec);
    fs::remove(sealedFileFor(maskFile), ec);
}

int MaskJournal::replay(const fs::path& file, cv::Mat& mask) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return 0;
    const cv::Size size = readHeader(in, file);
    const int32_t width = size.width, height = size.height;
    if (width != mask.cols || height != mask.rows)
        throw Error(ErrorCode::SizeMismatch, file,
                    "journal is for a " + std::to_string(width) + "x" + std::to_string(height) +
                        " mask, not " + std::to_string(mask.cols) + "x" +
                        std::to_string(mask.rows));
    const cv::Rect bounds(0, 0, mask.cols, mask.rows);
    int records = 0;
    for (int32_t tiles = 0; get(in, tiles);) {
        // Read the whole record before applying it: a torn record changes nothing.
        std::vector<std::pair<cv::Rect, cv::Mat>> record;
        bool complete = tiles >= 0;
        for (int32_t i = 0; complete && i < tiles; ++i) {
            int32_t x, y, w, h;
            complete = get(in, x) && get(in, y) && get(in, w) && get(in, h);
            const cv::Rect r(x, y, w, h);
            complete = complete && w > 0 && h > 0 && (r & bounds) == r;
            if (!complete) break;
            cv::Mat pixels(h, w, CV_8UC1);
            complete = static_cast<bool>(
                in.read(reinterpret_cast<char*>(pixels.data), static_cast<std::streamsize>(w) * h));
            record.emplace_back(r, pixels);
        }
        if (!complete) break;
        for (const auto& [r, pixels] : record) pixels.copyTo(mask(r));
        ++records;
    }
    return records;
}

}  // namespace seg::core
