#include "core/data/shape_drawing.h"

#include <algorithm>
#include <cmath>

#include <string>

#include <opencv2/imgproc.hpp>

#include "core/common/error.h"

namespace seg::core {

namespace {

int colorDistance(const Rgb& a, const Rgb& b) {
    return std::abs(a.r - b.r) + std::abs(a.g - b.g) + std::abs(a.b - b.b);
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

}  // namespace

Rgb randomColor(Rng& rng) {
    return {static_cast<uint8_t>(rng.uniformInt(0, 255)),
            static_cast<uint8_t>(rng.uniformInt(0, 255)),
            static_cast<uint8_t>(rng.uniformInt(0, 255))};
}

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

void drawShape(Rng& rng, ShapeKind kind, const Rgb& color, cv::Mat& image, cv::Mat& mask,
               uint8_t label) {
    const double side = std::min(image.cols, image.rows);
    const cv::Point2d center(rng.uniformReal(0.1, 0.9) * image.cols,
                             rng.uniformReal(0.1, 0.9) * image.rows);
    const cv::Scalar bgr(color.b, color.g, color.r);
    const cv::Scalar value(label);
    switch (kind) {
        case ShapeKind::Circle: {
            const int radius = static_cast<int>(std::lround(side * rng.uniformReal(0.07, 0.18)));
            const cv::Point c(static_cast<int>(std::lround(center.x)),
                              static_cast<int>(std::lround(center.y)));
            cv::circle(image, c, radius, bgr, cv::FILLED, cv::LINE_8);
            cv::circle(mask, c, radius, value, cv::FILLED, cv::LINE_8);
            break;
        }
        case ShapeKind::Rectangle: {
            const auto corners =
                rotatedRectangle(center, side * rng.uniformReal(0.15, 0.4),
                                 side * rng.uniformReal(0.15, 0.4), rng.uniformReal(0, M_PI));
            cv::fillConvexPoly(image, corners, bgr, cv::LINE_8);
            cv::fillConvexPoly(mask, corners, value, cv::LINE_8);
            break;
        }
        case ShapeKind::Triangle: {
            const auto vertices = randomTriangle(rng, center, side * rng.uniformReal(0.12, 0.24));
            cv::fillConvexPoly(image, vertices, bgr, cv::LINE_8);
            cv::fillConvexPoly(mask, vertices, value, cv::LINE_8);
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
            cv::ellipse(mask, c, axes, angle, 0, 360, value, cv::FILLED, cv::LINE_8);
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

void validateSyntheticRanges(int width, int height, int count, int minShapes, int maxShapes,
                             double noiseSigma) {
    auto fail = [](const std::string& d) { throw Error(ErrorCode::InvalidArgument, {}, d); };
    if (width < 16 || height < 16 || width > 8192 || height > 8192)
        fail("image size must be 16 to 8192 pixels per side");
    if (count < 1 || count > 1000000) fail("count must be 1 to 1000000");
    if (minShapes < 1 || maxShapes < minShapes || maxShapes > 64)
        fail("shapes per image must be a range within 1 to 64");
    if (!(noiseSigma >= 0 && noiseSigma <= 64)) fail("noise must be 0 to 64");
}

}  // namespace seg::core
