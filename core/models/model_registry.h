#pragma once
// Builds a model from its spec through the factory the architecture table names.

#include "core/models/segmentation_model.h"

namespace seg::core {

// Throws Error(InvalidArgument) for an invalid spec or unknown architecture (listing the
// valid ones). The model starts in training mode with freshly initialised weights.
SegmentationModel createModel(const ModelSpec& spec);

}  // namespace seg::core
