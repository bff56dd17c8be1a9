#include "core/data/image_pair.h"

#include <opencv2/core.hpp>

#include "core/common/error.h"

namespace seg::core {

cv::Mat stackPair(const cv::Mat& before, const cv::Mat& after) {
    if (before.type() != CV_8UC3 || after.type() != CV_8UC3 || before.size() != after.size())
        throw Error(ErrorCode::InvalidArgument, {},
                    "an image pair needs two 8-bit colour images of one size");
    cv::Mat pair;
    cv::merge(std::vector<cv::Mat>{before, after}, pair);
    return pair;
}

std::pair<cv::Mat, cv::Mat> splitPair(const cv::Mat& pair) {
    if (pair.type() != CV_8UC(6))
        throw Error(ErrorCode::InvalidArgument, {}, "not an image pair (6 channels)");
    cv::Mat before(pair.size(), CV_8UC3), after(pair.size(), CV_8UC3);
    const int fromTo[] = {0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5};
    cv::Mat outputs[] = {before, after};
    cv::mixChannels(&pair, 1, outputs, 2, fromTo, 6);
    return {before, after};
}

int stackedImages(const cv::Mat& image) {
    return image.channels() / 3;
}

cv::Mat sceneImage(const cv::Mat& image) {
    return stackedImages(image) == 2 ? splitPair(image).second : image;
}

}  // namespace seg::core
