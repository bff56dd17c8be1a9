// project.json, read as the window and the CLI open a project.
#include "core/project/project.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const auto file = seg::fuzz::inputFile(data, size, "project.json");
    seg::fuzz::expectCoreErrorsOnly([&] {
        const seg::core::Project project = seg::core::loadProject(file);
        (void)project.dataRoot();
        (void)project.masksRoot();
    });
    return 0;
}
