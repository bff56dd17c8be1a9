#include "core/infer/dataset_evaluation.h"

#include <algorithm>

#include "core/common/error.h"
#include "core/eval/confusion_matrix.h"

namespace seg::core {

DatasetEvaluation evaluateOnDataset(Predictor& predictor, const Dataset& dataset,
                                    const std::vector<Split>& splits,
                                    const std::function<bool(int, int)>& onProgress) {
    const ClassMap& trained = predictor.info().classes;
    if (trained.names() != dataset.classes.names())
        throw Error(ErrorCode::InvalidArgument, dataset.root,
                    "the model knows " + std::to_string(trained.size()) +
                        " classes that differ from this dataset's " +
                        std::to_string(dataset.classes.size()));
    std::vector<const Sample*> chosen;
    for (const auto& s : dataset.samples)
        if (s.hasMask() && std::find(splits.begin(), splits.end(), s.split) != splits.end())
            chosen.push_back(&s);
    if (chosen.empty())
        throw Error(ErrorCode::NotADataset, dataset.root, "no labelled images in the chosen split");

    DatasetEvaluation out;
    ConfusionMatrix matrix(trained.size(), trained.ignoreIndex());
    for (size_t i = 0; i < chosen.size(); ++i) {
        if (onProgress && !onProgress(static_cast<int>(i), static_cast<int>(chosen.size()))) break;
        try {
            const LoadedSample sample = loadSample(dataset, *chosen[i]);
            ConfusionMatrix own(trained.size(), trained.ignoreIndex());
            own.add(predictor.predictMask(sample.image), sample.mask);
            out.perImage.push_back(scoreImage(chosen[i]->id, own));
            matrix.merge(own);
            ++out.images;
        } catch (const Error& e) {
            out.problems.push_back(Problem::from(e));
        }
    }
    out.metrics = computeMetrics(matrix);
    out.confusion = std::move(matrix);
    return out;
}

cv::Mat overlayMask(const cv::Mat& image, const cv::Mat& mask, const ClassMap& classes,
                    double alpha) {
    const auto palette = classes.palette();
    cv::Mat out = image.clone();
    for (int y = 0; y < out.rows; ++y) {
        auto* px = out.ptr<cv::Vec3b>(y);
        const auto* m = mask.ptr<uint8_t>(y);
        for (int x = 0; x < out.cols; ++x) {
            if (m[x] == 0 || m[x] == classes.ignoreIndex()) continue;
            const Rgb& c = palette[m[x]];
            px[x] = cv::Vec3b(cv::saturate_cast<uint8_t>(px[x][0] * (1 - alpha) + c.b * alpha),
                              cv::saturate_cast<uint8_t>(px[x][1] * (1 - alpha) + c.g * alpha),
                              cv::saturate_cast<uint8_t>(px[x][2] * (1 - alpha) + c.r * alpha));
        }
    }
    return out;
}

}  // namespace seg::core
