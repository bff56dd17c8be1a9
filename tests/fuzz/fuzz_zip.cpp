// SegStudio's own reading of a zip archive's directory and checksums, which decides whether
// a checkpoint or TorchScript file is whole before LibTorch sees it.
#include <string_view>

#include "core/common/zip_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view archive(reinterpret_cast<const char*>(data), size);
    (void)seg::core::zipArchiveProblem(archive);
    (void)seg::core::zipEntryNames(archive);
    return 0;
}
