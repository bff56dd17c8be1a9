#pragma once
// Checking a zip archive held in memory: its directories agree with its entries, and every
// entry's bytes (inflated when deflated) match the CRC-32 the directory gives for them. LibTorch's
// zip reader is built without CRC checks, and hands damaged bytes to a parser that can crash the
// process, so archives without a stronger seal are checked here first. Toolkit-free; any
// thread. Uses zlib (which libpng brings) for CRC-32 and inflating.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace seg::core {

// Empty when `archive` is a sound zip archive (single disk, zip64 included, entries stored
// or deflated); otherwise what is wrong with it, in English.
std::string zipArchiveProblem(std::string_view archive);

// The names of the archive's entries, from its central directory (their data is not read or
// checked); empty when `archive` has no readable directory.
std::vector<std::string> zipEntryNames(std::string_view archive);

// CRC-32 as zip, PNG and gzip use it (polynomial 0xEDB88320).
uint32_t crc32Of(std::string_view bytes);

}  // namespace seg::core
