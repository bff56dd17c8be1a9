#pragma once
// The seal on a checkpoint file: the SHA-256 of the zip archive LibTorch wrote, kept in the
// archive's end-of-central-directory comment. The digest covers every byte LibTorch wrote
// (weights, metadata, optimiser state, zip directories), and zip readers (LibTorch, Python's
// zipfile) skip the comment, so a sealed file stays a valid archive. Torch-free; any thread.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace seg::core {

// `archive`: a zip archive without comment, as LibTorch writes it. Returns it with its
// digest stored as the comment. Throws Error(WriteFailed) when `archive` does not end with
// an end-of-central-directory record without comment.
std::string sealArchive(std::string archive);

// Reads a checkpoint and returns the archive as LibTorch wrote it (the digest comment
// removed), after checking that its bytes match the digest stored with it. A checkpoint
// written before digests were stored (no comment) is checked against its zip CRC-32s
// instead (see zipArchiveProblem), and returned as it is. Throws
// Error naming the file when it is missing, empty, truncated or no zip archive
// (FileUnreadable), or when its bytes changed since it was saved (InvalidContent).
std::string readSealedArchive(const std::filesystem::path& file);

// The digest stored in a checkpoint, read from its last bytes without loading or checking
// the file; nullopt when it was written before digests were stored. Throws Error naming the
// file as readSealedArchive does, except for a digest mismatch (not checked here).
std::optional<std::string> storedCheckpointDigest(const std::filesystem::path& file);

// A checkpoint's identity: its stored digest (64 hex digits), or for a checkpoint written
// before digests were stored, the SHA-256 of the whole file (which is what its digest would
// have been). Cheap for sealed files; a key for caches of results per checkpoint. Does not
// check the file: loading it does.
std::string checkpointDigest(const std::filesystem::path& file);

}  // namespace seg::core
