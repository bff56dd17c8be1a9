#pragma once
// Confusion matrix of ground truth against prediction, accumulated over batches and reduced
// to metrics once. Pixels whose ground truth is the ignore index are never counted; a
// prediction of the ignore index on a labelled pixel counts as a miss for its class.
// Not thread-safe: use one per thread and merge().

#include <cstddef>
#include <cstdint>
#include <vector>

#include <opencv2/core/mat.hpp>

namespace seg::core {

class ConfusionMatrix {
public:
    explicit ConfusionMatrix(int numClasses, uint8_t ignoreIndex = 255);

    // `prediction` and `groundTruth`: CV_8UC1 of the same size. Throws Error(SizeMismatch)
    // or Error(ValueOutOfRange) (without a file: callers add it) and then counts nothing.
    void add(const cv::Mat& prediction, const cv::Mat& groundTruth);
    void add(const uint8_t* prediction, const uint8_t* groundTruth, size_t count);
    void merge(const ConfusionMatrix& other);
    // Adds numClasses x numClasses counts (row = ground truth), as count() reads them back.
    // Throws Error(SizeMismatch) for another size.
    void addCounts(const std::vector<uint64_t>& rowMajor);
    // The numClasses x numClasses counts as addCounts takes them (row = ground truth).
    const std::vector<uint64_t>& rowMajorCounts() const { return m_counts; }
    void reset();

    int numClasses() const { return m_numClasses; }
    uint8_t ignoreIndex() const { return m_ignoreIndex; }
    // Pixels of class `truth` predicted as `predicted`.
    uint64_t count(int truth, int predicted) const {
        return m_counts[static_cast<size_t>(truth) * static_cast<size_t>(m_numClasses) +
                        static_cast<size_t>(predicted)];
    }
    // Pixels of class `truth` predicted as the ignore index.
    uint64_t abstained(int truth) const { return m_abstained[static_cast<size_t>(truth)]; }
    uint64_t groundTruthPixels(int truth) const;
    uint64_t predictedPixels(int predicted) const;
    // All pixels counted (ground truth not ignored).
    uint64_t totalPixels() const;

private:
    int m_numClasses;
    uint8_t m_ignoreIndex;
    std::vector<uint64_t> m_counts;     // [truth][predicted], row-major
    std::vector<uint64_t> m_abstained;  // [truth]
};

}  // namespace seg::core
