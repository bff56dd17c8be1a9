// Any file picked with Add Model File: a checkpoint or a TorchScript module, told apart by
// content, with the settings a user would give in the import dialog. Opening one runs it on
// a probe image, so a module that loads must also predict.
#include "core/infer/predictor.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    seg::core::TorchScriptSettings settings;
    settings.classes = seg::core::ClassMap({"background", "object"});
    const auto file = seg::fuzz::inputFile(data, size, "scripted.pt");
    seg::fuzz::expectCoreErrorsOnly([&] {
        const auto predictor = seg::core::Predictor::open(file, {}, settings);
        (void)predictor->predictMask(cv::Mat(17, 23, CV_8UC3, cv::Scalar(10, 20, 30)));
    });
    return 0;
}
