// Images as users hand them over: PNG, JPEG, BMP, TIFF, 8 or 16 bits, any colour type.
// readImage decodes; readImageSize reads only the header (the trainer plans batches from
// it), so where both answer they must agree on the size.
#include <cstdio>
#include <cstdlib>

#include "core/data/image_io.h"
#include "core/data/image_header.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const auto file = seg::fuzz::inputFile(data, size, "image");
    const std::optional<cv::Size> headerSize = seg::core::readImageSize(file);
    seg::fuzz::expectCoreErrorsOnly([&] {
        const cv::Mat image = seg::core::readImage(file);
        if (image.type() != CV_8UC3) {
            std::fprintf(stderr, "fuzz: readImage returned type %d, not 8-bit BGR\n", image.type());
            std::abort();
        }
        if (headerSize && *headerSize != image.size()) {
            std::fprintf(stderr, "fuzz: header says %dx%d, decoder gives %dx%d\n",
                         headerSize->width, headerSize->height, image.cols, image.rows);
            std::abort();
        }
    });
    return 0;
}
