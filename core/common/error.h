#pragma once
// Typed errors thrown by core. A code the ui can map to a translated message, the file
// concerned and an English detail for logs and the CLI. Thread-neutral value type.

#include <filesystem>
#include <stdexcept>
#include <string>

namespace seg::core {

enum class ErrorCode {
    FileNotFound,
    FileEmpty,
    FileUnreadable,
    FileTruncated,
    NotAnImage,
    UnsupportedFormat,
    SizeMismatch,
    ValueOutOfRange,
    NotADataset,
    InvalidJson,
    InvalidContent,
    UnsupportedVersion,
    InvalidArgument,
    WriteFailed,
};

// Stable English identifier of a code ("file-not-found"), used in JSON output.
const char* errorCodeName(ErrorCode code);

class Error : public std::runtime_error {
public:
    Error(ErrorCode code, std::filesystem::path file, std::string detail);

    ErrorCode code() const { return m_code; }
    const std::filesystem::path& file() const { return m_file; }
    const std::string& detail() const { return m_detail; }

    // The same error, now naming the file it concerns (for errors raised below file level).
    Error withFile(const std::filesystem::path& file) const;

private:
    ErrorCode m_code;
    std::filesystem::path m_file;
    std::string m_detail;
};

}  // namespace seg::core
