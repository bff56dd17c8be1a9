#include "core/models/model_registry.h"

#include "core/models/architecture_table.h"

namespace seg::core {

SegmentationModel createModel(const ModelSpec& spec) {
    validateModelSpec(spec);
    return architecture(spec.architecture).factory(spec);
}

}  // namespace seg::core
