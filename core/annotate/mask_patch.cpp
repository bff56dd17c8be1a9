#include "core/annotate/mask_patch.h"

#include <algorithm>
#include <cstring>

#include <opencv2/core.hpp>

namespace seg::core {

MaskPatch MaskPatch::diffRegion(const cv::Mat& original, const cv::Mat& mask, cv::Rect region) {
    MaskPatch patch;
    region &= cv::Rect(0, 0, mask.cols, mask.rows);
    // Tiles on a fixed grid, so that patches of neighbouring edits line up.
    const int x0 = region.x / kTile * kTile, y0 = region.y / kTile * kTile;
    for (int y = y0; y < region.y + region.height; y += kTile)
        for (int x = x0; x < region.x + region.width; x += kTile) {
            const cv::Rect tile = cv::Rect(x, y, kTile, kTile) & region;
            if (tile.empty()) continue;
            const cv::Rect local = tile - region.tl();
            const cv::Mat before = original(local), after = mask(tile);
            if (cv::norm(before, after, cv::NORM_INF) == 0) continue;  // no allocation
            patch.m_tiles.push_back({tile, store(before), store(after)});
        }
    return patch;
}

MaskPatch MaskPatch::diff(const cv::Mat& before, const cv::Mat& after, cv::Rect region) {
    region &= cv::Rect(0, 0, before.cols, before.rows);
    return diffRegion(before(region), after, region);
}

cv::Mat MaskPatch::store(const cv::Mat& pixels) {
    // Uniform when the first row is one value and every other row equals the first (memcmp
    // is vectorised; a byte loop over every fill tile would cost more than the fill).
    const uint8_t* first = pixels.ptr<uint8_t>(0);
    const size_t width = static_cast<size_t>(pixels.cols);
    bool uniform = std::all_of(first, first + width, [&](uint8_t v) { return v == first[0]; });
    for (int y = 1; uniform && y < pixels.rows; ++y)
        uniform = std::memcmp(pixels.ptr<uint8_t>(y), first, width) == 0;
    return uniform ? cv::Mat(1, 1, CV_8UC1, cv::Scalar(first[0])) : pixels.clone();
}

void MaskPatch::put(const cv::Mat& stored, cv::Mat target) {
    if (stored.total() == 1 && target.total() != 1)
        target.setTo(stored.at<uint8_t>(0, 0));
    else
        stored.copyTo(target);
}

cv::Mat MaskPatch::expand(const cv::Mat& stored, cv::Size size) {
    cv::Mat full(size, CV_8UC1);
    put(stored, full);
    return full;
}

cv::Rect MaskPatch::alignToTiles(cv::Rect region, cv::Size size) {
    const int x0 = region.x / kTile * kTile, y0 = region.y / kTile * kTile;
    const int x1 = (region.x + region.width + kTile - 1) / kTile * kTile,
              y1 = (region.y + region.height + kTile - 1) / kTile * kTile;
    return cv::Rect(x0, y0, x1 - x0, y1 - y0) & cv::Rect(0, 0, size.width, size.height);
}

void MaskPatch::merge(const MaskPatch& later) {
    for (const auto& tile : later.m_tiles) {
        auto same = std::find_if(m_tiles.begin(), m_tiles.end(),
                                 [&](const Tile& t) { return t.rect == tile.rect; });
        if (same != m_tiles.end())
            same->after = tile.after.clone();
        else
            m_tiles.push_back({tile.rect, tile.before.clone(), tile.after.clone()});
    }
}

cv::Rect MaskPatch::bounds() const {
    cv::Rect r;
    for (const auto& t : m_tiles) r = r.empty() ? t.rect : (r | t.rect);
    return r;
}

size_t MaskPatch::bytes() const {
    size_t n = 0;
    for (const auto& t : m_tiles) n += 2 * t.before.total();
    return n;
}

size_t MaskPatch::changedPixels() const {
    size_t n = 0;
    for (const auto& t : m_tiles)
        n += static_cast<size_t>(
            cv::countNonZero(expand(t.before, t.rect.size()) != expand(t.after, t.rect.size())));
    return n;
}

void MaskPatch::countChange(std::array<int64_t, 256>& delta, bool forward) const {
    auto count = [&](const cv::Mat& stored, const cv::Rect& rect, int64_t sign) {
        if (stored.total() == 1) {  // uniform tile
            delta[stored.at<uint8_t>(0, 0)] += sign * rect.area();
            return;
        }
        for (int y = 0; y < stored.rows; ++y) {
            const uint8_t* row = stored.ptr<uint8_t>(y);
            for (int x = 0; x < stored.cols; ++x) delta[row[x]] += sign;
        }
    };
    for (const auto& t : m_tiles) {
        count(t.after, t.rect, forward ? 1 : -1);
        count(t.before, t.rect, forward ? -1 : 1);
    }
}

void MaskPatch::applyAfter(cv::Mat& mask) const {
    for (const auto& t : m_tiles) put(t.after, mask(t.rect));
}

void MaskPatch::applyBefore(cv::Mat& mask) const {
    for (const auto& t : m_tiles) put(t.before, mask(t.rect));
}

}  // namespace seg::core
