#pragma once
// Size and cost of a model: parameters, and the multiply-accumulates of one forward pass at
// a given input size. Torch-free header; any thread (builds its own model).

#include <cstdint>

#include "core/models/model_spec.h"

namespace seg::core {

struct ModelSummary {
    int64_t parameters = 0;
    int64_t convolutions = 0;
    int64_t matrixProducts = 0;  // linear layers and attention's batched products
    // Multiply-accumulates (billions) of the convolutions and matrix products, which hold
    // nearly all the work: the figure papers tabulate as "GMACs" (often loosely "GFLOPs").
    // Floating-point operations are twice as many.
    double forwardGmacs = 0.0;
};

// Throws Error(InvalidArgument) for an invalid spec or a size below 8 pixels.
ModelSummary summarizeModel(const ModelSpec& spec, int height, int width);

}  // namespace seg::core
