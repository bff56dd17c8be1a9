#include "ui/annotate/model_assist.h"


#include <QFileDialog>
#include <QFutureWatcher>
#include <QProgressDialog>

#include "core/common/error.h"
#include "core/common/paths.h"
#include "core/infer/model_comparison.h"
#include "core/infer/predictor.h"
#include "ui/jobs/background_job.h"
#include "ui/text/error_text.h"
#include "ui/widgets/job_progress.h"

namespace seg::ui {

namespace fs = std::filesystem;

ModelAssist::ModelAssist(QWidget* window) : QObject(window), m_window(window) {}

ModelAssist::~ModelAssist() = default;

bool ModelAssist::chooseCheckpoint(const fs::path& runsFolder) {
    const QString file =
        QFileDialog::getOpenFileName(m_window, tr("Choose a Trained Model"), toQPath(runsFolder),
                                     tr("Models (*.pt *.pth *.torchscript);;All files (*)"));
    if (file.isEmpty()) return false;
    setCheckpoint(core::pathFromUtf8(file.toStdString()));
    return true;
}

void ModelAssist::setCheckpoint(const fs::path& checkpoint) {
    if (checkpoint == m_checkpoint) return;
    m_checkpoint = checkpoint;
    m_predictor.reset();
}

namespace {

// Loads the checkpoint unless `loaded` already holds it; checks that its classes are the
// project's. Runs on a worker; throws.
std::shared_ptr<core::Predictor> usablePredictor(std::shared_ptr<core::Predictor> loaded,
                                                 const fs::path& checkpoint,
                                                 const core::ClassMap& classes) {
    if (!loaded) {
        core::PredictOptions options;
        options.threads = -1;  // the process's thread count stays the one set at start-up
        loaded = core::Predictor::open(checkpoint, options);  // a TorchScript model too
    }
    if (!(loaded->info().classes.names() == classes.names()))
        throw core::Error(core::ErrorCode::InvalidContent, checkpoint,
                          "the model was trained on other classes (" +
                              std::to_string(loaded->info().classes.size()) +
                              ") than this project's (" + std::to_string(classes.size()) + ")");
    return loaded;
}

}  // namespace

bool ModelAssist::finishJob(const QString& error, const fs::path& checkpoint,
                            std::shared_ptr<core::Predictor> predictor) {
    m_busy = false;
    if (!error.isEmpty()) {
        Q_EMIT failed(error);
        return false;
    }
    // Only the GUI thread assigns it; a worker gets its own copy of the pointer. A model
    // chosen meanwhile is not replaced by the one this job used.
    if (checkpoint == m_checkpoint && predictor) m_predictor = std::move(predictor);
    return true;
}

QString ModelAssist::modelName() const {
    return toQString(core::modelDisplayName(m_checkpoint));
}

void ModelAssist::prelabel(const cv::Mat& image, const core::ClassMap& classes,
                           const QString& sampleId) {
    if (m_busy || m_checkpoint.empty()) return;
    m_busy = true;
    struct Prediction {
        cv::Mat mask;
        std::shared_ptr<core::Predictor> predictor;
    };
    auto* watcher = new QFutureWatcher<JobResult<Prediction>>(this);
    connect(watcher, &QFutureWatcher<JobResult<Prediction>>::finished, this,
            [this, watcher, sampleId, checkpoint = m_checkpoint] {
                watcher->deleteLater();
                const auto r = watcher->result();
                if (finishJob(r.error, checkpoint, r.value.predictor))
                    Q_EMIT prelabelled(sampleId, r.value.mask);
            });
    watcher->setFuture(
        runBackgroundJob(tr("Pre-labelling %1 with %2").arg(sampleId, toQPath(m_checkpoint)),
                         [predictor = m_predictor, checkpoint = m_checkpoint, image, classes] {
                             auto usable = usablePredictor(predictor, checkpoint, classes);
                             return Prediction{usable->predictMask(image), usable};
                         }));
}

void ModelAssist::rank(const core::Dataset& dataset) {
    if (m_busy || m_checkpoint.empty()) return;
    m_busy = true;
    auto counters = std::make_shared<JobProgress>();
    QProgressDialog* progress = openJobProgressDialog(
        tr("Scoring unlabelled images with %1...").arg(modelName()), tr("Stop"), counters, m_window);
    struct Ranking {
        std::vector<core::UncertaintyScore> scores;
        std::shared_ptr<core::Predictor> predictor;
    };
    auto* watcher = new QFutureWatcher<JobResult<Ranking>>(this);
    connect(watcher, &QFutureWatcher<JobResult<Ranking>>::finished, this,
            [this, watcher, progress, checkpoint = m_checkpoint] {
                watcher->deleteLater();
                progress->deleteLater();
                const auto r = watcher->result();
                if (finishJob(r.error, checkpoint, r.value.predictor))
                    Q_EMIT ranked(r.value.scores);
            });
    watcher->setFuture(runBackgroundJob(
        tr("Ranking images with %1").arg(toQPath(m_checkpoint)),
        [predictor = m_predictor, checkpoint = m_checkpoint, dataset, counters] {
            auto usable = usablePredictor(predictor, checkpoint, dataset.classes);
            auto scores = core::rankUnlabelledByUncertainty(
                *usable, dataset, [&](int d, int t) { return counters->report(d, t); });
            return Ranking{std::move(scores), usable};
        }));
}

}  // namespace seg::ui
