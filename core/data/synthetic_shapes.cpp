#include "core/data/synthetic_shapes.h"

#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

#include "core/common/atomic_file.h"
#include "core/common/error.h"
#include "core/common/rng.h"
#include "core/data/image_io.h"
#include "core/data/mask_io.h"
#include "core/data/shape_drawing.h"

namespace seg::core {

namespace fs = std::filesystem;

namespace {

void validateShapeOptions(const SyntheticShapesOptions& o) {
    validateSyntheticRanges(o.width, o.height, o.count, o.minShapes, o.maxShapes, o.noiseSigma);
}

}  // namespace

ClassMap syntheticShapesClasses() {
    return ClassMap({"background", "circle", "rectangle", "triangle", "ellipse"});
}

SyntheticSample generateShapesSample(const SyntheticShapesOptions& options, int index) {
    validateShapeOptions(options);
    Rng rng(Rng::mix(options.seed, static_cast<uint64_t>(index)));
    SyntheticSample s;
    s.background = randomColor(rng);
    s.image = cv::Mat(options.height, options.width, CV_8UC3,
                      cv::Scalar(s.background.b, s.background.g, s.background.r));
    s.mask = cv::Mat::zeros(options.height, options.width, CV_8UC1);
    const int shapes = rng.uniformInt(options.minShapes, options.maxShapes);
    for (int i = 0; i < shapes; ++i) {
        const auto kind = static_cast<ShapeKind>(rng.uniformInt(1, 4));
        const Rgb color = distinctColor(rng, s.background, s.shapes);
        drawShape(rng, kind, color, s.image, s.mask, static_cast<uint8_t>(kind));
        s.shapes.push_back({kind, color});
    }
    if (options.noiseSigma > 0) addNoise(rng, s.image, options.noiseSigma);
    return s;
}

bool writeShapesDataset(const fs::path& folder, const SyntheticShapesOptions& options,
                        const std::function<bool(int, int)>& onProgress) {
    validateShapeOptions(options);
    std::error_code ec;
    fs::create_directories(folder / "images", ec);
    if (!ec) fs::create_directories(folder / "masks", ec);
    if (ec) throw Error(ErrorCode::WriteFailed, folder, "cannot create folder: " + ec.message());
    const ClassMap classes = syntheticShapesClasses();
    classes.save(folder / "classes.json");
    std::string labels;
    for (const auto& name : classes.names()) labels += name + "\n";
    writeTextAtomically(folder / "labels.txt", labels);

    const size_t digits = std::max<size_t>(4, std::to_string(options.count - 1).size());
    for (int i = 0; i < options.count; ++i) {
        if (onProgress && !onProgress(i, options.count)) return false;
        const std::string number = std::to_string(i);
        const std::string name =
            "shape_" + std::string(digits - number.size(), '0') + number + ".png";
        const SyntheticSample s = generateShapesSample(options, i);
        writeImagePng(folder / "images" / name, s.image);
        writeMask(folder / "masks" / name, s.mask, classes);
    }
    if (onProgress) onProgress(options.count, options.count);
    return true;
}

}  // namespace seg::core
