#include "core/project/scribble_project.h"

#include <algorithm>
#include <vector>

#include "core/common/error.h"
#include "core/common/paths.h"
#include "core/data/mask_io.h"

namespace seg::core {

ScribbleReport scribbleTrainingMasks(const Project& project, const ScribbleOptions& options,
                                     const std::function<bool(int, int)>& onProgress) {
    const Dataset dataset = openProjectDataset(project);
    std::vector<const Sample*> training;
    for (const auto& sample : dataset.samples) {
        if (sample.split != Split::Train || !sample.hasMask()) continue;
        if (sample.paintedMask)
            throw Error(ErrorCode::WriteFailed, sample.mask,
                        "this training image already has a painted mask; scribbles go into a "
                        "project without any (e.g. a new demo project)");
        training.push_back(&sample);
    }
    const uint8_t ignore = dataset.classes.ignoreIndex();
    ScribbleReport report;
    double labelled = 0, total = 0;
    for (size_t i = 0; i < training.size(); ++i) {
        const Sample& sample = *training[i];
        cv::Mat mask = readSampleMask(dataset, sample);
        checkMaskValues(mask, dataset.classes, sample.mask);
        const Scribbles scribbles = scribblesFromMask(mask, ignore, options, i);
        writeMask(project.masksRoot() / pathFromUtf8(sample.id + ".png"), scribbles.mask,
                  dataset.classes);
        labelled += scribbles.labelledFraction * double(mask.total());
        total += double(mask.total());
        report.narrowestStroke = report.images ? std::min(report.narrowestStroke,
                                                          scribbles.strokeWidth)
                                               : scribbles.strokeWidth;
        report.widestStroke = std::max(report.widestStroke, scribbles.strokeWidth);
        ++report.images;
        if (onProgress && !onProgress(report.images, static_cast<int>(training.size()))) break;
    }
    report.labelledFraction = total > 0 ? labelled / total : 0.0;
    return report;
}

}  // namespace seg::core
