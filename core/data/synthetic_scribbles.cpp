#include "core/data/synthetic_scribbles.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include <opencv2/imgproc.hpp>

#include "core/common/error.h"
#include "core/common/rng.h"

namespace seg::core {

namespace {

// Where a stroke may paint: `inside` (CV_8UC1, 255 in) covers `box` of the image. Objects keep
// only their bounding box, so that a mask of many objects does not hold an image for each.
struct Region {
    cv::Rect box;
    cv::Mat inside;
    cv::Point deepest;  // in the box: the pixel farthest from the region's edge
};

// The pixel of `inside` (CV_8UC1, 255 in) farthest from its edge (outside the box is out).
cv::Point deepestPixel(const cv::Mat& inside) {
    cv::Mat padded, distance;
    cv::copyMakeBorder(inside, padded, 1, 1, 1, 1, cv::BORDER_CONSTANT, cv::Scalar(0));
    cv::distanceTransform(padded, distance, cv::DIST_L2, 3);
    cv::Point at;
    cv::minMaxLoc(distance, nullptr, nullptr, nullptr, &at);
    return at - cv::Point(1, 1);
}

// A straight stroke from a to b (image coordinates) painting class `cls` inside `region`.
struct PlannedStroke {
    cv::Point a, b;
    uint8_t cls;
    const Region* region;
};

// The endpoints of a line through `centre` at `angle`, long enough to cross a region of
// `extent` pixels wherever it lies.
void lineThrough(cv::Point2d centre, double angle, double extent, cv::Point& a, cv::Point& b) {
    const cv::Point2d d(std::cos(angle) * extent, std::sin(angle) * extent);
    a = cv::Point(cvRound(centre.x - d.x), cvRound(centre.y - d.y));
    b = cv::Point(cvRound(centre.x + d.x), cvRound(centre.y + d.y));
}

// One stroke along each object's long axis (through its centroid, turned a little at
// random, as a hand would), over its whole length.
void planObjectStrokes(const cv::Mat& mask, uint8_t ignoreIndex, Rng& rng,
                       std::vector<Region>& regions, std::vector<PlannedStroke>& strokes) {
    double maxValue = 0;
    cv::minMaxLoc(mask, nullptr, &maxValue);
    for (int cls = 1; cls <= static_cast<int>(maxValue); ++cls) {
        if (cls == ignoreIndex) continue;
        const cv::Mat ofClass = mask == cls;
        cv::Mat labels, stats, centroids;
        const int count = cv::connectedComponentsWithStats(ofClass, labels, stats, centroids, 8);
        for (int c = 1; c < count; ++c) {
            const cv::Rect box(stats.at<int>(c, cv::CC_STAT_LEFT), stats.at<int>(c, cv::CC_STAT_TOP),
                               stats.at<int>(c, cv::CC_STAT_WIDTH),
                               stats.at<int>(c, cv::CC_STAT_HEIGHT));
            const cv::Mat inside = labels(box) == c;
            regions.push_back({box, inside, deepestPixel(inside)});
            const cv::Moments m = cv::moments(regions.back().inside, true);
            const double angle = 0.5 * std::atan2(2 * m.mu11, m.mu20 - m.mu02) +
                                 rng.uniformReal(-0.3, 0.3);
            const double extent = std::hypot(box.width, box.height);
            PlannedStroke s{{}, {}, static_cast<uint8_t>(cls), nullptr};
            lineThrough({centroids.at<double>(c, 0), centroids.at<double>(c, 1)}, angle, extent,
                        s.a, s.b);
            strokes.push_back(s);
        }
    }
}

// A few strokes of random direction and length from random background points.
void planBackgroundStrokes(const cv::Mat& mask, int count, Rng& rng, std::vector<Region>& regions,
                           std::vector<PlannedStroke>& strokes) {
    const cv::Mat background = mask == 0;
    std::vector<cv::Point> points;
    cv::findNonZero(background, points);
    if (points.empty() || count <= 0) return;
    regions.push_back({cv::Rect(0, 0, mask.cols, mask.rows), background, {}});
    const double side = std::min(mask.cols, mask.rows);
    for (int i = 0; i < count; ++i) {
        const cv::Point start = points[static_cast<size_t>(
            rng.uniformInt(0, static_cast<int>(points.size()) - 1))];
        PlannedStroke s{{}, {}, 0, nullptr};
        lineThrough(start, rng.uniformReal(0, CV_PI), rng.uniformReal(0.15, 0.3) * side, s.a,
                    s.b);
        strokes.push_back(s);
    }
}

// The strokes painted `width` pixels wide, each kept `width / 2` pixels inside its region
// (a region too thin for that keeps the stroke's one-pixel centre line inside it; one the
// line misses gets a dab at its deepest pixel, so that every object has a label).
cv::Mat paint(const cv::Mat& mask, uint8_t ignoreIndex, const std::vector<PlannedStroke>& strokes,
              int width) {
    cv::Mat out(mask.size(), CV_8UC1, cv::Scalar(ignoreIndex));
    const int radius = width / 2;
    const cv::Mat kernel =
        cv::getStructuringElement(cv::MORPH_ELLIPSE, {2 * radius + 1, 2 * radius + 1});
    cv::Mat inside, line;
    const Region* erodedOf = nullptr;
    for (const auto& s : strokes) {
        const Region& region = *s.region;
        if (&region != erodedOf) {
            erodedOf = &region;
            // Outside the box counts as outside the region, so erode with a zero border.
            if (radius > 0)
                cv::erode(region.inside, inside, kernel, {-1, -1}, 1, cv::BORDER_CONSTANT,
                          cv::Scalar(0));
            else
                inside = region.inside;
        }
        const cv::Point shift = -region.box.tl();
        line = cv::Mat::zeros(region.box.size(), CV_8UC1);
        if (cv::countNonZero(inside) > 0) {
            cv::line(line, s.a + shift, s.b + shift, cv::Scalar(255), width, cv::LINE_8);
            line &= inside;
        } else {
            cv::line(line, s.a + shift, s.b + shift, cv::Scalar(255), 1, cv::LINE_8);
            line &= region.inside;
        }
        // A straight line can miss a curved object (a ring, a C): a dab at its deepest pixel.
        if (s.cls != 0 && cv::countNonZero(line) == 0)
            line.at<uint8_t>(region.deepest) = 255;
        out(region.box).setTo(cv::Scalar(s.cls), line);
    }
    return out;
}

// The strokes cut to `share` of their length, about their middle (an object's stroke keeps
// the part through its centre).
std::vector<PlannedStroke> shortened(std::vector<PlannedStroke> strokes, double share) {
    for (auto& s : strokes) {
        const cv::Point2d middle = (cv::Point2d(s.a) + cv::Point2d(s.b)) * 0.5;
        const cv::Point2d half = (cv::Point2d(s.b) - cv::Point2d(s.a)) * (0.5 * share);
        s.a = cv::Point(cvRound(middle.x - half.x), cvRound(middle.y - half.y));
        s.b = cv::Point(cvRound(middle.x + half.x), cvRound(middle.y + half.y));
    }
    return strokes;
}

double labelledShare(const cv::Mat& scribbles, uint8_t ignoreIndex) {
    return 1.0 - double(cv::countNonZero(scribbles == ignoreIndex)) / double(scribbles.total());
}

}  // namespace

Scribbles scribblesFromMask(const cv::Mat& mask, uint8_t ignoreIndex,
                            const ScribbleOptions& options, uint64_t key) {
    if (mask.empty() || mask.type() != CV_8UC1)
        throw Error(ErrorCode::InvalidArgument, {},
                    "scribbles are made from a non-empty 8-bit single-channel mask");
    if (!(options.fraction > 0 && options.fraction <= 1))
        throw Error(ErrorCode::InvalidArgument, {},
                    "the scribbles' share of the pixels must be above 0 and at most 1 (got " +
                        std::to_string(options.fraction) + ")");
    Rng rng(Rng::mix(options.seed, key));
    std::vector<Region> regions;
    std::vector<PlannedStroke> strokes;
    planObjectStrokes(mask, ignoreIndex, rng, regions, strokes);
    const size_t objectStrokes = strokes.size();  // stroke i crosses regions[i]
    planBackgroundStrokes(mask, options.backgroundStrokes, rng, regions, strokes);
    // Pointed to only now that the vector of regions no longer grows (and moves).
    for (size_t i = 0; i < strokes.size(); ++i)
        strokes[i].region = &regions[std::min(i, objectStrokes)];

    // Wider strokes until the share is reached, up to a tenth of the image's short side.
    const int widest = std::max(1, std::min(mask.cols, mask.rows) / 10);
    Scribbles result{{}, 0.0, 0};
    for (int width = 1; width <= widest; ++width) {
        result.mask = paint(mask, ignoreIndex, strokes, width);
        result.labelledFraction = labelledShare(result.mask, ignoreIndex);
        result.strokeWidth = width;
        if (result.labelledFraction >= options.fraction) break;
    }
    // The width reached overshoots (one-pixel strokes across many objects already cover more
    // than a small share, or one pixel more width added much): at that width, the shortest
    // strokes that still reach the share (bisection).
    if (result.labelledFraction > 1.25 * options.fraction) {
        const int width = result.strokeWidth;
        double tooShort = 0.0, enough = 1.0;
        for (int step = 0; step < 12; ++step) {
            const double share = 0.5 * (tooShort + enough);
            cv::Mat painted = paint(mask, ignoreIndex, shortened(strokes, share), width);
            const double labelled = labelledShare(painted, ignoreIndex);
            if (labelled >= options.fraction) {
                enough = share;
                result = {std::move(painted), labelled, width};
            } else {
                tooShort = share;
            }
        }
    }
    return result;
}

}  // namespace seg::core
