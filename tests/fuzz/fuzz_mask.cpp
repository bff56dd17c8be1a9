// Index masks: palette, grey and 16-bit PNGs through SegStudio's own libpng reader, other
// formats through OpenCV, colour-coded masks against a class colour table. A mask that
// reads must be one 8-bit channel of class indices.
#include <cstdio>
#include <cstdlib>

#include "core/data/class_map.h"
#include "core/data/mask_io.h"
#include "fuzz_support.h"

namespace {

void requireIndexMask(const cv::Mat& mask) {
    if (mask.type() != CV_8UC1 || mask.empty()) {
        std::fprintf(stderr, "fuzz: readMask returned type %d (%dx%d)\n", mask.type(), mask.cols,
                     mask.rows);
        std::abort();
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const seg::core::ClassMap colourTable({"background", "cat", "dog"});
    const auto file = seg::fuzz::inputFile(data, size, "mask.png");
    seg::fuzz::expectCoreErrorsOnly([&] { requireIndexMask(seg::core::readMask(file)); });
    seg::fuzz::expectCoreErrorsOnly(
        [&] { requireIndexMask(seg::core::readMask(file, &colourTable)); });
    return 0;
}
