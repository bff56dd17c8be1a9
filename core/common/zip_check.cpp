#include "core/common/zip_check.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>

#include <zlib.h>

namespace seg::core {

namespace {

constexpr uint32_t kEndOfCentralDirectorySignature = 0x06054b50;
constexpr uint32_t kZip64EndSignature = 0x06064b50;
constexpr uint32_t kZip64LocatorSignature = 0x07064b50;
constexpr uint32_t kCentralSignature = 0x02014b50;
constexpr uint32_t kLocalSignature = 0x04034b50;

// Little-endian fields at an offset, or nullopt past the end: damaged offsets must never
// read outside the buffer.
class Reader {
public:
    explicit Reader(std::string_view bytes) : m_bytes(bytes) {}

    std::optional<uint64_t> field(uint64_t at, int size) const {
        if (at > m_bytes.size() || m_bytes.size() - at < uint64_t(size)) return std::nullopt;
        uint64_t v = 0;
        for (int i = size - 1; i >= 0; --i) v = v << 8 | static_cast<uint8_t>(m_bytes[at + i]);
        return v;
    }
    std::optional<std::string_view> slice(uint64_t at, uint64_t size) const {
        if (at > m_bytes.size() || m_bytes.size() - at < size) return std::nullopt;
        return m_bytes.substr(at, size);
    }
    uint64_t size() const { return m_bytes.size(); }

private:
    std::string_view m_bytes;
};

struct Directory {
    uint64_t entries = 0, size = 0, offset = 0, end = 0;  // end: where the directory must stop
};

// The central directory's place, from the end record (and its zip64 version when needed).
std::optional<Directory> findDirectory(const Reader& zip, std::string& problem) {
    if (zip.size() < 22 || zip.field(zip.size() - 22, 4) != kEndOfCentralDirectorySignature) {
        problem = "no end-of-central-directory record at the end";
        return std::nullopt;
    }
    const uint64_t end = zip.size() - 22;
    Directory d{*zip.field(end + 10, 2), *zip.field(end + 12, 4), *zip.field(end + 16, 4), end};
    if (*zip.field(end + 4, 2) != 0 || *zip.field(end + 6, 2) != 0 ||
        *zip.field(end + 8, 2) != d.entries || *zip.field(end + 20, 2) != 0) {
        problem = "the end record describes a multi-disk archive or a comment that is not there";
        return std::nullopt;
    }
    // Zip64 records (LibTorch always writes them) sit between the directory and the end
    // record; they hold the real values where the end record has 0xffff(ffff).
    if (end >= 20 && zip.field(end - 20, 4) == kZip64LocatorSignature) {
        const uint64_t at = *zip.field(end - 20 + 8, 8);  // the locator's offset field
        const auto recordSize = zip.field(at + 4, 8);
        if (zip.field(at, 4) != kZip64EndSignature || !recordSize || at > end - 20 ||
            end - 20 - at != 12 + *recordSize || *recordSize < 44) {
            problem = "the zip64 end record is damaged or misplaced";
            return std::nullopt;
        }
        const Directory wide{*zip.field(at + 32, 8), *zip.field(at + 40, 8), *zip.field(at + 48, 8),
                             at};
        const auto agrees = [](uint64_t narrow, uint64_t value, uint64_t saturated) {
            return narrow == saturated || narrow == value;
        };
        if (*zip.field(at + 24, 8) != wide.entries || !agrees(d.entries, wide.entries, 0xffff) ||
            !agrees(d.size, wide.size, 0xffffffff) || !agrees(d.offset, wide.offset, 0xffffffff)) {
            problem = "the zip64 end record disagrees with the end record";
            return std::nullopt;
        }
        d = wide;
    } else if (d.entries == 0xffff || d.size == 0xffffffff || d.offset == 0xffffffff) {
        problem = "zip64 end record missing";
        return std::nullopt;
    }
    if (d.offset > d.end || d.end - d.offset != d.size) {
        problem = "the central directory is not where the end record says";
        return std::nullopt;
    }
    return d;
}

// Sizes and offset of one entry, with 0xffffffff replaced from its zip64 extra field.
bool applyZip64(const Reader& zip, uint64_t extra, uint64_t extraSize, uint64_t& uncompressed,
                uint64_t& compressed, uint64_t& localOffset) {
    for (uint64_t p = extra; p + 4 <= extra + extraSize;) {
        const uint64_t id = *zip.field(p, 2), size = *zip.field(p + 2, 2);
        if (id == 1) {
            uint64_t q = p + 4;
            for (uint64_t* v : {&uncompressed, &compressed, &localOffset}) {
                if (*v != 0xffffffff) continue;
                if (q + 8 > p + 4 + size) return false;
                *v = *zip.field(q, 8);
                q += 8;
            }
            return true;
        }
        p += 4 + size;
    }
    return uncompressed != 0xffffffff && compressed != 0xffffffff && localOffset != 0xffffffff;
}

// CRC-32 of a raw deflate stream's output, or nullopt when it does not inflate to exactly
// `size` bytes (LibTorch deflates the model's code).
std::optional<uint32_t> inflatedCrc32(std::string_view deflated, uint64_t size) {
    z_stream z{};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK) return std::nullopt;
    std::array<Bytef, 1 << 16> out;
    uLong crc = crc32(0L, Z_NULL, 0);
    uint64_t total = 0;
    size_t fed = 0;
    int status = Z_OK;
    while (status == Z_OK) {
        if (z.avail_in == 0 && fed < deflated.size()) {
            const auto n = static_cast<uInt>(std::min<size_t>(deflated.size() - fed, 1u << 30));
            z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(deflated.data() + fed));
            z.avail_in = n;
            fed += n;
        }
        z.next_out = out.data();
        z.avail_out = static_cast<uInt>(out.size());
        status = inflate(&z, Z_NO_FLUSH);
        const auto produced = static_cast<uInt>(out.size() - z.avail_out);
        crc = crc32(crc, out.data(), produced);
        total += produced;
        if (status == Z_BUF_ERROR && z.avail_in == 0 && fed == deflated.size()) break;
    }
    inflateEnd(&z);
    if (status != Z_STREAM_END || total != size) return std::nullopt;
    return static_cast<uint32_t>(crc);
}

}  // namespace

