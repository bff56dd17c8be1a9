#pragma once
// What one edit changed in a mask, kept as the 64x64 tiles that differ (before and after),
// never as a whole mask: a long diagonal stroke over an 8000x8000 mask costs a few
// megabytes, not the mask's 64. Undo and redo apply it exactly; the autosave journal
// stores it. Toolkit-free; any thread, one mask per thread.

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

#include <opencv2/core/mat.hpp>

namespace seg::core {

class MaskPatch {
public:
    static constexpr int kTile = 64;

    // A tile's pixels before and after the edit: CV_8UC1 of rect.size(), or 1x1 when every
    // pixel has that one value (the inside of a big fill costs two bytes, not 8 KB).
    struct Tile {
        cv::Rect rect;  // inside the mask
        cv::Mat before, after;
    };

    // The stored form of a tile's pixels: a 1x1 copy when uniform, else a full copy.
    static cv::Mat store(const cv::Mat& pixels);
    // Writes stored pixels into `target` (of the tile's size).
    static void put(const cv::Mat& stored, cv::Mat target);
    // Stored pixels at full size.
    static cv::Mat expand(const cv::Mat& stored, cv::Size size);

    // The tiles of `region` where `before` and `after` (same size, CV_8UC1) differ.
    static MaskPatch diff(const cv::Mat& before, const cv::Mat& after, cv::Rect region);
    // Same, for an edit made in place on `mask`: `original` holds region's pixels from
    // before the edit (original.size() == region.size()).
    static MaskPatch diffRegion(const cv::Mat& original, const cv::Mat& mask, cv::Rect region);

    bool empty() const { return m_tiles.empty(); }
    const std::vector<Tile>& tiles() const { return m_tiles; }
    cv::Rect bounds() const;  // union of the tiles; empty for an empty patch
    size_t bytes() const;     // pixel data held
    size_t changedPixels() const;
    // Adds to `delta[v]` how many more pixels hold value v after the patch than before it
    // (forward) or after undoing it (backward): class counts follow edits without a recount.
    void countChange(std::array<int64_t, 256>& delta, bool forward) const;

    void applyAfter(cv::Mat& mask) const;   // redo
    void applyBefore(cv::Mat& mask) const;  // undo

    // Adds a tile the caller compared itself (rect on the grid, before != after).
    void add(Tile tile) { m_tiles.push_back(std::move(tile)); }

    // Folds a later edit into this one (the segments of one stroke): a tile both touch
    // keeps this patch's before and takes the later after.
    void merge(const MaskPatch& later);

    // The region grown to whole tiles of the grid (clipped to `size`): edits snapshot this,
    // so that every patch holds whole grid tiles and patches merge tile by tile.
    static cv::Rect alignToTiles(cv::Rect region, cv::Size size);

private:
    std::vector<Tile> m_tiles;
};

}  // namespace seg::core
