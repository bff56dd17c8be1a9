#pragma once
// Turning LibTorch's exceptions into Errors that name the file. LibTorch reports damaged
// input in many ways: c10::Error, torch::jit::ErrorReport (a std::exception, not a
// c10::Error) when a module's code does not compile, std::bad_alloc for absurd sizes. Any
// of them escaping a worker would end the process. Any thread.

#include <filesystem>
#include <new>
#include <string>

#include <torch/torch.h>

#include "core/common/error.h"

namespace seg::core {

// The line of a LibTorch message that says what went wrong. c10 messages carry a C++
// backtrace after the first line, and torch::jit::ErrorReport's start with a line break:
// their first line that says something. An exception inside a TorchScript module's code
// starts with "The following operation failed..." and a TorchScript traceback, and ends with
// the exception itself ("builtins.RuntimeError: <what the module said>"): that last line.
// A tensor's sizes for a message: "[1, 3, 64, 64]".
inline std::string shapeText(const torch::Tensor& t) {
    std::string s = "[";
    for (int64_t i = 0; i < t.dim(); ++i) s += (i ? ", " : "") + std::to_string(t.size(i));
    return s + "]";
}

inline std::string firstMeaningfulLine(const std::string& s) {
    if (s.find("Traceback of TorchScript") != std::string::npos) {
        const size_t end = s.find_last_not_of(" \t\r\n");
        if (end != std::string::npos) {
            const size_t lineStart = s.rfind('\n', end);
            std::string last =
                s.substr(lineStart == std::string::npos ? 0 : lineStart + 1,
                         end + 1 - (lineStart == std::string::npos ? 0 : lineStart + 1));
            const std::string builtins = "builtins.";
            if (last.compare(0, builtins.size(), builtins) == 0)
                last = last.substr(builtins.size());
            return last;
        }
    }
    const size_t begin = std::min(s.size(), s.find_first_not_of(" \t\r\n"));
    return s.substr(begin, s.find('\n', begin) - begin);
}

// Runs one LibTorch step on a file; whatever it throws becomes Error(code, file,
// "<doing>: <first line of LibTorch's message>"). Errors pass through unchanged.
template <typename Step>
void guardedTorchStep(const std::filesystem::path& file, ErrorCode code, const std::string& doing,
                      Step&& step) {
    try {
        step();
    } catch (const Error&) {
        throw;
    } catch (const c10::Error& e) {
        throw Error(code, file, doing + ": " + firstMeaningfulLine(e.what_without_backtrace()));
    } catch (const std::bad_alloc&) {
        throw Error(code, file, doing + ": it asks for more memory than there is");
    } catch (const std::exception& e) {
        throw Error(code, file, doing + ": " + firstMeaningfulLine(e.what()));
    } catch (...) {
        throw Error(code, file, doing + ": unknown failure in LibTorch");
    }
}

}  // namespace seg::core