uint32_t crc32Of(std::string_view bytes) {
    uLong crc = crc32(0L, Z_NULL, 0);
    for (size_t at = 0; at < bytes.size();) {
        const auto n = static_cast<uInt>(std::min<size_t>(bytes.size() - at, 1u << 30));
        crc = crc32(crc, reinterpret_cast<const Bytef*>(bytes.data() + at), n);
        at += n;
    }
    return static_cast<uint32_t>(crc);
}

std::string zipArchiveProblem(std::string_view archive) {
    const Reader zip(archive);
    std::string problem;
    const auto dir = findDirectory(zip, problem);
    if (!dir) return problem;
    uint64_t p = dir->offset;
    for (uint64_t n = 0; n < dir->entries; ++n) {
        const std::string where = "zip entry " + std::to_string(n + 1);
        if (p + 46 > dir->end || zip.field(p, 4) != kCentralSignature)
            return where + ": central directory record damaged";
        const uint64_t method = *zip.field(p + 10, 2), crc = *zip.field(p + 16, 4),
                       nameSize = *zip.field(p + 28, 2), extraSize = *zip.field(p + 30, 2),
                       commentSize = *zip.field(p + 32, 2);
        uint64_t compressed = *zip.field(p + 20, 4), uncompressed = *zip.field(p + 24, 4),
                 local = *zip.field(p + 42, 4);
        const uint64_t next = p + 46 + nameSize + extraSize + commentSize;
        if (next > dir->end) return where + ": central directory record runs past its end";
        const std::string_view name = *zip.slice(p + 46, nameSize);
        if (!applyZip64(zip, p + 46 + nameSize, extraSize, uncompressed, compressed, local))
            return where + ": zip64 sizes missing";
        const std::string entry = where + " (" + std::string(name) + ")";
        if (zip.field(local, 4) != kLocalSignature || local + 30 > dir->offset)
            return entry + ": local header damaged or misplaced";
        const uint64_t localName = *zip.field(local + 26, 2),
                       localExtra = *zip.field(local + 28, 2);
        if (zip.slice(local + 30, localName) != name)
            return entry + ": local header names another file";
        const uint64_t data = local + 30 + localName + localExtra;
        if (data > dir->offset || dir->offset - data < compressed)
            return entry + ": data runs into the central directory";
        const std::string_view bytes = *zip.slice(data, compressed);
        if (method == 0) {
            if (compressed != uncompressed) return entry + ": stored sizes disagree";
            if (crc32Of(bytes) != crc) return entry + ": its bytes do not match their CRC-32";
        } else if (method == 8) {
            if (inflatedCrc32(bytes, uncompressed) != std::optional<uint32_t>(uint32_t(crc)))
                return entry + ": its bytes do not inflate to what their CRC-32 says";
        } else {
            return entry + ": compressed with an unknown method";
        }
        p = next;
    }
    if (p != dir->end) return "the central directory holds more than its entries";
    return {};
}

std::vector<std::string> zipEntryNames(std::string_view archive) {
    const Reader zip(archive);
    std::string problem;
    const auto dir = findDirectory(zip, problem);
    std::vector<std::string> names;
    if (!dir) return names;
    uint64_t p = dir->offset;
    for (uint64_t n = 0; n < dir->entries; ++n) {
        if (p + 46 > dir->end || zip.field(p, 4) != kCentralSignature) return {};
        const uint64_t nameSize = *zip.field(p + 28, 2), extraSize = *zip.field(p + 30, 2),
                       commentSize = *zip.field(p + 32, 2);
        const auto name = zip.slice(p + 46, nameSize);
        if (!name || p + 46 + nameSize + extraSize + commentSize > dir->end) return {};
        names.emplace_back(*name);
        p += 46 + nameSize + extraSize + commentSize;
    }
    return names;
}

}  // namespace seg::core
