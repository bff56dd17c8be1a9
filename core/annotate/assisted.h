#pragma once
// Assisted labelling with OpenCV: GrabCut from a box or from scribbles, watershed growing
// the labelled pixels into the unlabelled ones, SLIC superpixels to fill with a click, and
// intelligent scissors (a boundary that follows image edges between clicks). Each returns
// a stamp or labels for mask_tools to apply, so locks and undo work as for any tool.
// Toolkit-free; any thread.

#include <memory>
#include <vector>

#include <opencv2/core/mat.hpp>

namespace seg::core {

// Foreground of `image` (CV_8UC3) inside `box`: CV_8UC1 of the image's size, 255 where
// GrabCut says foreground.
cv::Mat grabCutBox(const cv::Mat& image, cv::Rect box, int iterations = 5);

// GrabCut seeded by scribbles: `scribbles` is CV_8UC1 of the image's size with 1 for sure
// foreground, 2 for sure background, 0 unknown; only `area` is considered (the rest is
// background). Returns the foreground stamp as grabCutBox does.
cv::Mat grabCutScribbles(const cv::Mat& image, const cv::Mat& scribbles, cv::Rect area,
                         int iterations = 5);

// Grows the labelled pixels of `mask` into its unlabelled ones along the image's edges
// (watershed). Returns a full mask: labelled pixels unchanged, unlabelled ones given the
// class that reached them; pixels no label reaches stay unlabelled.
cv::Mat growLabels(const cv::Mat& image, const cv::Mat& mask, uint8_t ignoreIndex);

// SLIC superpixels of an image, computed once; then each click selects one.
class Superpixels {
public:
    // `regionSize` is the superpixel's rough side in pixels.
    Superpixels(const cv::Mat& image, int regionSize = 24);
    // The superpixel containing `point` as a stamp (CV_8UC1, image size, 255 inside) and
    // its bounding box; an empty Mat outside the image.
    cv::Mat regionAt(cv::Point point, cv::Rect* bounds = nullptr) const;
    int count() const { return m_count; }

private:
    cv::Mat m_labels;  // CV_32SC1
    int m_count = 0;
};

// Intelligent scissors (OpenCV's IntelligentScissorsMB) on one image.
class Scissors {
public:
    explicit Scissors(const cv::Mat& image);
    ~Scissors();
    // The edge-following path from the last anchor to `point` (anchor excluded).
    void setAnchor(cv::Point anchor);
    std::vector<cv::Point> pathTo(cv::Point point) const;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

}  // namespace seg::core
