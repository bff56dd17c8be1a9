#include "ui/compare/split_scoring.h"

#include <QFutureWatcher>
#include <QTimer>

#include "core/common/sha256.h"
#include "core/eval/confusion_matrix.h"
#include "core/eval/image_score.h"
#include "core/infer/evaluation_store.h"
#include "core/infer/predictor.h"
#include "core/train/checkpoint_digest.h"
#include "ui/jobs/background_job.h"
#include "ui/text/error_text.h"

namespace seg::ui {

namespace fs = std::filesystem;

namespace {

struct Scored {
    std::vector<std::string> keys;
    core::ModelComparison comparison;
};

// The state of the validation masks, cheap to take (file sizes and times, no decoding): a
// mask saved since a model was scored makes its cached scores stale.
std::string masksStamp(const core::Dataset& dataset) {
    std::string stamp;
    for (const auto& s : dataset.samples) {
        if (s.split != core::Split::Val || !s.hasMask()) continue;
        std::error_code ec;
        const auto size = fs::file_size(s.mask, ec);
        const auto time = fs::last_write_time(s.mask, ec).time_since_epoch().count();
        stamp += std::to_string(size) + ":" + std::to_string(time) + ";";
    }
    return core::Sha256::hexOf(stamp.data(), stamp.size());
}

}  // namespace

SplitScoring::SplitScoring(QObject* parent) : QObject(parent) {}

SplitScoring::~SplitScoring() {
    if (m_cancel) *m_cancel = true;
}

void SplitScoring::setDataset(const core::Dataset* dataset, const fs::path& cacheFolder) {
    cancel();
    m_dataset = dataset;
    m_cacheFolder = cacheFolder;
    m_cache.clear();
    m_result = {};
    m_resultModels.clear();
    m_totalsOutOfDate = false;
}

void SplitScoring::cancel() {
    if (m_cancel) *m_cancel = true;
    m_cancel.reset();
    m_running = false;
    ++m_generation;
}

void SplitScoring::score(const std::vector<fs::path>& models) {
    cancel();
    if (!m_dataset || models.empty()) return;
    m_running = true;
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancelled;
    auto done = std::make_shared<std::atomic<int>>(0);
    auto total = std::make_shared<std::atomic<int>>(1);
    auto* watcher = new QFutureWatcher<JobResult<Scored>>(this);
    auto* poll = new QTimer(watcher);
    connect(poll, &QTimer::timeout, this, [this, done, total] { Q_EMIT progress(*done, *total); });
    poll->start(100);
    connect(watcher, &QFutureWatcher<JobResult<Scored>>::finished, this,
            [this, watcher, models, generation = m_generation] {
                watcher->deleteLater();
                if (generation != m_generation) return;  // cancelled, or another scoring
                m_running = false;
                m_cancel.reset();
                const auto r = watcher->result();
                if (!r.ok()) {
                    Q_EMIT failed(r.error);
                    return;
                }
                for (size_t m = 0; m < r.value.keys.size(); ++m)
                    m_cache[r.value.keys[m]] = r.value.comparison.evaluations[m];
                m_result = r.value.comparison;
                m_resultModels = models;
                m_totalsOutOfDate = false;
                Q_EMIT finished();
            });
    // The cache is read here, on the GUI thread: the job gets copies of the entries it uses.
    std::map<std::string, core::DatasetEvaluation> cached = m_cache;
    watcher->setFuture(runBackgroundJob(
        tr("Scoring the validation split"), [models, dataset = *m_dataset, cached, cancelled, done,
                                             total, store = m_cacheFolder, crf = m_crf] {
            Scored out;
            const std::string stamp =
                masksStamp(dataset) + (crf ? "|" + core::describeDenseCrf(*crf) : std::string());
            const int count = static_cast<int>(models.size());
            for (int m = 0; m < count; ++m) {
                const fs::path& file = models[size_t(m)];
                out.keys.push_back(core::checkpointDigest(file) + stamp);
                out.comparison.models.push_back(core::modelDisplayName(file) +
                                                (crf ? " + CRF" : ""));
                if (auto hit = cached.find(out.keys.back()); hit != cached.end()) {
                    out.comparison.evaluations.push_back(hit->second);
                    continue;
                }
                const fs::path stored = store.empty()
                                            ? fs::path()
                                            : store / (core::Sha256::hexOf(out.keys.back().data(),
                                                                           out.keys.back().size()) +
                                                       ".json");
                if (!stored.empty())
                    if (auto kept = core::loadEvaluation(stored, dataset.classes.size(),
                                                         dataset.classes.ignoreIndex())) {
                        out.comparison.evaluations.push_back(std::move(*kept));
                        continue;
                    }
                core::PredictOptions options;
                options.threads = -1;
                options.crf = crf;
                auto predictor = core::Predictor::open(file, options);
                const auto compared = core::compareModels({predictor.get()}, dataset,
                                                          {core::Split::Val}, [&](int d, int t) {
                                                              *done = m * t + d;
                                                              *total = count * t;
                                                              return !cancelled->load();
                                                          });
                if (cancelled->load())
                    throw core::Error(core::ErrorCode::InvalidArgument, {}, "cancelled");
                out.comparison.evaluations.push_back(compared.evaluations.front());
                // A cache that cannot be written costs the next session a rescoring, no more.
                if (!stored.empty()) {
                    try {
                        core::saveEvaluation(stored, out.comparison.evaluations.back());
                    } catch (const core::Error&) {
                    }
                }
            }
            return out;
        }));
}

void SplitScoring::rescoreImage(const std::string& sampleId, const std::vector<cv::Mat>& masks,
                                const cv::Mat& truth) {
    if (!m_dataset || truth.empty()) return;
    bool changed = false;
    for (size_t m = 0; m < m_result.evaluations.size() && m < masks.size(); ++m) {
        if (masks[m].empty() || masks[m].size() != truth.size()) continue;
        for (auto& score : m_result.evaluations[m].perImage) {
            if (score.sampleId != sampleId) continue;
            core::ConfusionMatrix matrix(m_dataset->classes.size(),
                                         m_dataset->classes.ignoreIndex());
            matrix.add(masks[m], truth);
            score = core::scoreImage(sampleId, matrix);
            changed = true;
        }
    }
    if (!changed) return;
    m_totalsOutOfDate = true;
    // The cached evaluations hold the old row too: the next scoring of these models must
    // not bring it back.
    m_cache.clear();
    Q_EMIT imageRescored(QString::fromStdString(sampleId));
}

}  // namespace seg::ui
