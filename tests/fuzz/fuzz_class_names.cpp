// The class lists a dataset brings: labels.txt (one name per line) and classes.json. The
// first byte picks the reader so that one corpus covers both.
#include "core/data/class_map.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0;
    const bool json = data[0] & 1;
    const auto file =
        seg::fuzz::inputFile(data + 1, size - 1, json ? "classes.json" : "labels.txt");
    seg::fuzz::expectCoreErrorsOnly([&] {
        const seg::core::ClassMap classes =
            json ? seg::core::ClassMap::load(file) : seg::core::ClassMap::fromLabelsFile(file);
        (void)classes.palette();
    });
    return 0;
}
