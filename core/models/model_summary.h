#pragma once
// Size and cost of a model: parameters, and the floating-point operations of one forward
// pass at a given input size. Torch-free header; any thread (builds its own model).

#include <cstdint>

#include "core/models/model_spec.h"

namespace seg::core {

struct ModelSummary {
    int64_t parameters = 0;
    int64_t convolutions = 0;
    double forwardGflops = 0.0;  // multiply-adds count two, convolutions only (they dominate)
};

// Throws Error(InvalidArgument) for an invalid spec or a size below 8 pixels.
ModelSummary summarizeModel(const ModelSpec& spec, int height, int width);

}  // namespace seg::core
