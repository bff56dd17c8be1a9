#include "core/eval/confusion_matrix.h"

#include <array>
#include <string>

#include "core/common/error.h"

namespace seg::core {

namespace {

// Every byte value is mapped to a slot: 0..K-1 classes, K ignore, K+1 invalid. Pixels are
// counted in a small (K+2)^2 table, so both validation and counting are one pass without
// branches. Four interleaved tables break the store-to-load chains that long runs of equal
// pixels (the common case in masks) would otherwise create.
constexpr int kLanes = 4;

struct SlotMap {
    std::array<uint16_t, 256> slot{};
    int width = 0;  // K + 2
};

SlotMap makeSlotMap(int numClasses, uint8_t ignoreIndex) {
    SlotMap map;
    map.width = numClasses + 2;
    for (int v = 0; v < 256; ++v) {
        if (v < numClasses)
            map.slot[static_cast<size_t>(v)] = static_cast<uint16_t>(v);
        else if (v == ignoreIndex)
            map.slot[static_cast<size_t>(v)] = static_cast<uint16_t>(numClasses);
        else
            map.slot[static_cast<size_t>(v)] = static_cast<uint16_t>(numClasses + 1);
    }
    return map;
}

}  // namespace

ConfusionMatrix::ConfusionMatrix(int numClasses, uint8_t ignoreIndex)
    : m_numClasses(numClasses), m_ignoreIndex(ignoreIndex) {
    if (numClasses < 1 || numClasses > 255 || ignoreIndex < numClasses)
        throw Error(ErrorCode::InvalidArgument, {},
                    "confusion matrix needs 1 to 255 classes and an ignore index above them (got " +
                        std::to_string(numClasses) + " classes, ignore " +
                        std::to_string(ignoreIndex) + ")");
    m_counts.assign(static_cast<size_t>(numClasses) * static_cast<size_t>(numClasses), 0);
    m_abstained.assign(static_cast<size_t>(numClasses), 0);
}

void ConfusionMatrix::add(const cv::Mat& prediction, const cv::Mat& groundTruth) {
    if (prediction.type() != CV_8UC1 || groundTruth.type() != CV_8UC1)
        throw Error(ErrorCode::InvalidArgument, {}, "masks must be 8-bit single-channel");
    if (prediction.size() != groundTruth.size())
        throw Error(ErrorCode::SizeMismatch, {},
                    "prediction is " + std::to_string(prediction.cols) + "x" +
                        std::to_string(prediction.rows) + " but ground truth is " +
                        std::to_string(groundTruth.cols) + "x" + std::to_string(groundTruth.rows));
    if (prediction.isContinuous() && groundTruth.isContinuous()) {
        add(prediction.data, groundTruth.data, prediction.total());
        return;
    }
    ConfusionMatrix rows(m_numClasses, m_ignoreIndex);
    for (int y = 0; y < prediction.rows; ++y)
        rows.add(prediction.ptr<uint8_t>(y), groundTruth.ptr<uint8_t>(y),
                 static_cast<size_t>(prediction.cols));
    merge(rows);
}

void ConfusionMatrix::add(const uint8_t* prediction, const uint8_t* groundTruth, size_t count) {
    const SlotMap map = makeSlotMap(m_numClasses, m_ignoreIndex);
    const size_t cells = static_cast<size_t>(map.width) * static_cast<size_t>(map.width);
    // 32-bit lanes are flushed every chunk so they never overflow.
    constexpr size_t kChunk = size_t{1} << 30;
    std::vector<uint64_t> table(cells, 0);
    std::vector<uint32_t> lanes(cells * kLanes);
    for (size_t start = 0; start < count; start += kChunk) {
        const size_t n = std::min(kChunk, count - start);
        const uint8_t* p = prediction + start;
        const uint8_t* g = groundTruth + start;
        std::fill(lanes.begin(), lanes.end(), 0u);
        uint32_t* lane[kLanes];
        for (int l = 0; l < kLanes; ++l) lane[l] = lanes.data() + cells * static_cast<size_t>(l);
        const auto* slot = map.slot.data();
        const size_t w = static_cast<size_t>(map.width);
        size_t i = 0;
        for (; i + kLanes <= n; i += kLanes) {
            ++lane[0][slot[g[i + 0]] * w + slot[p[i + 0]]];
            ++lane[1][slot[g[i + 1]] * w + slot[p[i + 1]]];
            ++lane[2][slot[g[i + 2]] * w + slot[p[i + 2]]];
            ++lane[3][slot[g[i + 3]] * w + slot[p[i + 3]]];
        }
        for (; i < n; ++i) ++lane[0][slot[g[i]] * w + slot[p[i]]];
        for (size_t c = 0; c < cells; ++c)
            table[c] +=
                uint64_t{lanes[c]} + lanes[cells + c] + lanes[2 * cells + c] + lanes[3 * cells + c];
    }

    const size_t w = static_cast<size_t>(map.width);
    const size_t k = static_cast<size_t>(m_numClasses);
    uint64_t invalidTruth = 0, invalidPrediction = 0;
    for (size_t c = 0; c < w; ++c) {
        invalidTruth += table[(k + 1) * w + c];
        if (c < k) invalidPrediction += table[c * w + k + 1];
    }
    if (invalidTruth || invalidPrediction) {
        const bool truth = invalidTruth != 0;
        throw Error(ErrorCode::ValueOutOfRange, {},
                    std::to_string(truth ? invalidTruth : invalidPrediction) + " pixels of the " +
                        (truth ? "ground truth" : "prediction") + " hold values outside the " +
                        std::to_string(m_numClasses) + " classes (0 to " +
                        std::to_string(m_numClasses - 1) + ") and are not the ignore index " +
                        std::to_string(m_ignoreIndex));
    }
    for (size_t t = 0; t < k; ++t) {
        for (size_t p = 0; p < k; ++p) m_counts[t * k + p] += table[t * w + p];
        m_abstained[t] += table[t * w + k];
    }
}

void ConfusionMatrix::merge(const ConfusionMatrix& other) {
    if (other.m_numClasses != m_numClasses)
        throw Error(ErrorCode::InvalidArgument, {},
                    "cannot merge confusion matrices of different class counts");
    for (size_t i = 0; i < m_counts.size(); ++i) m_counts[i] += other.m_counts[i];
    for (size_t i = 0; i < m_abstained.size(); ++i) m_abstained[i] += other.m_abstained[i];
}

void ConfusionMatrix::addCounts(const std::vector<uint64_t>& rowMajor) {
    if (rowMajor.size() != m_counts.size())
        throw Error(ErrorCode::SizeMismatch, {}, "confusion counts for another number of classes");
    for (size_t i = 0; i < m_counts.size(); ++i) m_counts[i] += rowMajor[i];
}

void ConfusionMatrix::reset() {
    std::fill(m_counts.begin(), m_counts.end(), 0);
    std::fill(m_abstained.begin(), m_abstained.end(), 0);
}

uint64_t ConfusionMatrix::groundTruthPixels(int truth) const {
    uint64_t sum = abstained(truth);
    for (int p = 0; p < m_numClasses; ++p) sum += count(truth, p);
    return sum;
}

uint64_t ConfusionMatrix::predictedPixels(int predicted) const {
    uint64_t sum = 0;
    for (int t = 0; t < m_numClasses; ++t) sum += count(t, predicted);
    return sum;
}

uint64_t ConfusionMatrix::totalPixels() const {
    uint64_t sum = 0;
    for (int t = 0; t < m_numClasses; ++t) sum += groundTruthPixels(t);
    return sum;
}

}  // namespace seg::core
