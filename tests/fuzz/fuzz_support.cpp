#include "fuzz_support.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>

#include <unistd.h>

namespace seg::fuzz {

namespace fs = std::filesystem;

const fs::path& scratchFolder() {
    static const fs::path folder = [] {
        const fs::path base =
            fs::exists("/dev/shm") ? fs::path("/dev/shm") : fs::temp_directory_path();
        fs::path dir = base / ("segstudio-fuzz-" + std::to_string(::getpid()));
        fs::create_directories(dir);
        // libFuzzer ends the process with exit(); leave no folder behind in /dev/shm.
        std::atexit([] {
            std::error_code ignored;
            fs::remove_all(scratchFolder(), ignored);
        });
        return dir;
    }();
    return folder;
}

fs::path inputFile(const uint8_t* data, size_t size, const std::string& name) {
    const fs::path file = scratchFolder() / name;
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    out.close();
    if (!out) {
        std::fprintf(stderr, "fuzz: cannot write %s\n", file.c_str());
        std::abort();
    }
    return file;
}

void failNoFileNamed(const std::string& message) {
    std::fprintf(stderr, "fuzz: an error names no file: %s\n", message.c_str());
    std::abort();
}

}  // namespace seg::fuzz
