#include "core/annotate/assisted.h"

#include <opencv2/imgproc.hpp>
#include <opencv2/imgproc/segmentation.hpp>
#include <opencv2/ximgproc/slic.hpp>

namespace seg::core {

namespace {

cv::Mat foreground(const cv::Mat& labels) {
    cv::Mat fg = (labels == cv::GC_FGD) | (labels == cv::GC_PR_FGD);
    return fg;  // 255 where foreground
}

cv::Mat asBgr(const cv::Mat& image) {
    if (image.channels() == 3) return image;
    cv::Mat bgr;
    cv::cvtColor(image, bgr, cv::COLOR_GRAY2BGR);
    return bgr;
}

}  // namespace

cv::Mat grabCutBox(const cv::Mat& image, cv::Rect box, int iterations) {
    box &= cv::Rect(0, 0, image.cols, image.rows);
    cv::Mat labels(image.size(), CV_8UC1, cv::Scalar(cv::GC_BGD));
    if (box.width < 2 || box.height < 2) return cv::Mat(image.size(), CV_8UC1, cv::Scalar(0));
    cv::Mat bgModel, fgModel;
    cv::grabCut(asBgr(image), labels, box, bgModel, fgModel, iterations, cv::GC_INIT_WITH_RECT);
    return foreground(labels);
}

cv::Mat grabCutScribbles(const cv::Mat& image, const cv::Mat& scribbles, cv::Rect area,
                         int iterations) {
    area &= cv::Rect(0, 0, image.cols, image.rows);
    cv::Mat labels(image.size(), CV_8UC1, cv::Scalar(cv::GC_BGD));
    labels(area).setTo(cv::GC_PR_BGD);
    // Unknown pixels near the foreground scribbles are more likely foreground.
    labels.setTo(cv::GC_FGD, scribbles == 1);
    labels.setTo(cv::GC_BGD, scribbles == 2);
    if (cv::countNonZero(scribbles == 1) == 0) return cv::Mat(image.size(), CV_8UC1, cv::Scalar(0));
    cv::Mat fgMask = scribbles == 1;
    cv::Mat near;
    cv::dilate(fgMask, near, cv::Mat(), cv::Point(-1, -1), 8);
    labels.setTo(cv::GC_PR_FGD, near & (labels == cv::GC_PR_BGD));
    cv::Mat bgModel, fgModel;
    cv::grabCut(asBgr(image), labels, area, bgModel, fgModel, iterations, cv::GC_INIT_WITH_MASK);
    return foreground(labels);
}

cv::Mat growLabels(const cv::Mat& image, const cv::Mat& mask, uint8_t ignoreIndex) {
    // Watershed markers: class + 1 where labelled, 0 where unlabelled.
    cv::Mat markers;
    mask.convertTo(markers, CV_32SC1, 1, 1);
    markers.setTo(0, mask == ignoreIndex);
    cv::watershed(asBgr(image), markers);
    // Watershed leaves its dams (-1) between regions and along the image border: give each
    // the label of a labelled neighbour, so that grown regions meet without a seam.
    // Two passes: an image corner's neighbours are both border dams in the first.
    for (int pass = 0; pass < 2; ++pass)
        for (int y = 0; y < markers.rows; ++y)
            for (int x = 0; x < markers.cols; ++x) {
                if (markers.at<int>(y, x) != -1) continue;
                const cv::Point neighbours[] = {{x - 1, y}, {x + 1, y}, {x, y - 1}, {x, y + 1}};
                for (const auto& n : neighbours)
                    if (n.x >= 0 && n.y >= 0 && n.x < markers.cols && n.y < markers.rows &&
                        markers.at<int>(n) > 0) {
                        markers.at<int>(y, x) = markers.at<int>(n);
                        break;
                    }
            }
    cv::Mat out = mask.clone();
    for (int y = 0; y < out.rows; ++y) {
        const int* m = markers.ptr<int>(y);
        uint8_t* o = out.ptr<uint8_t>(y);
        for (int x = 0; x < out.cols; ++x)
            if (o[x] == ignoreIndex && m[x] > 0) o[x] = static_cast<uint8_t>(m[x] - 1);
    }
    return out;
}

Superpixels::Superpixels(const cv::Mat& image, int regionSize) {
    cv::Mat lab;
    cv::cvtColor(asBgr(image), lab, cv::COLOR_BGR2Lab);
    auto slic = cv::ximgproc::createSuperpixelSLIC(lab, cv::ximgproc::SLICO, regionSize);
    slic->iterate(10);
    slic->enforceLabelConnectivity(25);
    slic->getLabels(m_labels);
    m_count = slic->getNumberOfSuperpixels();
}

cv::Mat Superpixels::regionAt(cv::Point point, cv::Rect* bounds) const {
    if (!cv::Rect(0, 0, m_labels.cols, m_labels.rows).contains(point)) return {};
    const int label = m_labels.at<int>(point);
    cv::Mat region = m_labels == label;
    if (bounds) *bounds = cv::boundingRect(region);
    return region;
}

struct Scissors::State {
    cv::segmentation::IntelligentScissorsMB tool;
    bool hasMap = false;
};

Scissors::Scissors(const cv::Mat& image) : m_state(std::make_unique<State>()) {
    m_state->tool.setEdgeFeatureCannyParameters(32, 100);
    m_state->tool.setGradientMagnitudeMaxLimit(200);
    m_state->tool.applyImage(asBgr(image));
}

Scissors::~Scissors() = default;

void Scissors::setAnchor(cv::Point anchor) {
    m_state->tool.buildMap(anchor);
    m_state->hasMap = true;
}

std::vector<cv::Point> Scissors::pathTo(cv::Point point) const {
    std::vector<cv::Point> contour;
    if (!m_state->hasMap) return contour;
    m_state->tool.getContour(point, contour);
    return contour;
}

}  // namespace seg::core
