#include "support/tiny_training.h"

#include "core/data/synthetic_shapes.h"
#include "core/project/project.h"

namespace seg::test {

core::Dataset tinyShapesDataset(const std::filesystem::path& folder, int count, int size) {
    core::SyntheticShapesOptions o;
    o.count = count;
    o.width = o.height = size;
    o.seed = 7;
    core::writeShapesDataset(folder, o);
    return core::openDataset(folder);
}

bool createTinyDemoProject(const std::filesystem::path& folder) {
    core::SyntheticShapesOptions options;
    options.count = 30;
    options.width = options.height = 32;
    return core::createDemoProject(folder, options).has_value();
}

core::TrainConfig tinyConfig(int epochs) {
    core::TrainConfig c;
    c.model.architecture = "unet";
    c.model.set("width", 8);
    c.model.set("depth", 3);
    c.model.numClasses = 5;
    c.epochs = epochs;
    c.batchSize = 4;
    c.optimizer.learningRate = 1e-2;
    c.augment.horizontalFlip = false;
    c.threads = 1;
    return c;
}

}  // namespace seg::test
