#pragma once
// The demo dataset: RGB images of random circles, rectangles, triangles and ellipses on a
// background, each with a mask whose class is the shape kind and that covers exactly the
// pixels the shape painted. Deterministic for (seed, index) on every platform.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <vector>

#include <opencv2/core/mat.hpp>

#include "core/data/class_map.h"

namespace seg::core {

enum class ShapeKind : uint8_t { Circle = 1, Rectangle = 2, Triangle = 3, Ellipse = 4 };

struct SyntheticShapesOptions {
    int count = 500;
    int width = 128;
    int height = 128;
    uint64_t seed = 1;
    int minShapes = 2;
    int maxShapes = 6;
    double noiseSigma = 6.0;  // Gaussian pixel noise on the image only; 0 for none
};

struct DrawnShape {
    ShapeKind kind;
    Rgb color;
};

struct SyntheticSample {
    cv::Mat image;  // CV_8UC3 BGR
    cv::Mat mask;   // CV_8UC1, 0 background, 1..4 ShapeKind
    Rgb background;
    std::vector<DrawnShape> shapes;  // in drawing order (later ones on top)
};

// background, circle, rectangle, triangle, ellipse.
ClassMap syntheticShapesClasses();

// Throws Error(InvalidArgument) for sizes below 16 or above 8192, or a bad shape range.
SyntheticSample generateShapesSample(const SyntheticShapesOptions& options, int index);

// Writes a folder-pairs dataset: images/shape_NNNN.png, masks/shape_NNNN.png (palette),
// classes.json and labels.txt. `onProgress(done, total)` returning false stops early;
// returns false then (the folder is left incomplete).
bool writeShapesDataset(const std::filesystem::path& folder, const SyntheticShapesOptions& options,
                        const std::function<bool(int, int)>& onProgress = {});

}  // namespace seg::core
