#include "core/annotate/mask_tools.h"

#include <algorithm>
#include <cmath>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

namespace seg::core {

namespace {

cv::Rect bounds(const cv::Mat& mask) {
    return {0, 0, mask.cols, mask.rows};
}

// Stops at the first covered pixel (cv::countNonZero would count them all).
bool anyNonZero(const cv::Mat& m) {
    for (int y = 0; y < m.rows; ++y) {
        const uint8_t* row = m.ptr<uint8_t>(y);
        if (std::find_if(row, row + m.cols, [](uint8_t v) { return v != 0; }) != row + m.cols)
            return true;
    }
    return false;
}

// Fixed-point drawing: 4 fractional bits, so a brush lands where the pointer is, not at the
// nearest whole pixel (that rounding is what makes stair steps).
constexpr int kShift = 4;
constexpr float kScale = 1 << kShift;

cv::Point fixedPoint(cv::Point2f p, cv::Point origin) {
    return {static_cast<int>(std::lround((p.x - origin.x) * kScale)),
            static_cast<int>(std::lround((p.y - origin.y) * kScale))};
}

void stampSegment(cv::Mat& stamp, cv::Point origin, cv::Point2f a, cv::Point2f b,
                  const Brush& brush) {
    const float r = std::max(0.5f, brush.diameter / 2.0f);
    if (brush.diameter <= 1.0f) {
        // Single-pixel brush: an 8-connected line through pixel centres.
        cv::line(stamp, cv::Point(std::lround(a.x) - origin.x, std::lround(a.y) - origin.y),
                 cv::Point(std::lround(b.x) - origin.x, std::lround(b.y) - origin.y),
                 cv::Scalar(255), 1, cv::LINE_8);
        return;
    }
    if (brush.shape == BrushShape::Round) {
        const int radius = static_cast<int>(std::lround((r - 0.5f) * kScale));
        cv::circle(stamp, fixedPoint(a, origin), radius, cv::Scalar(255), cv::FILLED, cv::LINE_8,
                   kShift);
        cv::circle(stamp, fixedPoint(b, origin), radius, cv::Scalar(255), cv::FILLED, cv::LINE_8,
                   kShift);
        // The band between the two discs: a quadrilateral of the brush's width.
        const cv::Point2f d = b - a;
        const float length = std::hypot(d.x, d.y);
        if (length > 0) {
            const cv::Point2f n(-d.y / length * (r - 0.5f), d.x / length * (r - 0.5f));
            const cv::Point band[] = {fixedPoint(a + n, origin), fixedPoint(b + n, origin),
                                      fixedPoint(b - n, origin), fixedPoint(a - n, origin)};
            cv::fillConvexPoly(stamp, band, 4, cv::Scalar(255), cv::LINE_8, kShift);
        }
        return;
    }
    // Square brush: the convex hull of the square at both ends.
    const float h = r - 0.5f;
    std::vector<cv::Point2f> corners;
    for (const cv::Point2f& c : {a, b})
        for (const cv::Point2f& o :
             {cv::Point2f(-h, -h), cv::Point2f(h, -h), cv::Point2f(h, h), cv::Point2f(-h, h)})
            corners.push_back(c + o);
    std::vector<cv::Point2f> hull;
    cv::convexHull(corners, hull);
    std::vector<cv::Point> fixed;
    for (const auto& p : hull) fixed.push_back(fixedPoint(p, origin));
    cv::fillConvexPoly(stamp, fixed, cv::Scalar(255), cv::LINE_8, kShift);
}

}  // namespace

MaskPatch applyStamp(cv::Mat& mask, const cv::Mat& stamp, cv::Rect region, uint8_t value,
                     const PaintLock& lock) {
    const cv::Rect clipped = region & bounds(mask);
    if (clipped.empty()) return {};
    // Tile by tile over the grid: only tiles the stamp covers are copied (before and after),
    // so a huge polygon costs a few passes over the pixels it fills and nothing else.
    const cv::Rect aligned = MaskPatch::alignToTiles(clipped, mask.size());
    constexpr int kTile = MaskPatch::kTile;
    MaskPatch patch;
    for (int y = aligned.y; y < aligned.y + aligned.height; y += kTile)
        for (int x = aligned.x; x < aligned.x + aligned.width; x += kTile) {
            const cv::Rect tile = cv::Rect(x, y, kTile, kTile) & bounds(mask);
            const cv::Rect part = tile & clipped;
            if (part.empty()) continue;
            const cv::Mat covered = stamp(part - region.tl());
            if (!anyNonZero(covered)) continue;
            cv::Mat before = mask(tile).clone();
            cv::Mat target = mask(part);
            switch (lock.mode) {
                case PaintLock::Mode::Any:
                    target.setTo(value, covered);
                    break;
                case PaintLock::Mode::UnlabelledOnly:
                    target.setTo(value, covered & (target == lock.ignoreIndex));
                    break;
                case PaintLock::Mode::ClassOnly:
                    target.setTo(value, covered & (target == lock.lockedClass));
                    break;
            }
            if (cv::norm(before, mask(tile), cv::NORM_INF) == 0) continue;
            patch.add({tile, std::move(before), mask(tile).clone()});
        }
    return patch;
}

MaskPatch paintSegment(cv::Mat& mask, cv::Point2f a, cv::Point2f b, const Brush& brush,
                       uint8_t value, const PaintLock& lock) {
    return paintStroke(mask, {a, b}, brush, value, lock);
}

MaskPatch paintStroke(cv::Mat& mask, const std::vector<cv::Point2f>& points, const Brush& brush,
                      uint8_t value, const PaintLock& lock) {
    if (points.empty()) return {};
    const int margin = static_cast<int>(std::ceil(brush.diameter / 2.0f)) + 2;
    float x0 = points[0].x, y0 = points[0].y, x1 = x0, y1 = y0;
    for (const auto& p : points) {
        x0 = std::min(x0, p.x);
        y0 = std::min(y0, p.y);
        x1 = std::max(x1, p.x);
        y1 = std::max(y1, p.y);
    }
    const cv::Rect region(static_cast<int>(std::floor(x0)) - margin,
                          static_cast<int>(std::floor(y0)) - margin,
                          static_cast<int>(std::ceil(x1 - x0)) + 2 * margin + 1,
                          static_cast<int>(std::ceil(y1 - y0)) + 2 * margin + 1);
    if ((region & bounds(mask)).empty()) return {};
    cv::Mat stamp(region.size(), CV_8UC1, cv::Scalar(0));
    if (points.size() == 1) stampSegment(stamp, region.tl(), points[0], points[0], brush);
    for (size_t i = 1; i < points.size(); ++i)
        stampSegment(stamp, region.tl(), points[i - 1], points[i], brush);
    return applyStamp(mask, stamp, region, value, lock);
}

MaskPatch fillPolygon(cv::Mat& mask, const std::vector<cv::Point>& polygon, uint8_t value,
                      const PaintLock& lock) {
    if (polygon.size() < 3) return {};
    const cv::Rect region = cv::boundingRect(polygon) & bounds(mask);
    if (region.empty()) return {};
    cv::Mat stamp(region.size(), CV_8UC1, cv::Scalar(0));
    std::vector<cv::Point> local;
    local.reserve(polygon.size());
    for (const auto& p : polygon) local.push_back(p - region.tl());
    const cv::Point* pts = local.data();
    const int n = static_cast<int>(local.size());
    cv::fillPoly(stamp, &pts, &n, 1, cv::Scalar(255), cv::LINE_8);
    return applyStamp(mask, stamp, region, value, lock);
}

MaskPatch fillRectangle(cv::Mat& mask, cv::Rect rect, uint8_t value, const PaintLock& lock) {
    const cv::Rect region = rect & bounds(mask);
    if (region.empty()) return {};
    return applyStamp(mask, cv::Mat(region.size(), CV_8UC1, cv::Scalar(255)), region, value, lock);
}

MaskPatch floodFill(cv::Mat& mask, const cv::Mat& image, cv::Point seed, double tolerance,
                    uint8_t value, const PaintLock& lock) {
    if (!bounds(mask).contains(seed)) return {};
    // OpenCV marks the filled region in a mask one pixel larger on every side.
    cv::Mat region(mask.rows + 2, mask.cols + 2, CV_8UC1, cv::Scalar(0));
    cv::Rect touched;
    const int flags = 4 | cv::FLOODFILL_MASK_ONLY | cv::FLOODFILL_FIXED_RANGE | (255 << 8);
    if (!image.empty() && image.size() == mask.size()) {
        const cv::Scalar diff = cv::Scalar::all(std::clamp(tolerance, 0.0, 255.0));
        cv::floodFill(image, region, seed, cv::Scalar(), &touched, diff, diff, flags);
    } else {
        cv::floodFill(mask, region, seed, cv::Scalar(), &touched, cv::Scalar(0), cv::Scalar(0),
                      flags);
    }
    if (touched.empty()) return {};
    const cv::Mat stamp = region(touched + cv::Point(1, 1));
    return applyStamp(mask, stamp, touched, value, lock);
}

MaskPatch replaceClass(cv::Mat& mask, uint8_t from, uint8_t to) {
    PaintLock lock;
    lock.mode = PaintLock::Mode::ClassOnly;
    lock.lockedClass = from;
    return applyStamp(mask, cv::Mat(mask.size(), CV_8UC1, cv::Scalar(255)), bounds(mask), to, lock);
}

MaskPatch fillUnlabelled(cv::Mat& mask, uint8_t value, uint8_t ignoreIndex) {
    PaintLock lock;
    lock.mode = PaintLock::Mode::UnlabelledOnly;
    lock.ignoreIndex = ignoreIndex;
    return applyStamp(mask, cv::Mat(mask.size(), CV_8UC1, cv::Scalar(255)), bounds(mask), value,
                      lock);
}

}  // namespace seg::core
