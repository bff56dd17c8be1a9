#pragma once
// The painting tools as plain functions on a CV_8UC1 class-index mask, edited in place.
// Each returns the patch of what it changed (empty when nothing did), for undo and the
// autosave journal. Toolkit-free; any thread, one mask per thread.

#include <cstdint>
#include <vector>

#include <opencv2/core/mat.hpp>

#include "core/annotate/mask_patch.h"

namespace seg::core {

// Which pixels an edit may change: any, only unlabelled ones (the ignore index), or only
// those of one class. The eraser writes the ignore index through the same rule.
struct PaintLock {
    enum class Mode { Any, UnlabelledOnly, ClassOnly };
    Mode mode = Mode::Any;
    uint8_t lockedClass = 0;  // ClassOnly
    uint8_t ignoreIndex = 255;

    bool allows(uint8_t current) const {
        switch (mode) {
            case Mode::UnlabelledOnly:
                return current == ignoreIndex;
            case Mode::ClassOnly:
                return current == lockedClass;
            case Mode::Any:
                break;
        }
        return true;
    }
};

enum class BrushShape { Round, Square };

struct Brush {
    float diameter = 9.0f;  // pixels; 1 paints single pixels
    BrushShape shape = BrushShape::Round;
};

// A brush segment from `a` to `b` (a == b: one dab), gap-free however far apart the points
// are: the footprint swept along the segment, not dabs at the two ends.
MaskPatch paintSegment(cv::Mat& mask, cv::Point2f a, cv::Point2f b, const Brush& brush,
                       uint8_t value, const PaintLock& lock = {});
// A whole stroke through `points` (a straight line is two points).
MaskPatch paintStroke(cv::Mat& mask, const std::vector<cv::Point2f>& points, const Brush& brush,
                      uint8_t value, const PaintLock& lock = {});

// The polygon's inside (lasso and polygon tools) and a rectangle.
MaskPatch fillPolygon(cv::Mat& mask, const std::vector<cv::Point>& polygon, uint8_t value,
                      const PaintLock& lock = {});
MaskPatch fillRectangle(cv::Mat& mask, cv::Rect rect, uint8_t value, const PaintLock& lock = {});

// Flood fill from `seed` over the region connected to it (4-neighbours). With an image
// (CV_8UC3 or CV_8UC1 of the mask's size) the region is the pixels whose colour is within
// `tolerance` (per channel, 0..255) of the seed's; without one, the pixels of the seed's
// class in the mask.
MaskPatch floodFill(cv::Mat& mask, const cv::Mat& image, cv::Point seed, double tolerance,
                    uint8_t value, const PaintLock& lock = {});

// Every pixel of class `from` becomes `to`.
MaskPatch replaceClass(cv::Mat& mask, uint8_t from, uint8_t to);
// Every unlabelled pixel becomes `value` (after scribbling the objects, fill the rest).
MaskPatch fillUnlabelled(cv::Mat& mask, uint8_t value, uint8_t ignoreIndex = 255);

// A model's prediction (CV_8UC1 class indices, the mask's size) accepted: inside `region`,
// every unlabelled pixel takes the predicted class (only where it is `onlyClass`, when that
// is 0 or more); what is labelled stays. Pre-labelling and live mode's accept use it.
MaskPatch acceptPrediction(cv::Mat& mask, const cv::Mat& predicted, cv::Rect region,
                           int numClasses, uint8_t ignoreIndex, int onlyClass = -1);

// Writes `value` where `stamp` (CV_8UC1, region.size(), non-zero = covered; empty = all of
// the region) covers and the lock allows: the common end of every tool, also used by the
// assisted ones.
MaskPatch applyStamp(cv::Mat& mask, const cv::Mat& stamp, cv::Rect region, uint8_t value,
                     const PaintLock& lock);

}  // namespace seg::core
