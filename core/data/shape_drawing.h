#pragma once
// Drawing random shapes for the synthetic datasets (shapes and change pairs): one shape at a
// time into an image and a label map with identical rasterisation. A shape's geometry comes
// from the generator's draws alone, so a copy of the generator draws the same shape again.
// Internal to core/data; any thread.

#include <cstdint>
#include <vector>

#include <opencv2/core/mat.hpp>

#include "core/common/rng.h"
#include "core/data/class_map.h"
#include "core/data/synthetic_shapes.h"

namespace seg::core {

Rgb randomColor(Rng& rng);
// A colour clearly apart from the background and from the shapes already drawn, so every
// shape stays visible and (without noise) each pixel's colour tells which shape drew it.
Rgb distinctColor(Rng& rng, const Rgb& background, const std::vector<DrawnShape>& shapes);
// One shape of `kind` somewhere in the image: `color` into `image` (CV_8UC3 BGR), `label`
// into `mask` (CV_8UC1), over the same pixels.
void drawShape(Rng& rng, ShapeKind kind, const Rgb& color, cv::Mat& image, cv::Mat& mask,
               uint8_t label);
// Throws Error(InvalidArgument) unless the sizes are 16 to 8192, the count 1 to 1000000,
// the shapes per image a range within 1 to 64 and the noise 0 to 64.
void validateSyntheticRanges(int width, int height, int count, int minShapes, int maxShapes,
                             double noiseSigma);
// Gaussian noise of `sigma` on every channel of a CV_8UC3 image.
void addNoise(Rng& rng, cv::Mat& image, double sigma);

}  // namespace seg::core
