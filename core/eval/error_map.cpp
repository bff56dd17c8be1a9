#include "core/eval/error_map.h"

#include "core/common/error.h"

namespace seg::core {

namespace {

ErrorKind kindOf(uint8_t predicted, uint8_t truth, uint8_t ignore) {
    if (truth == ignore) return ErrorKind::Ignored;
    if (predicted == truth) return ErrorKind::Correct;
    if (predicted == ignore) return ErrorKind::Missed;  // the prediction says nothing there
    if (truth == 0) return ErrorKind::FalseAlarm;
    if (predicted == 0) return ErrorKind::Missed;
    return ErrorKind::WrongClass;
}

}  // namespace

ErrorMap computeErrorMap(const cv::Mat& prediction, const cv::Mat& groundTruth,
                         uint8_t ignoreIndex) {
    if (prediction.size() != groundTruth.size() || prediction.type() != CV_8UC1 ||
        groundTruth.type() != CV_8UC1)
        throw Error(ErrorCode::SizeMismatch, {},
                    "the prediction and the ground truth differ in size or type");
    ErrorMap map;
    map.kinds.create(groundTruth.size(), CV_8UC1);
    for (int y = 0; y < groundTruth.rows; ++y) {
        const uint8_t* p = prediction.ptr<uint8_t>(y);
        const uint8_t* t = groundTruth.ptr<uint8_t>(y);
        uint8_t* out = map.kinds.ptr<uint8_t>(y);
        for (int x = 0; x < groundTruth.cols; ++x) {
            const ErrorKind kind = kindOf(p[x], t[x], ignoreIndex);
            out[x] = static_cast<uint8_t>(kind);
            ++map.counts[static_cast<size_t>(kind)];
        }
    }
    return map;
}

}  // namespace seg::core
