// Checkpoints: the metadata alone (what the Runs list shows) and the whole model (what
// predicting and resuming load).
#include "core/infer/predictor.h"
#include "core/train/checkpoint.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const auto file = seg::fuzz::inputFile(data, size, "model.pt");
    seg::fuzz::expectCoreErrorsOnly([&] { (void)seg::core::readCheckpointInfo(file); });
    seg::fuzz::expectCoreErrorsOnly([&] { (void)seg::core::Predictor::fromCheckpoint(file); });
    return 0;
}
