#pragma once
// Scores the compared models on the project's validation split in the background, with
// progress and cancel. Results are kept per model (by the digest of its file) and state of
// the split's masks (their sizes and times), in memory and in the project's cache folder:
// scoring the same models again, in this session or a later one, is instant, and a changed
// checkpoint (another digest) or a mask saved since is scored anew. After a label is
// corrected, that image's row is rescored from the masks on screen and the split's totals are
// marked out of date. GUI thread.

#include <atomic>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <vector>

#include <QObject>
#include <QString>
#include <opencv2/core/mat.hpp>

#include "core/data/dataset.h"
#include "core/infer/dense_crf.h"
#include "core/infer/model_comparison.h"

namespace seg::ui {

class SplitScoring : public QObject {
    Q_OBJECT

public:
    explicit SplitScoring(QObject* parent = nullptr);
    ~SplitScoring() override;

    // The dataset scored (its validation split); forgets every result. nullptr: none.
    // `cacheFolder` keeps the evaluations on disk across sessions (empty: memory only).
    void setDataset(const core::Dataset* dataset, const std::filesystem::path& cacheFolder = {});
    // Scores `models`, taking those scored before from the cache; emits progress, then
    // finished or failed. Cancels a scoring still running.
    void score(const std::vector<std::filesystem::path>& models);
    void cancel();
    bool isRunning() const { return m_running; }
    // Dense CRF after every model in the scorings that follow, or none. Evaluations are
    // kept per setting, and the models are named "<model> + CRF" in the result.
    void setDenseCrf(const std::optional<core::DenseCrfSettings>& settings) { m_crf = settings; }
    const std::optional<core::DenseCrfSettings>& denseCrf() const { return m_crf; }

    // The last finished scoring (empty before one): models in the order given.
    const core::ModelComparison& result() const { return m_result; }
    const std::vector<std::filesystem::path>& resultModels() const { return m_resultModels; }
    // The split's totals no longer include every correction (see rescoreImage).
    bool totalsOutOfDate() const { return m_totalsOutOfDate; }

    // Rescores one image of the result after its ground truth changed: `masks` are the
    // models' predictions (in result order; empty where unknown), `truth` the new ground
    // truth. Emits imageRescored.
    void rescoreImage(const std::string& sampleId, const std::vector<cv::Mat>& masks,
                      const cv::Mat& truth);

Q_SIGNALS:
    void progress(int done, int total);
    void finished();
    void failed(const QString& message);
    void imageRescored(const QString& sampleId);

private:
    const core::Dataset* m_dataset = nullptr;
    std::filesystem::path m_cacheFolder;
    std::optional<core::DenseCrfSettings> m_crf;
    // digest of a model file + state of the masks -> its evaluation on the dataset
    std::map<std::string, core::DatasetEvaluation> m_cache;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_running = false;
    quint64 m_generation = 0;
    core::ModelComparison m_result;
    std::vector<std::filesystem::path> m_resultModels;
    bool m_totalsOutOfDate = false;
};

}  // namespace seg::ui
