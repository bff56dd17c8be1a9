#include "core/annotate/mask_tools.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include "core/common/error.h"

namespace seg::core {

namespace {

cv::Rect bounds(const cv::Mat& mask) {
    return {0, 0, mask.cols, mask.rows};
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
    // A band of one tile row at a time: one vectorised write per band, then the band's tiles
    // are compared row by row and only the changed ones copied, so a 10000x10000 fill costs
    // a few passes over memory rather than a dozen OpenCV calls per tile.
    const cv::Rect aligned = MaskPatch::alignToTiles(clipped, mask.size());
    constexpr int kTile = MaskPatch::kTile;
    // Reused between calls: fresh 100 MB buffers would cost more in page faults than the fill.
    thread_local cv::Mat scratchBefore;
    thread_local std::vector<uint64_t> changedWords;
    MaskPatch patch;
    for (int y = aligned.y; y < aligned.y + aligned.height; y += kTile) {
        const cv::Rect band = cv::Rect(aligned.x, y, aligned.width, kTile) & bounds(mask);
        const cv::Rect part = band & clipped;
        if (part.empty()) continue;
        // An empty stamp covers the whole region (rectangles, whole-mask edits).
        const cv::Mat covered = stamp.empty() ? cv::Mat() : stamp(part - region.tl());
        if (!stamp.empty() && cv::countNonZero(covered) == 0) continue;
        scratchBefore.create(band.size(), CV_8UC1);
        mask(band).copyTo(scratchBefore);
        const cv::Mat& before = scratchBefore;
        cv::Mat target = mask(part);
        cv::Mat where = covered;
        if (lock.mode != PaintLock::Mode::Any) {
            const uint8_t allowed =
                lock.mode == PaintLock::Mode::UnlabelledOnly ? lock.ignoreIndex : lock.lockedClass;
            where = covered.empty() ? cv::Mat(target == allowed)
                                    : cv::Mat(covered & (target == allowed));
        }
        if (where.empty())
            target.setTo(value);
        else
            target.setTo(value, where);
        const cv::Mat after = mask(band);
        // Which columns changed in any row of the band, eight at a time (the compiler does
        // not vectorise the byte loop here), then which tiles hold such a column. OpenCV's
        // compare would allocate a band-sized temporary, and fresh large buffers cost page
        // faults.
        const size_t words = (static_cast<size_t>(band.width) + 7) / 8;
        changedWords.assign(words, 0);
        for (int r = 0; r < band.height; ++r) {
            const uint8_t* b = before.ptr<uint8_t>(r);
            const uint8_t* a = after.ptr<uint8_t>(r);
            const size_t full = static_cast<size_t>(band.width) / 8;
            for (size_t w = 0; w < full; ++w) {
                uint64_t x, y;
                std::memcpy(&x, b + 8 * w, 8);
                std::memcpy(&y, a + 8 * w, 8);
                changedWords[w] |= x ^ y;
            }
            for (size_t i = full * 8; i < static_cast<size_t>(band.width); ++i)
                changedWords[full] |= uint64_t(b[i] ^ a[i]);
        }
        for (int x = 0; x < band.width; x += kTile) {
            const size_t first = static_cast<size_t>(x) / 8,
                         last = std::min(words, static_cast<size_t>(x + kTile) / 8);
            if (std::all_of(changedWords.begin() + long(first), changedWords.begin() + long(last),
                            [](uint64_t v) { return v == 0; }))
                continue;
            const cv::Rect local(x, 0, std::min(kTile, band.width - x), band.height);
            patch.add({local + band.tl(), MaskPatch::store(before(local)),
                       MaskPatch::store(after(local))});
        }
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
    // A reused buffer: a fresh one as large as the mask costs its page faults every time.
    thread_local cv::Mat scratch;
    if (scratch.rows < region.height || scratch.cols < region.width)
        scratch.create(std::max(scratch.rows, region.height), std::max(scratch.cols, region.width),
                       CV_8UC1);
    cv::Mat stamp = scratch(cv::Rect(0, 0, region.width, region.height));
    stamp.setTo(0);
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
    return applyStamp(mask, cv::Mat(), region, value, lock);
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
    return applyStamp(mask, cv::Mat(), bounds(mask), to, lock);
}

MaskPatch fillUnlabelled(cv::Mat& mask, uint8_t value, uint8_t ignoreIndex) {
    PaintLock lock;
    lock.mode = PaintLock::Mode::UnlabelledOnly;
    lock.ignoreIndex = ignoreIndex;
    return applyStamp(mask, cv::Mat(), bounds(mask), value, lock);
}

MaskPatch acceptPrediction(cv::Mat& mask, const cv::Mat& predicted, cv::Rect region,
                           int numClasses, uint8_t ignoreIndex, int onlyClass) {
    if (predicted.type() != CV_8UC1 || predicted.size() != mask.size())
        throw Error(ErrorCode::InvalidArgument, {},
                    "a prediction to accept must be a class mask of the mask's size");
    const cv::Rect clipped = region & bounds(mask);
    if (clipped.empty()) return {};
    PaintLock lock;
    lock.mode = PaintLock::Mode::UnlabelledOnly;
    lock.ignoreIndex = ignoreIndex;
    MaskPatch patch;
    for (int c = 0; c < numClasses; ++c)
        if (onlyClass < 0 || c == onlyClass)
            patch.merge(applyStamp(mask, predicted(clipped) == c, clipped, uint8_t(c), lock));
    return patch;
}

}  // namespace seg::core
