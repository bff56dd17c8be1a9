#include "core/train/augment.h"

#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

namespace seg::core {

namespace {

void padTo(cv::Mat& image, cv::Mat& mask, int side, uint8_t ignoreIndex) {
    const int bottom = std::max(0, side - image.rows), right = std::max(0, side - image.cols);
    if (bottom == 0 && right == 0) return;
    cv::copyMakeBorder(image, image, 0, bottom, 0, right, cv::BORDER_CONSTANT, cv::Scalar::all(0));
    cv::copyMakeBorder(mask, mask, 0, bottom, 0, right, cv::BORDER_CONSTANT,
                       cv::Scalar(ignoreIndex));
}

void cropAt(cv::Mat& image, cv::Mat& mask, int x, int y, int side) {
    const cv::Rect roi(x, y, side, side);
    image = image(roi).clone();
    mask = mask(roi).clone();
}

void jitterColour(cv::Mat& image, const AugmentConfig& c, Rng& rng) {
    const double brightness =
        c.brightness > 0 ? rng.uniformReal(-c.brightness, c.brightness) * 255.0 : 0.0;
    const double contrast =
        c.contrast > 0 ? rng.uniformReal(1.0 - c.contrast, 1.0 + c.contrast) : 1.0;
    const double saturation =
        c.saturation > 0 ? rng.uniformReal(1.0 - c.saturation, 1.0 + c.saturation) : 1.0;
    if (brightness == 0.0 && contrast == 1.0 && saturation == 1.0) return;
    cv::Mat f;
    image.convertTo(f, CV_32FC3);
    if (saturation != 1.0) {
        cv::Mat grey, grey3;
        cv::cvtColor(f, grey, cv::COLOR_BGR2GRAY);
        cv::cvtColor(grey, grey3, cv::COLOR_GRAY2BGR);
        f = grey3 + (f - grey3) * saturation;
    }
    const cv::Scalar mean = cv::mean(f);
    f = (f - mean) * contrast + mean + cv::Scalar::all(brightness);
    f.convertTo(image, CV_8UC3);  // saturates to 0..255
}

}  // namespace

void augmentPair(cv::Mat& image, cv::Mat& mask, const AugmentConfig& c, int cropSize,
                 uint8_t ignoreIndex, Rng& rng) {
    const double scale =
        c.scaleMax > c.scaleMin ? rng.uniformReal(c.scaleMin, c.scaleMax) : c.scaleMin;
    if (scale != 1.0) {
        const cv::Size size(std::max(1, int(std::lround(image.cols * scale))),
                            std::max(1, int(std::lround(image.rows * scale))));
        cv::resize(image, image, size, 0, 0, cv::INTER_LINEAR);
        cv::resize(mask, mask, size, 0, 0, cv::INTER_NEAREST);
    }
    if (c.rotationDegrees > 0) {
        const double angle = rng.uniformReal(-c.rotationDegrees, c.rotationDegrees);
        const cv::Mat rotation =
            cv::getRotationMatrix2D(cv::Point2f(image.cols / 2.0f, image.rows / 2.0f), angle, 1.0);
        cv::warpAffine(image, image, rotation, image.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT,
                       cv::Scalar::all(0));
        cv::warpAffine(mask, mask, rotation, mask.size(), cv::INTER_NEAREST, cv::BORDER_CONSTANT,
                       cv::Scalar(ignoreIndex));
    }
    if (cropSize > 0) {
        padTo(image, mask, cropSize, ignoreIndex);
        cropAt(image, mask, rng.uniformInt(0, image.cols - cropSize),
               rng.uniformInt(0, image.rows - cropSize), cropSize);
    }
    if (c.horizontalFlip && rng.uniformInt(0, 1)) {
        cv::flip(image, image, 1);
        cv::flip(mask, mask, 1);
    }
    if (c.verticalFlip && rng.uniformInt(0, 1)) {
        cv::flip(image, image, 0);
        cv::flip(mask, mask, 0);
    }
    jitterColour(image, c, rng);
}

void centerCropPair(cv::Mat& image, cv::Mat& mask, int cropSize, uint8_t ignoreIndex) {
    if (cropSize <= 0) return;
    padTo(image, mask, cropSize, ignoreIndex);
    cropAt(image, mask, (image.cols - cropSize) / 2, (image.rows - cropSize) / 2, cropSize);
}

}  // namespace seg::core
