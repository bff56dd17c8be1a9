// A run folder as the Runs list reads it: config.json, metrics.csv and last_confusion.json,
// given as one input with a NUL byte between the files (text files hold none). readRun
// never throws: what it cannot read it names in RunRecord::problem.
#include <fstream>
#include <string_view>

#include "core/project/run_store.h"
#include "fuzz_support.h"

namespace {

// The next part of `rest` up to a NUL byte (or the end), which is consumed.
std::string_view nextPart(std::string_view& rest) {
    const size_t end = rest.find('\0');
    const std::string_view part = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    return part;
}

void write(const std::filesystem::path& file, std::string_view bytes) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view rest(reinterpret_cast<const char*>(data), size);
    const auto run = seg::fuzz::scratchFolder() / "run";
    std::filesystem::create_directories(run);
    write(run / "config.json", nextPart(rest));
    write(run / "metrics.csv", nextPart(rest));
    write(run / "last_confusion.json", nextPart(rest));
    const seg::core::RunRecord record = seg::core::readRun(run);
    if (record.config)
        seg::fuzz::expectCoreErrorsOnly([&] { seg::core::validateTrainConfig(*record.config); });
    return 0;
}
