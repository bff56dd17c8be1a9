#include "core/train/augment.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include <opencv2/imgproc.hpp>

namespace seg::core {

namespace {

// Runs `op` on each BGR image `image` stacks (one, or both of a pair): some OpenCV
// operations take at most four channels.
template <typename Op>
void perImage(cv::Mat& image, Op&& op) {
    if (image.channels() <= 4) {
        op(image);
        return;
    }
    std::vector<cv::Mat> parts(size_t(image.channels() / 3));
    for (size_t i = 0; i < parts.size(); ++i) {
        parts[i].create(image.size(), CV_MAKETYPE(image.depth(), 3));
        const int first = int(i) * 3;
        const int fromTo[] = {first, 0, first + 1, 1, first + 2, 2};
        cv::mixChannels(&image, 1, &parts[i], 1, fromTo, 3);
        op(parts[i]);
    }
    cv::merge(parts, image);
}

void padTo(cv::Mat& image, cv::Mat& mask, cv::Size size, uint8_t ignoreIndex) {
    const int bottom = std::max(0, size.height - image.rows),
              right = std::max(0, size.width - image.cols);
    if (bottom == 0 && right == 0) return;
    perImage(image, [&](cv::Mat& part) {
        cv::copyMakeBorder(part, part, 0, bottom, 0, right, cv::BORDER_CONSTANT,
                           cv::Scalar::all(0));
    });
    cv::copyMakeBorder(mask, mask, 0, bottom, 0, right, cv::BORDER_CONSTANT,
                       cv::Scalar(ignoreIndex));
}

void cropAt(cv::Mat& image, cv::Mat& mask, cv::Rect roi) {
    image = image(roi).clone();
    mask = mask(roi).clone();
}

// Pads to at least `size`, then cuts a window of `size` at a random place.
void randomCrop(cv::Mat& image, cv::Mat& mask, cv::Size size, uint8_t ignoreIndex, Rng& rng) {
    padTo(image, mask, size, ignoreIndex);
    if (image.size() == size) return;
    cropAt(image, mask,
           cv::Rect(rng.uniformInt(0, image.cols - size.width),
                    rng.uniformInt(0, image.rows - size.height), size.width, size.height));
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
    const cv::Size original = image.size();
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
        perImage(image, [&](cv::Mat& part) {
            cv::warpAffine(part, part, rotation, part.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT,
                           cv::Scalar::all(0));
        });
        cv::warpAffine(mask, mask, rotation, mask.size(), cv::INTER_NEAREST, cv::BORDER_CONSTANT,
                       cv::Scalar(ignoreIndex));
    }
    // Whole-image training keeps each image's size, so that same-size images still batch.
    randomCrop(image, mask, cropSize > 0 ? cv::Size(cropSize, cropSize) : original, ignoreIndex,
               rng);
    if (c.horizontalFlip && rng.uniformInt(0, 1)) {
        cv::flip(image, image, 1);
        cv::flip(mask, mask, 1);
    }
    if (c.verticalFlip && rng.uniformInt(0, 1)) {
        cv::flip(image, image, 0);
        cv::flip(mask, mask, 0);
    }
    // Each image of a pair drifts on its own, as the light of two dates does.
    perImage(image, [&](cv::Mat& part) { jitterColour(part, c, rng); });
}

void centerCropPair(cv::Mat& image, cv::Mat& mask, int cropSize, uint8_t ignoreIndex) {
    if (cropSize <= 0) return;
    padTo(image, mask, cv::Size(cropSize, cropSize), ignoreIndex);
    cropAt(image, mask,
           cv::Rect((image.cols - cropSize) / 2, (image.rows - cropSize) / 2, cropSize, cropSize));
}

}  // namespace seg::core
