#pragma once
// What every fuzz target shares: the input written to a file (the readers take paths, as
// the app does), and the one rule they check. A reader handed any bytes may only return or
// throw seg::core::Error naming the file; any other exception, crash, hang or sanitizer
// report is a finding.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>

namespace seg::fuzz {

// Writes the input to `name` in this process's own scratch folder (in memory when /dev/shm
// exists) and returns its path. The same name is reused from one input to the next.
std::filesystem::path inputFile(const uint8_t* data, size_t size, const std::string& name);

// This process's scratch folder, for targets that need a folder of their own files.
const std::filesystem::path& scratchFolder();

// Runs `read`; a seg::core::Error that names a file is the expected answer to bad bytes.
// Anything else escapes (libFuzzer reports an uncaught exception), and an Error that names
// no file aborts with the message: the user would not learn which file is wrong.
template <class Read>
void expectCoreErrorsOnly(Read&& read);

[[noreturn]] void failNoFileNamed(const std::string& message);

}  // namespace seg::fuzz

#include "core/common/error.h"

template <class Read>
void seg::fuzz::expectCoreErrorsOnly(Read&& read) {
    try {
        read();
    } catch (const seg::core::Error& e) {
        if (e.file().empty()) failNoFileNamed(e.what());
    }
}
