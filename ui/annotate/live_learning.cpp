#include "ui/annotate/live_learning.h"

#include <chrono>
#include <utility>

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>

#include "ui/jobs/thread_handoff.h"
#include "ui/text/error_text.h"

namespace seg::ui {

namespace {

using LiveClock = std::chrono::steady_clock;

// How long the thread sleeps when there is nothing to learn from, before looking again
// (new labels and commands wake it at once).
constexpr auto kIdleWait = std::chrono::milliseconds(250);
// Progress reaches the window at most this often.
constexpr auto kProgressEvery = std::chrono::milliseconds(250);

}  // namespace

LiveLearning::LiveLearning(QObject* parent) : QObject(parent) {}

LiveLearning::~LiveLearning() {
    m_ending = true;  // nothing is reported from here on
    stop();
}

void LiveLearning::start(const core::ClassMap& classes, int imagesPerSample,
                         const core::LiveSettings& settings) {
    stop();
    m_learner = std::make_unique<core::LiveLearner>(classes, imagesPerSample, settings);
    m_handedIn = 0;
    {
        std::lock_guard lock(m_mutex);
        m_stop = false;
        m_pausedShared = false;
        m_commands.clear();
        m_viewChanged = !m_viewImage.empty();
    }
    m_paused = false;
    m_thread = std::thread([this] { loop(); });
}

void LiveLearning::stop() {
    if (!m_thread.joinable()) return;
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
    m_learner.reset();
    // What the thread posted before it ended arrives now (a run it did keep); a keep it never
    // got to is answered here.
    if (m_ending) return;
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    if (m_keepsPending > 0) {
        m_keepsPending = 0;
        Q_EMIT failed(tr("Live learning stopped before the model was saved as a run"));
    }
}

void LiveLearning::setPaused(bool paused) {
    m_paused = paused;
    {
        std::lock_guard lock(m_mutex);
        m_pausedShared = paused;
    }
    m_wake.notify_all();
}

void LiveLearning::reset() {
    schedule([](core::LiveLearner& learner) { learner.reset(); });
}

void LiveLearning::setLabels(const QString& id, const cv::Mat& image, const cv::Mat& mask) {
    if (!m_learner) return;
    m_learner->setLabels(id.toStdString(), image, mask);
    ++m_handedIn;
    {
        std::lock_guard lock(m_mutex);
        m_newLabels = true;
        m_labelledIds.push_back(id.toStdString());
    }
    m_wake.notify_all();
}

void LiveLearning::forget(const QString& id) {
    if (!m_learner) return;
    m_learner->forget(id.toStdString());
    ++m_handedIn;
    {
        std::lock_guard lock(m_mutex);
        m_newLabels = true;
    }
    m_wake.notify_all();
}

void LiveLearning::setViewedImage(const QString& id, const cv::Mat& image) {
    {
        std::lock_guard lock(m_mutex);
        m_viewId = id;
        m_viewImage = image;
        m_viewChanged = !image.empty();
    }
    m_wake.notify_all();
}

void LiveLearning::setImagesToScore(core::Dataset images) {
    {
        std::lock_guard lock(m_mutex);
        m_toScore = std::move(images);
        m_toScoreChanged = true;
    }
    m_wake.notify_all();
}

void LiveLearning::keepAsRun(const std::filesystem::path& runDir, core::Dataset dataset) {
    if (!m_thread.joinable()) return;
    ++m_keepsPending;
    schedule([this, runDir, dataset = std::move(dataset)](core::LiveLearner& learner) {
        const QString dir = QString::fromStdString(runDir.u8string());
        // A run that cannot be written is reported; learning goes on.
        try {
            const double meanIoU = learner.keepAsRun(runDir, dataset);
            post([this, dir, meanIoU] {
                --m_keepsPending;
                Q_EMIT keptAsRun(dir, meanIoU);
            });
        } catch (...) {
            const QString message = ErrorText::describeCurrentException();
            post([this, message] {
                --m_keepsPending;
                Q_EMIT failed(tr("The live model was not saved as a run: %1").arg(message));
            });
        }
    });
}

void LiveLearning::schedule(Command command) {
    if (!m_thread.joinable()) return;
    {
        std::lock_guard lock(m_mutex);
        m_commands.push_back(std::move(command));
    }
    m_wake.notify_all();
}

void LiveLearning::post(std::function<void()> notify) {
    QMetaObject::invokeMethod(this, HandedOver(std::move(notify)), Qt::QueuedConnection);
}

double LiveLearning::scoreNextImage(core::LiveLearner& learner, const core::Dataset& images,
                                    core::LiveScoringOrder& order) {
    const int64_t iteration = learner.progress().iterations;
    const std::optional<size_t> next = order.next(iteration);
    if (!next) return 0;
    const auto start = LiveClock::now();
    const core::Sample& sample = images.samples[*next];
    cv::Mat image;
    try {
        image = core::loadSample(images, sample).image;
    } catch (const core::Error&) {
        order.drop(*next);  // unreadable: not ranked (opening it says why)
    }
    if (!image.empty()) {
        const double entropy = core::meanNormalisedEntropy(learner.predictProbabilities(image));
        order.scored(*next, entropy, iteration);
        post([this, id = QString::fromStdString(sample.id), entropy] {
            Q_EMIT scored(id, entropy);
        });
    }
    return std::chrono::duration<double>(LiveClock::now() - start).count();
}

void LiveLearning::loop() {
    core::LiveLearner& learner = *m_learner;
    const auto started = LiveClock::now();
    auto lastPrediction = started, lastProgress = started;
    int64_t predictedAt = -1;  // the iteration count of the last prediction
    int64_t predictedVersion = 0;  // the labels version it had learnt from
    core::Dataset toScore;
    core::LiveScoringOrder scoringOrder;
    std::vector<std::string> labelledSinceLastPass;
    double scoringSeconds = 0;
    while (true) {
        Command command;
        QString viewId;
        cv::Mat viewImage;
        bool viewChanged = false, paused = false;
        {
            std::unique_lock lock(m_mutex);
            if (m_stop) return;
            if (!m_commands.empty()) {
                command = std::move(m_commands.front());
                m_commands.pop_front();
            }
            paused = m_pausedShared;
            viewChanged = m_viewChanged;
            m_viewChanged = false;
            viewId = m_viewId;
            viewImage = m_viewImage;
            m_newLabels = false;  // train() below takes them in
            if (m_toScoreChanged) {
                toScore = std::move(m_toScore);
                m_toScoreChanged = false;
                scoringOrder = core::LiveScoringOrder(toScore.samples.size());
            }
            labelledSinceLastPass = std::exchange(m_labelledIds, {});
        }
        for (const std::string& id : labelledSinceLastPass)  // painted: no longer to label
            for (size_t i = 0; i < toScore.samples.size(); ++i)
                if (toScore.samples[i].id == id) scoringOrder.drop(i);
        try {
            if (command) {
                command(learner);
                predictedAt = -1;  // a reset model, or none changed: predict again
                if (viewChanged) {  // not seen to yet: the next pass does
                    std::lock_guard lock(m_mutex);
                    m_viewChanged = true;
                }
                continue;
            }
            core::LiveProgress progress = learner.progress();
            if (!paused) progress = learner.train(1);
            const bool learnt = progress.iterations > 0;
            const auto now = LiveClock::now();
            // New strokes are shown learnt from after their first iteration, not the next
            // refresh: what the user waits for after a stroke.
            const bool newlyLearnt = progress.labelsVersion != predictedVersion;
            const bool due = progress.iterations != predictedAt &&
                             (newlyLearnt || now - lastPrediction >=
                                                 std::chrono::milliseconds(kRefreshMs));
            if (learnt && !viewImage.empty() && (viewChanged || due)) {
                core::ConfidenceMaps maps = learner.predict(viewImage);
                predictedAt = progress.iterations;
                predictedVersion = progress.labelsVersion;
                lastPrediction = LiveClock::now();
                post([this, viewId, maps = std::move(maps), progress] {
                    Q_EMIT predicted(viewId, maps, progress);
                });
            }
            const double elapsed = std::chrono::duration<double>(now - started).count();
            if (learnt && !paused && scoringSeconds <= kScoringShare * elapsed)
                scoringSeconds += scoreNextImage(learner, toScore, scoringOrder);
            if (now - lastProgress >= kProgressEvery) {
                lastProgress = now;
                post([this, progress] { Q_EMIT progressed(progress); });
            }
            if (paused || progress.images == 0) {
                std::unique_lock lock(m_mutex);
                m_wake.wait_for(lock, kIdleWait, [this, paused] {
                    return m_stop || !m_commands.empty() || m_viewChanged || m_newLabels ||
                           m_pausedShared != paused;
                });
            }
        } catch (...) {
            const QString message = ErrorText::describeCurrentException();
            {
                std::lock_guard lock(m_mutex);
                m_pausedShared = true;
            }
            post([this, message] {
                m_paused = true;
                Q_EMIT failed(tr("Live learning paused: %1").arg(message));
            });
        }
    }
}

}  // namespace seg::ui
