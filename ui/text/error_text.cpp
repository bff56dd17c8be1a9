#include "ui/text/error_text.h"

#include <exception>
#include <new>

#include "core/common/error.h"
#include "core/common/paths.h"

namespace seg::ui {

using core::ErrorCode;

QString toQString(const std::string& utf8) {
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

QString toQPath(const std::filesystem::path& path) {
    // Shown to people: "project/./masks" reads as noise, "project/masks" does not.
    return toQString(core::pathToUtf8(path.lexically_normal()));
}

QString ErrorText::describeCurrentException() {
    try {
        throw;
    } catch (const core::Error& e) {
        return describe(e);
    } catch (const std::bad_alloc&) {
        return tr("There is not enough memory for this.");
    } catch (const std::exception& e) {
        // LibTorch appends a C++ backtrace after the first line: it helps nobody here. Some of
        // its messages start with a line break: the first line with text is the message.
        const QStringList lines = QString::fromUtf8(e.what()).split(QLatin1Char('\n'));
        QString first;
        for (const QString& line : lines)
            if (!line.trimmed().isEmpty()) {
                first = line.trimmed();
                break;
            }
        return tr("Unexpected error: %1").arg(first);
    } catch (...) {
        return tr("Unexpected error of an unknown kind.");
    }
}

QString ErrorText::summary(ErrorCode code) {
    switch (code) {
        case ErrorCode::FileNotFound:
            return tr("The file or folder does not exist.");
        case ErrorCode::FileEmpty:
            return tr("The file is empty.");
        case ErrorCode::FileUnreadable:
            return tr("The file cannot be read.");
        case ErrorCode::FileTruncated:
            return tr("The file is truncated.");
        case ErrorCode::NotAnImage:
            return tr("The file is not an image.");
        case ErrorCode::UnsupportedFormat:
            return tr("The file's format is not supported.");
        case ErrorCode::SizeMismatch:
            return tr("The mask and its image differ in size.");
        case ErrorCode::ValueOutOfRange:
            return tr("The mask holds values that are not classes.");
        case ErrorCode::NotADataset:
            return tr("The folder is not a dataset SegStudio can read.");
        case ErrorCode::InvalidJson:
            return tr("The file is not valid JSON.");
        case ErrorCode::InvalidContent:
            return tr("The file's content is invalid.");
        case ErrorCode::UnsupportedVersion:
            return tr("The file was written by a newer SegStudio.");
        case ErrorCode::InvalidArgument:
            return tr("An option has an invalid value.");
        case ErrorCode::WriteFailed:
            return tr("The file cannot be written.");
    }
    return tr("Unknown error.");
}

QString ErrorText::describe(const core::Error& error) {
    const QString detail = toQString(error.detail());
    if (error.file().empty()) return tr("%1 (%2)").arg(summary(error.code()), detail);
    return tr("%1: %2 (%3)").arg(toQPath(error.file()), summary(error.code()), detail);
}

}  // namespace seg::ui
