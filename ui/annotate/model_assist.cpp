#include "ui/annotate/model_assist.h"

#include <atomic>

#include <QFileDialog>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent>

#include "core/common/error.h"
#include "core/common/paths.h"
#include "core/infer/predictor.h"
#include "ui/text/error_text.h"

namespace seg::ui {

namespace fs = std::filesystem;

ModelAssist::ModelAssist(QWidget* window) : QObject(window), m_window(window) {}

ModelAssist::~ModelAssist() = default;

bool ModelAssist::chooseCheckpoint(const fs::path& runsFolder) {
    const QString file =
        QFileDialog::getOpenFileName(m_window, tr("Choose a Trained Model"), toQPath(runsFolder),
                                     tr("SegStudio checkpoints (*.pt)"));
    if (file.isEmpty()) return false;
    setCheckpoint(core::pathFromUtf8(file.toStdString()));
    return true;
}

void ModelAssist::setCheckpoint(const fs::path& checkpoint) {
    if (checkpoint == m_checkpoint) return;
    m_checkpoint = checkpoint;
    m_predictor.reset();
}

std::shared_ptr<core::Predictor> ModelAssist::predictorFor(const core::ClassMap& classes) {
    if (!m_predictor) m_predictor = core::Predictor::fromCheckpoint(m_checkpoint);
    if (!(m_predictor->info().classes.names() == classes.names()))
        throw core::Error(core::ErrorCode::InvalidContent, m_checkpoint,
                          "the model was trained on other classes (" +
                              std::to_string(m_predictor->info().classes.size()) +
                              ") than this project's (" + std::to_string(classes.size()) + ")");
    return m_predictor;
}

void ModelAssist::prelabel(const cv::Mat& image, const core::ClassMap& classes,
                           const QString& sampleId) {
    if (m_busy || m_checkpoint.empty()) return;
    m_busy = true;
    struct Result {
        cv::Mat mask;
        QString error;
    };
    auto* watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher, sampleId] {
        watcher->deleteLater();
        m_busy = false;
        const Result r = watcher->result();
        if (r.error.isEmpty())
            Q_EMIT prelabelled(sampleId, r.mask);
        else
            Q_EMIT failed(r.error);
    });
    watcher->setFuture(QtConcurrent::run([this, image, classes]() -> Result {
        try {
            return {predictorFor(classes)->predictMask(image), {}};
        } catch (const core::Error& e) {
            return {{}, ErrorText::describe(e)};
        }
    }));
}

void ModelAssist::rank(const core::Dataset& dataset) {
    if (m_busy || m_checkpoint.empty()) return;
    m_busy = true;
    auto* progress =
        new QProgressDialog(tr("Scoring unlabelled images..."), tr("Stop"), 0, 100, m_window);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    auto done = std::make_shared<std::atomic<int>>(0);
    auto total = std::make_shared<std::atomic<int>>(1);
    connect(progress, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });
    struct Result {
        std::vector<core::UncertaintyScore> scores;
        QString error;
    };
    auto* watcher = new QFutureWatcher<Result>(this);
    auto* poll = new QTimer(watcher);
    connect(poll, &QTimer::timeout, progress, [progress, done, total] {
        progress->setMaximum(std::max(1, total->load()));
        progress->setValue(done->load());
    });
    poll->start(100);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher, progress] {
        watcher->deleteLater();
        progress->deleteLater();
        m_busy = false;
        const Result r = watcher->result();
        if (r.error.isEmpty())
            Q_EMIT ranked(r.scores);
        else
            Q_EMIT failed(r.error);
    });
    watcher->setFuture(QtConcurrent::run([this, dataset, cancelled, done, total]() -> Result {
        try {
            auto predictor = predictorFor(dataset.classes);
            return {core::rankUnlabelledByUncertainty(*predictor, dataset,
                                                      [&](int d, int t) {
                                                          *done = d;
                                                          *total = t;
                                                          return !cancelled->load();
                                                      }),
                    {}};
        } catch (const core::Error& e) {
            return {{}, ErrorText::describe(e)};
        }
    }));
}

}  // namespace seg::ui
