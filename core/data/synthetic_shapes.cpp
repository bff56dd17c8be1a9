#include "core/data/synthetic_shapes.h"

#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

#include "core/common/atomic_file.h"
#include "core/common/error.h"
#include "core/common/rng.h"
#include "core/data/image_io.h"
#include "core/data/mask_io.h"

namespace seg::core {

namespace fs = std::filesystem;

namespace {

int colorDistance(const Rgb& a, const Rgb& b) {
    return std::abs(a.r - b.r) + std::abs(a.g - b.g) + std::abs(a.b - b.b);
}

Rgb randomColor(Rng& rng) {
    return {static_cast<uint8_t>(rng.uniformInt(0, 255)),
            static_cast<uint8_t>(rng.uniformInt(0, 255)),
            static_cast<uint8_t>(rng.uniformInt(0, 255))};
}

// A colour clearly apart from the background and from the shapes already drawn, so every
// shape stays visible and (without noise) each pixel's colour tells which shape drew it.
Rgb distinctColor(Rng& rng, const Rgb& background, const std::vector<DrawnShape>& shapes) {
    Rgb best = randomColor(rng);
    for (int attempt = 0; attempt < 64; ++attempt) {
        bool ok = colorDistance(best, background) >= 120;
        for (const auto& s : shapes) ok = ok && colorDistance(best, s.color) >= 24;
        if (ok) break;
        best = randomColor(rng);
    }
    return best;
}

std::vector<cv::Point> rotatedRectangle(cv::Point2d center, double w, double h, double angle) {
    const double c = std::cos(angle), s = std::sin(angle);
    std::vector<cv::Point> corners;
    for (auto [dx, dy] : {std::pair{-0.5, -0.5}, {0.5, -0.5}, {0.5, 0.5}, {-0.5, 0.5}}) {
        const double x = dx * w, y = dy * h;
        corners.emplace_back(static_cast<int>(std::lround(center.x + c * x - s * y)),
                             static_cast<int>(std::lround(center.y + s * x + c * y)));
    }
    return corners;
}

std::vector<cv::Point> randomTriangle(Rng& rng, cv::Point2d center, double radius) {
    // Three vertices at spread-out angles, so the triangle is never a sliver.
    const double start = rng.uniformReal(0, 2 * M_PI);
    std::vector<cv::Point> vertices;
    for (int i = 0; i < 3; ++i) {
        const double angle = start + i * 2 * M_PI / 3 + rng.uniformReal(-0.35, 0.35);
        const double r = radius * rng.uniformReal(0.75, 1.0);
        vertices.emplace_back(static_cast<int>(std::lround(center.x + r * std::cos(angle))),
                              static_cast<int>(std::lround(center.y + r * std::sin(angle))));
    }
    return vertices;
}

// Draws one shape into the image (colour) and the mask (class) with identical rasterisation.
void drawShape(Rng& rng, ShapeKind kind, const Rgb& color, cv::Mat& image, cv::Mat& mask) {
    const double side = std::min(image.cols, image.rows);
    const cv::Point2d center(rng.uniformReal(0.1, 0.9) * image.cols,
                             rng.uniformReal(0.1, 0.9) * image.rows);
    const cv::Scalar bgr(color.b, color.g, color.r);
    const cv::Scalar label(static_cast<double>(kind));
    switch (kind) {
        case ShapeKind::Circle: {
            const int radius = static_cast<int>(std::lround(side * rng.uniformReal(0.07, 0.18)));
            const cv::Point c(static_cast<int>(std::lround(center.x)),
                              static_cast<int>(std::lround(center.y)));
            cv::circle(image, c, radius, bgr, cv::FILLED, cv::LINE_8);
            cv::circle(mask, c, radius, label, cv::FILLED, cv::LINE_8);
            break;
        }
        case ShapeKind::Rectangle: {
            const auto corners =
                rotatedRectangle(center, side * rng.uniformReal(0.15, 0.4),
                                 side * rng.uniformReal(0.15, 0.4), rng.uniformReal(0, M_PI));
            cv::fillConvexPoly(image, corners, bgr, cv::LINE_8);
            cv::fillConvexPoly(mask, corners, label, cv::LINE_8);
            break;
        }
        case ShapeKind::Triangle: {
            const auto vertices = randomTriangle(rng, center, side * rng.uniformReal(0.12, 0.24));
            cv::fillConvexPoly(image, vertices, bgr, cv::LINE_8);
            cv::fillConvexPoly(mask, vertices, label, cv::LINE_8);
            break;
        }
        case ShapeKind::Ellipse: {
            // Clearly elongated (axis ratio 1.6 to 3), so it is never mistaken for a circle.
            const double major = side * rng.uniformReal(0.1, 0.22);
            const cv::Size axes(static_cast<int>(std::lround(major)),
                                static_cast<int>(std::lround(major / rng.uniformReal(1.6, 3.0))));
            const cv::Point c(static_cast<int>(std::lround(center.x)),
                              static_cast<int>(std::lround(center.y)));
            const double angle = rng.uniformReal(0, 180);
            cv::ellipse(image, c, axes, angle, 0, 360, bgr, cv::FILLED, cv::LINE_8);
            cv::ellipse(mask, c, axes, angle, 0, 360, label, cv::FILLED, cv::LINE_8);
            break;
        }
    }
}

void addNoise(Rng& rng, cv::Mat& image, double sigma) {
    for (int y = 0; y < image.rows; ++y) {
        auto* row = image.ptr<uint8_t>(y);
        for (int x = 0; x < image.cols * 3; ++x)
            row[x] = cv::saturate_cast<uint8_t>(row[x] + sigma * rng.normal());
    }
}

void validate(const SyntheticShapesOptions& o) {
    auto fail = [](const std::string& d) { throw Error(ErrorCode::InvalidArgument, {}, d); };
    if (o.width < 16 || o.height < 16 || o.width > 8192 || o.height > 8192)
        fail("image size must be 16 to 8192 pixels per side");
    if (o.count < 1 || o.count > 1000000) fail("count must be 1 to 1000000");
    if (o.minShapes < 1 || o.maxShapes < o.minShapes || o.maxShapes > 64)
        fail("shapes per image must be a range within 1 to 64");
    if (!(o.noiseSigma >= 0 && o.noiseSigma <= 64)) fail("noise must be 0 to 64");
}

}  // namespace

ClassMap syntheticShapesClasses() {
    return ClassMap({"background", "circle", "rectangle", "triangle", "ellipse"});
}

SyntheticSample generateShapesSample(const SyntheticShapesOptions& options, int index) {
    validate(options);
    Rng rng(Rng::mix(options.seed, static_cast<uint64_t>(index)));
    SyntheticSample s;
    s.background = randomColor(rng);
    s.image = cv::Mat(options.height, options.width, CV_8UC3,
                      cv::Scalar(s.background.b, s.background.g, s.background.r));
    s.mask = cv::Mat::zeros(options.height, options.width, CV_8UC1);
    const int shapes = rng.uniformInt(options.minShapes, options.maxShapes);
    for (int i = 0; i < shapes; ++i) {
        const auto kind = static_cast<ShapeKind>(rng.uniformInt(1, 4));
        const Rgb color = distinctColor(rng, s.background, s.shapes);
        drawShape(rng, kind, color, s.image, s.mask);
        s.shapes.push_back({kind, color});
    }
    if (options.noiseSigma > 0) addNoise(rng, s.image, options.noiseSigma);
    return s;
}

bool writeShapesDataset(const fs::path& folder, const SyntheticShapesOptions& options,
                        const std::function<bool(int, int)>& onProgress) {
    validate(options);
    std::error_code ec;
    fs::create_directories(folder / "images", ec);
    if (!ec) fs::create_directories(folder / "masks", ec);
    if (ec) throw Error(ErrorCode::WriteFailed, folder, "cannot create folder: " + ec.message());
    const ClassMap classes = syntheticShapesClasses();
    classes.save(folder / "classes.json");
    std::string labels;
    for (const auto& name : classes.names()) labels += name + "\n";
    writeTextAtomically(folder / "labels.txt", labels);

    const size_t digits = std::max<size_t>(4, std::to_string(options.count - 1).size());
    for (int i = 0; i < options.count; ++i) {
        if (onProgress && !onProgress(i, options.count)) return false;
        const std::string number = std::to_string(i);
        const std::string name =
            "shape_" + std::string(digits - number.size(), '0') + number + ".png";
        const SyntheticSample s = generateShapesSample(options, i);
        writeImagePng(folder / "images" / name, s.image);
        writeMask(folder / "masks" / name, s.mask, classes);
    }
    if (onProgress) onProgress(options.count, options.count);
    return true;
}

}  // namespace seg::core
