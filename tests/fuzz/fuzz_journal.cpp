// The painting journal (<mask>.seg-journal) replayed onto the mask as last saved, as the
// window does after a crash. A record cut short ends the replay; nothing may write outside
// the mask. The seed journals were written for a 64 x 40 mask (tests/fuzz/make_seeds.py).
#include "core/annotate/mask_journal.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const auto file = seg::fuzz::inputFile(data, size, "mask.seg-journal");
    seg::fuzz::expectCoreErrorsOnly([&] { (void)seg::core::MaskJournal::maskSize(file); });
    seg::fuzz::expectCoreErrorsOnly([&] {
        cv::Mat mask(40, 64, CV_8UC1, cv::Scalar(0));
        seg::core::MaskJournal::replay(file, mask);
    });
    return 0;
}
