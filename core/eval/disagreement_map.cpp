#include "core/eval/disagreement_map.h"

#include "core/common/error.h"

namespace seg::core {

DisagreementMap computeDisagreement(const cv::Mat& first, const cv::Mat& second,
                                    const cv::Mat& groundTruth, uint8_t ignoreIndex) {
    const bool labelled = !groundTruth.empty();
    if (first.size() != second.size() || first.type() != CV_8UC1 || second.type() != CV_8UC1 ||
        (labelled && (groundTruth.size() != first.size() || groundTruth.type() != CV_8UC1)))
        throw Error(ErrorCode::SizeMismatch, {},
                    "the predictions and the ground truth differ in size or type");
    DisagreementMap map;
    map.kinds.create(first.size(), CV_8UC1);
    for (int y = 0; y < first.rows; ++y) {
        const uint8_t* a = first.ptr<uint8_t>(y);
        const uint8_t* b = second.ptr<uint8_t>(y);
        const uint8_t* t = labelled ? groundTruth.ptr<uint8_t>(y) : nullptr;
        uint8_t* out = map.kinds.ptr<uint8_t>(y);
        for (int x = 0; x < first.cols; ++x) {
            Disagreement kind = Disagreement::Agree;
            if (a[x] != b[x]) {
                if (!t || t[x] == ignoreIndex)
                    kind = Disagreement::Unlabelled;
                else if (a[x] == t[x])
                    kind = Disagreement::FirstRight;
                else if (b[x] == t[x])
                    kind = Disagreement::SecondRight;
                else
                    kind = Disagreement::BothWrong;
            }
            out[x] = static_cast<uint8_t>(kind);
            ++map.counts[static_cast<size_t>(kind)];
        }
    }
    return map;
}

}  // namespace seg::core
