#include "core/train/checkpoint_digest.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <string_view>
#include <vector>

#include "core/common/error.h"
#include "core/common/paths.h"
#include "core/common/sha256.h"
#include "core/common/zip_check.h"

namespace seg::core {

namespace fs = std::filesystem;

namespace {

// A zip archive ends with the end-of-central-directory record: 22 bytes, the last two the
// length of the comment that follows it.
constexpr std::string_view kEndSignature{"PK\x05\x06", 4};
constexpr size_t kEndRecordSize = 22;
constexpr std::string_view kMarker = "segstudio-sha256:";
constexpr size_t kDigestSize = 64;
constexpr size_t kCommentSize = kMarker.size() + kDigestSize;
constexpr size_t kTailSize = kEndRecordSize + kCommentSize;

struct Seal {
    uint64_t archiveSize = 0;  // bytes before the comment
    std::string digest;        // empty: written before digests were stored
};

bool isEndRecord(std::string_view tail, size_t at, size_t commentSize) {
    if (tail.size() < at + kEndRecordSize || tail.substr(at, 4) != kEndSignature) return false;
    const auto lo = static_cast<uint8_t>(tail[at + 20]), hi = static_cast<uint8_t>(tail[at + 21]);
    return (size_t(lo) | size_t(hi) << 8) == commentSize;
}

bool isLowerHex(std::string_view s) {
    return s.find_first_not_of("0123456789abcdef") == std::string_view::npos;
}

// `tail`: the file's last bytes (up to kTailSize of them) of `fileSize` in all.
Seal findSeal(std::string_view tail, uint64_t fileSize, const fs::path& file) {
    if (tail.size() == kTailSize && isEndRecord(tail, 0, kCommentSize)) {
        const std::string_view comment = tail.substr(kEndRecordSize);
        const std::string_view digest = comment.substr(kMarker.size());
        if (comment.substr(0, kMarker.size()) != kMarker || !isLowerHex(digest))
            throw Error(ErrorCode::InvalidContent, file,
                        "the digest stored at the end of the checkpoint is damaged");
        return {fileSize - kCommentSize, std::string(digest)};
    }
    if (tail.size() >= kEndRecordSize && isEndRecord(tail, tail.size() - kEndRecordSize, 0))
        return {fileSize, {}};
    throw Error(ErrorCode::FileUnreadable, file,
                "not a model file (a SegStudio checkpoint or TorchScript module are zip "
                "archives), or the file is truncated (no zip directory at its end)");
}

std::string_view tailOf(std::string_view bytes) {
    return bytes.substr(bytes.size() - std::min(bytes.size(), kTailSize));
}

std::ifstream openForReading(const fs::path& file) {
    requireNonEmptyFile(file);
    std::ifstream in(file, std::ios::binary);
    if (!in) throw Error(ErrorCode::FileUnreadable, file, "cannot open for reading");
    return in;
}

}  // namespace

std::string sealArchive(std::string archive) {
    if (!isEndRecord(tailOf(archive), tailOf(archive).size() - kEndRecordSize, 0))
        throw Error(ErrorCode::WriteFailed, {},
                    "the archive to seal does not end with a zip directory without comment");
    const std::string digest = Sha256::hexOf(archive.data(), archive.size());
    archive[archive.size() - 2] = static_cast<char>(kCommentSize & 0xff);
    archive[archive.size() - 1] = static_cast<char>(kCommentSize >> 8);
    archive.append(kMarker).append(digest);
    return archive;
}

namespace {

// LibTorch's reader names the archive after the folder of its first entry and needs that
// folder's version record. On a zip without one it throws and leaks (fuzz_model_file found
// it with an empty archive), so such a file never reaches it.
bool hasTorchVersionRecord(std::string_view archive) {
    const std::vector<std::string> names = zipEntryNames(archive);
    if (names.empty()) return false;
    const std::string folder = names.front().substr(0, names.front().find('/'));
    return std::any_of(names.begin(), names.end(), [&](const std::string& name) {
        return name == folder + "/version" || name == folder + "/.data/version";
    });
}

}  // namespace

std::string readSealedArchive(const fs::path& file) {
    std::ifstream in = openForReading(file);
    std::string bytes((std::istreambuf_iterator<char>(in)), {});
    if (in.bad()) throw Error(ErrorCode::FileUnreadable, file, "read error");
    const Seal seal = findSeal(tailOf(bytes), bytes.size(), file);
    if (seal.digest.empty()) {
        // Written before digests: the zip's own CRC-32s are the best check there is, and
        // LibTorch does not make it (damaged bytes can crash its parser).
        const std::string problem = zipArchiveProblem(bytes);
        if (!problem.empty())
            throw Error(ErrorCode::InvalidContent, file, "the file is damaged: " + problem);
        if (!hasTorchVersionRecord(bytes))
            throw Error(ErrorCode::InvalidContent, file,
                        "a zip archive, but not one LibTorch wrote (it has no version record)");
        return bytes;
    }
    // Back to the bytes LibTorch wrote: no comment, comment length zero.
    bytes.resize(seal.archiveSize);
    bytes[bytes.size() - 2] = bytes[bytes.size() - 1] = 0;
    if (Sha256::hexOf(bytes.data(), bytes.size()) != seal.digest)
        throw Error(ErrorCode::InvalidContent, file,
                    "the checkpoint changed since it was saved (its SHA-256 differs from the one "
                    "stored in it): the file is damaged, use another copy");
    return bytes;
}

std::optional<std::string> storedCheckpointDigest(const fs::path& file) {
    std::ifstream in = openForReading(file);
    in.seekg(0, std::ios::end);
    const auto size = static_cast<uint64_t>(in.tellg());
    const uint64_t keep = std::min<uint64_t>(size, kTailSize);
    std::string tail(keep, '\0');
    in.seekg(static_cast<std::streamoff>(size - keep));
    in.read(tail.data(), static_cast<std::streamsize>(keep));
    if (!in) throw Error(ErrorCode::FileUnreadable, file, "read error");
    Seal seal = findSeal(tail, size, file);
    if (seal.digest.empty()) return std::nullopt;
    return std::move(seal.digest);
}

std::string checkpointDigest(const fs::path& file) {
    if (auto stored = storedCheckpointDigest(file)) return std::move(*stored);
    std::ifstream in = openForReading(file);
    Sha256 hash;
    std::vector<char> buffer(1 << 20);
    while (in) {
        in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        hash.update(buffer.data(), static_cast<size_t>(in.gcount()));
    }
    if (in.bad()) throw Error(ErrorCode::FileUnreadable, file, "read error");
    return hash.hexDigest();
}

}  // namespace seg::core
