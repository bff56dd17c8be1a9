#include "core/infer/dense_crf.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <opencv2/imgproc.hpp>

#include "core/common/error.h"
#include "core/infer/permutohedral_lattice.h"

namespace seg::core {

namespace {

void requireSettingInRange(const char* name, double value, DenseCrfRange range) {
    if (!(value >= range.min && value <= range.max)) {
        char text[160];
        std::snprintf(text, sizeof text, "CRF %s must be %g to %g (got %g)", name, range.min,
                      range.max, value);
        throw Error(ErrorCode::InvalidArgument, {}, text);
    }
}

// Pixel-major [points, classes] rows from per-class planes, and back.
std::vector<float> interleave(const std::vector<cv::Mat>& planes) {
    const size_t classes = planes.size(), points = planes[0].total();
    std::vector<float> rows(points * classes);
    for (size_t c = 0; c < classes; ++c) {
        const float* src = planes[c].ptr<float>();
        for (size_t p = 0; p < points; ++p) rows[p * classes + c] = src[p];
    }
    return rows;
}

}  // namespace

bool DenseCrfSettings::operator==(const DenseCrfSettings& o) const {
    return iterations == o.iterations && appearanceWeight == o.appearanceWeight &&
           appearanceSpatial == o.appearanceSpatial && appearanceColour == o.appearanceColour &&
           smoothnessWeight == o.smoothnessWeight && smoothnessSpatial == o.smoothnessSpatial;
}

void validateDenseCrfSettings(const DenseCrfSettings& s) {
    const DenseCrfRanges& r = kDenseCrfRanges;
    requireSettingInRange("iterations", s.iterations, r.iterations);
    requireSettingInRange("appearance weight", s.appearanceWeight, r.appearanceWeight);
    requireSettingInRange("appearance spatial width", s.appearanceSpatial, r.appearanceSpatial);
    requireSettingInRange("appearance colour width", s.appearanceColour, r.appearanceColour);
    requireSettingInRange("smoothness weight", s.smoothnessWeight, r.smoothnessWeight);
    requireSettingInRange("smoothness spatial width", s.smoothnessSpatial, r.smoothnessSpatial);
}

std::string describeDenseCrf(const DenseCrfSettings& s) {
    char text[160];
    std::snprintf(text, sizeof text,
                  "dense CRF: %d iterations, appearance %g/%g/%g, smoothness %g/%g", s.iterations,
                  s.appearanceWeight, s.appearanceSpatial, s.appearanceColour, s.smoothnessWeight,
                  s.smoothnessSpatial);
    return text;
}

std::vector<cv::Mat> refineWithDenseCrf(const cv::Mat& bgr,
                                        const std::vector<cv::Mat>& probabilities,
                                        const DenseCrfSettings& s) {
    validateDenseCrfSettings(s);
    if (bgr.type() != CV_8UC3 || probabilities.size() < 2)
        throw Error(ErrorCode::InvalidArgument, {},
                    "CRF needs a BGR image and two classes or more");
    for (const cv::Mat& p : probabilities)
        if (p.type() != CV_32FC1 || p.size() != bgr.size() || !p.isContinuous())
            throw Error(ErrorCode::InvalidArgument, {},
                        "CRF probabilities must be float maps of the image's size");
    const int width = bgr.cols, height = bgr.rows;
    const size_t classes = probabilities.size(), points = size_t(width) * size_t(height);

    // The appearance kernel's features: position over theta_alpha, colour over theta_beta.
    std::vector<float> features(points * 5);
    for (int y = 0; y < height; ++y) {
        const cv::Vec3b* row = bgr.ptr<cv::Vec3b>(y);
        for (int x = 0; x < width; ++x) {
            float* f = &features[(size_t(y) * size_t(width) + size_t(x)) * 5];
            f[0] = float(x / s.appearanceSpatial);
            f[1] = float(y / s.appearanceSpatial);
            for (int c = 0; c < 3; ++c) f[2 + c] = float(row[x][c] / s.appearanceColour);
        }
    }
    const PermutohedralLattice lattice(features, 5);
    // The kernel's sum at every pixel, to normalise its messages (as Krähenbühl's code does).
    std::vector<float> ones(points, 1.0f), norm(points);
    lattice.filter(ones.data(), norm.data(), 1);
    for (float& n : norm) n = 1.0f / (n + 1e-20f);

    std::vector<float> unary(points * classes);  // -log p
    {
        const std::vector<float> p = interleave(probabilities);
        for (size_t i = 0; i < p.size(); ++i) unary[i] = -std::log(std::max(p[i], 1e-8f));
    }
    std::vector<float> q = interleave(probabilities), appearance(points * classes);
    std::vector<cv::Mat> planes(classes);
    for (int it = 0; it < s.iterations; ++it) {
        lattice.filter(q.data(), appearance.data(), int(classes));
        // Smoothness: a Gaussian blur of each class's map.
        for (size_t c = 0; c < classes; ++c) {
            cv::Mat plane(height, width, CV_32FC1);
            float* dst = plane.ptr<float>();
            for (size_t p = 0; p < points; ++p) dst[p] = q[p * classes + c];
            cv::GaussianBlur(plane, planes[c], cv::Size(), s.smoothnessSpatial, s.smoothnessSpatial,
                             cv::BORDER_REFLECT);
        }
        // Potts: a class gains what the neighbourhood's belief in it says; softmax of the
        // negated energy.
        for (size_t p = 0; p < points; ++p) {
            float* row = &q[p * classes];
            float largest = -1e30f;
            for (size_t c = 0; c < classes; ++c) {
                const float message =
                    float(s.appearanceWeight) * appearance[p * classes + c] * norm[p] +
                    float(s.smoothnessWeight) * planes[c].ptr<float>()[p];
                row[c] = -unary[p * classes + c] + message;
                largest = std::max(largest, row[c]);
            }
            float total = 0.0f;
            for (size_t c = 0; c < classes; ++c) total += row[c] = std::exp(row[c] - largest);
            for (size_t c = 0; c < classes; ++c) row[c] /= total;
        }
    }
    std::vector<cv::Mat> refined(classes);
    for (size_t c = 0; c < classes; ++c) {
        refined[c].create(height, width, CV_32FC1);
        float* dst = refined[c].ptr<float>();
        for (size_t p = 0; p < points; ++p) dst[p] = q[p * classes + c];
    }
    return refined;
}

}  // namespace seg::core
