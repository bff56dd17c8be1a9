#include "core/data/mask_census.h"

#include <array>

#include "core/common/error.h"
#include "core/data/mask_io.h"

namespace seg::core {

MaskCensus countMaskPixels(const Dataset& dataset) {
    MaskCensus census;
    const size_t classes = static_cast<size_t>(dataset.classes.size());
    const uint8_t ignore = dataset.classes.ignoreIndex();
    census.classPixels.assign(classes, 0);
    for (const Sample& sample : dataset.samples) {
        if (!sample.hasMask()) continue;
        cv::Mat mask;
        try {
            mask = readSampleMask(dataset, sample);
        } catch (const Error& e) {
            census.problems.push_back(Problem::from(e));
            continue;
        }
        std::array<uint64_t, 256> histogram{};
        for (int y = 0; y < mask.rows; ++y) {
            const uint8_t* row = mask.ptr<uint8_t>(y);
            for (int x = 0; x < mask.cols; ++x) ++histogram[row[x]];
        }
        for (size_t v = 0; v < histogram.size(); ++v) {
            if (v == ignore)
                census.ignorePixels += histogram[v];
            else if (v < classes)
                census.classPixels[v] += histogram[v];
            else
                census.otherPixels += histogram[v];
        }
        if (histogram[ignore] == mask.total()) census.unlabelledIds.push_back(sample.id);
    }
    return census;
}

}  // namespace seg::core
