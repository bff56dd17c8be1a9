#include "core/common/error.h"

#include "core/common/paths.h"

namespace seg::core {

namespace {

std::string composeMessage(const std::filesystem::path& file, const std::string& detail) {
    if (file.empty()) return detail;
    return pathToUtf8(file) + ": " + detail;
}

}  // namespace

const char* errorCodeName(ErrorCode code) {
    switch (code) {
        case ErrorCode::FileNotFound:
            return "file-not-found";
        case ErrorCode::FileEmpty:
            return "file-empty";
        case ErrorCode::FileUnreadable:
            return "file-unreadable";
        case ErrorCode::FileTruncated:
            return "file-truncated";
        case ErrorCode::NotAnImage:
            return "not-an-image";
        case ErrorCode::UnsupportedFormat:
            return "unsupported-format";
        case ErrorCode::SizeMismatch:
            return "size-mismatch";
        case ErrorCode::ValueOutOfRange:
            return "value-out-of-range";
        case ErrorCode::NotADataset:
            return "not-a-dataset";
        case ErrorCode::InvalidJson:
            return "invalid-json";
        case ErrorCode::InvalidContent:
            return "invalid-content";
        case ErrorCode::UnsupportedVersion:
            return "unsupported-version";
        case ErrorCode::InvalidArgument:
            return "invalid-argument";
        case ErrorCode::WriteFailed:
            return "write-failed";
    }
    return "unknown";
}

Error::Error(ErrorCode code, std::filesystem::path file, std::string detail)
    : std::runtime_error(composeMessage(file, detail)),
      m_code(code),
      m_file(std::move(file)),
      m_detail(std::move(detail)) {}

Error Error::withFile(const std::filesystem::path& file) const {
    return Error(m_code, file, m_detail);
}

}  // namespace seg::core
