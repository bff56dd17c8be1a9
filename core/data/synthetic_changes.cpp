#include "core/data/synthetic_changes.h"

#include <algorithm>
#include <string>
#include <vector>

#include "core/common/error.h"
#include "core/common/rng.h"
#include "core/data/image_io.h"
#include "core/data/shape_drawing.h"

namespace seg::core {

namespace fs = std::filesystem;

namespace {

enum class Fate { Kept, Vanished, Moved };

// One shape of the before image: what it is, and the generator state that draws its
// geometry, so the after image can draw it again exactly.
struct PlacedShape {
    ShapeKind kind;
    Rgb color;
    Rng geometry;
    Fate fate;
};

void validateChangeOptions(const SyntheticChangesOptions& o) {
    validateSyntheticRanges(o.width, o.height, o.count, o.minShapes, o.maxShapes, o.noiseSigma);
    if (!(o.colourDrift >= 0 && o.colourDrift <= 1))
        throw Error(ErrorCode::InvalidArgument, {}, "colour drift must be 0 to 1");
}

// The after date's light: a gain and an offset per channel.
void driftColours(Rng& rng, cv::Mat& image, double drift) {
    if (drift <= 0) return;
    std::vector<cv::Mat> channels;
    cv::split(image, channels);
    for (cv::Mat& c : channels)
        c.convertTo(c, CV_8U, rng.uniformReal(1.0 - 0.5 * drift, 1.0 + 0.5 * drift),
                    rng.uniformReal(-40.0 * drift, 40.0 * drift));
    cv::merge(channels, image);
}

}  // namespace

ClassMap syntheticChangeClasses() {
    return ClassMap({"unchanged", "change"});
}

SyntheticChangePair generateChangePair(const SyntheticChangesOptions& options, int index) {
    validateChangeOptions(options);
    Rng rng(Rng::mix(options.seed ^ 0xC4A9, static_cast<uint64_t>(index)));
    const Rgb background = randomColor(rng);
    const cv::Scalar backgroundBgr(background.b, background.g, background.r);
    SyntheticChangePair pair;
    pair.before = cv::Mat(options.height, options.width, CV_8UC3, backgroundBgr);
    pair.after = pair.before.clone();
    // Which shape covers each pixel: the change is where the two dates disagree.
    cv::Mat ownerBefore = cv::Mat::zeros(options.height, options.width, CV_8UC1);
    cv::Mat ownerAfter = ownerBefore.clone();

    std::vector<PlacedShape> shapes;
    std::vector<DrawnShape> drawn;
    const int count = rng.uniformInt(options.minShapes, options.maxShapes);
    for (int i = 0; i < count; ++i) {
        const auto kind = static_cast<ShapeKind>(rng.uniformInt(1, 4));
        const Rgb color = distinctColor(rng, background, drawn);
        drawn.push_back({kind, color});
        const double roll = rng.uniformReal(0, 1);
        const Fate fate = roll < 0.6 ? Fate::Kept : roll < 0.8 ? Fate::Vanished : Fate::Moved;
        shapes.push_back({kind, color, Rng(rng.next()), fate});
    }
    const int appearing = rng.uniformInt(0, 2);
    uint8_t owner = 0;
    for (PlacedShape& s : shapes) {
        ++owner;
        Rng before = s.geometry;
        drawShape(before, s.kind, s.color, pair.before, ownerBefore, owner);
        if (s.fate == Fate::Vanished) continue;
        // A moved shape keeps its owner: where its old and new places overlap, nothing
        // changed; the pixels it leaves and the pixels it takes did.
        Rng after = s.fate == Fate::Kept ? s.geometry : Rng(rng.next());
        drawShape(after, s.kind, s.color, pair.after, ownerAfter, owner);
    }
    for (int i = 0; i < appearing; ++i) {
        const auto kind = static_cast<ShapeKind>(rng.uniformInt(1, 4));
        const Rgb color = distinctColor(rng, background, drawn);
        drawn.push_back({kind, color});
        Rng geometry(rng.next());
        drawShape(geometry, kind, color, pair.after, ownerAfter, uint8_t(200 + i));
    }
    pair.change = ownerBefore != ownerAfter;  // 255 where they differ
    pair.change /= 255;
    driftColours(rng, pair.after, options.colourDrift);
    if (options.noiseSigma > 0) {
        addNoise(rng, pair.before, options.noiseSigma);
        addNoise(rng, pair.after, options.noiseSigma);
    }
    return pair;
}

bool writeChangePairsDataset(const fs::path& folder, const SyntheticChangesOptions& options,
                             const std::function<bool(int, int)>& onProgress) {
    validateChangeOptions(options);
    std::error_code ec;
    for (const char* sub : {"A", "B", "label"})
        if (!ec) fs::create_directories(folder / sub, ec);
    if (ec) throw Error(ErrorCode::WriteFailed, folder, "cannot create folder: " + ec.message());
    const size_t digits = std::max<size_t>(4, std::to_string(options.count - 1).size());
    for (int i = 0; i < options.count; ++i) {
        if (onProgress && !onProgress(i, options.count)) return false;
        const std::string number = std::to_string(i);
        const std::string name =
            "pair_" + std::string(digits - number.size(), '0') + number + ".png";
        const SyntheticChangePair pair = generateChangePair(options, i);
        writeImagePng(folder / "A" / name, pair.before);
        writeImagePng(folder / "B" / name, pair.after);
        writeImagePng(folder / "label" / name, pair.change * 255);
    }
    if (onProgress) onProgress(options.count, options.count);
    return true;
}

}  // namespace seg::core
