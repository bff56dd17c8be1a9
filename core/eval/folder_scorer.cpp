#include "core/eval/folder_scorer.h"

#include <algorithm>

#include "core/common/paths.h"
#include "core/data/image_folder.h"
#include "core/data/mask_io.h"
#include "core/eval/confusion_matrix.h"

namespace seg::core {

namespace fs = std::filesystem;

namespace {

struct MaskPair {
    fs::path prediction;
    fs::path truth;
};

std::vector<MaskPair> pairMasks(const fs::path& predictions, const fs::path& groundTruth,
                                std::vector<Problem>& problems) {
    requireDirectory(predictions);
    requireDirectory(groundTruth);
    auto predicted = imagesByStem(predictions, problems);
    const auto truth = imagesByStem(groundTruth, problems);
    if (truth.empty())
        throw Error(ErrorCode::NotADataset, groundTruth, "folder holds no mask images");
    std::vector<MaskPair> pairs;
    for (const auto& [stem, truthFile] : truth) {
        const auto p = predicted.find(stem);
        if (p == predicted.end()) {
            problems.push_back(
                {truthFile, ErrorCode::FileNotFound,
                 "no prediction named '" + stem + "' in " + pathToUtf8(predictions)});
            continue;
        }
        pairs.push_back({p->second, truthFile});
        predicted.erase(p);
    }
    for (const auto& [stem, file] : predicted)
        problems.push_back(
            {file, ErrorCode::FileNotFound, "no ground truth named '" + stem + "'; not scored"});
    return pairs;
}

}  // namespace

FolderScore scoreMaskFolders(const fs::path& predictions, const fs::path& groundTruth,
                             const std::optional<ClassMap>& classes, OnError onError) {
    FolderScore score;
    const std::vector<MaskPair> pairs = pairMasks(predictions, groundTruth, score.problems);
    if (onError == OnError::Stop && !score.problems.empty()) throw score.problems.front().toError();

    const ClassMap* table = classes ? &*classes : nullptr;
    auto readOrRecord = [&](const fs::path& file, cv::Mat& out) {
        try {
            out = readMask(file, table);
            return true;
        } catch (const Error& e) {
            if (onError == OnError::Stop) throw;
            score.problems.push_back(Problem::from(e));
            return false;
        }
    };

    // Masks are read once; without a class map the largest value seen sets the classes.
    std::vector<std::pair<cv::Mat, cv::Mat>> masks;
    std::vector<const MaskPair*> kept;
    int maxValue = 1;
    for (const auto& pair : pairs) {
        cv::Mat p, t;
        if (!readOrRecord(pair.prediction, p) || !readOrRecord(pair.truth, t)) continue;
        if (!classes)
            maxValue = std::max({maxValue, maxMaskValue(p, ClassMap::kDefaultIgnoreIndex),
                                 maxMaskValue(t, ClassMap::kDefaultIgnoreIndex)});
        masks.emplace_back(std::move(p), std::move(t));
        kept.push_back(&pair);
    }
    score.classes = classes ? *classes : ClassMap::generic(maxValue);
    score.classesInferred = !classes;

    ConfusionMatrix matrix(score.classes.size(), score.classes.ignoreIndex());
    for (size_t i = 0; i < masks.size(); ++i) {
        try {
            // Checked per file first, so the message names the mask that is wrong.
            checkMaskValues(masks[i].second, score.classes, kept[i]->truth);
            checkMaskValues(masks[i].first, score.classes, kept[i]->prediction);
            try {
                matrix.add(masks[i].first, masks[i].second);
            } catch (const Error& e) {
                throw e.withFile(kept[i]->prediction);
            }
            ++score.pairs;
        } catch (const Error& e) {
            if (onError == OnError::Stop) throw;
            score.problems.push_back(Problem::from(e));
        }
    }
    if (score.pairs == 0)
        throw Error(ErrorCode::NotADataset, predictions,
                    "no prediction could be paired with a readable ground truth");
    score.metrics = computeMetrics(matrix);
    return score;
}

}  // namespace seg::core
