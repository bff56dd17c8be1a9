#pragma once
// Scribbles made from a complete mask, as an annotator in a hurry paints them: one stroke
// across every object (a connected region of a class other than 0, the background) and a
// few strokes across the background, every stroke kept inside its region; the rest of the
// mask becomes "unlabelled". How sparse labels train is measured with these (issue: live
// learning). Deterministic for (mask, options) on every platform. Torch-free; any thread.

#include <cstdint>

#include <opencv2/core/mat.hpp>

namespace seg::core {

struct ScribbleOptions {
    // The share of the image's pixels the scribbles should cover: strokes widen until they
    // reach it, then get shorter where that overshoots (a mask of tiny objects may stay
    // below it; every object keeps a label).
    double fraction = 0.05;
    int backgroundStrokes = 3;
    uint64_t seed = 1;
};

struct Scribbles {
    cv::Mat mask;              // CV_8UC1: the class under each stroke, `ignoreIndex` elsewhere
    double labelledFraction;   // of all pixels
    int strokeWidth;           // pixels
};

// mask: CV_8UC1 class indices, `ignoreIndex` for pixels already unlabelled (never scribbled
// on). `key` makes images differ under one seed (e.g. the sample's index). Throws
// Error(InvalidArgument) for an empty or wrongly typed mask or a fraction outside (0, 1].
Scribbles scribblesFromMask(const cv::Mat& mask, uint8_t ignoreIndex,
                            const ScribbleOptions& options, uint64_t key);

}  // namespace seg::core
