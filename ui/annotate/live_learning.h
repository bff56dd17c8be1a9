#pragma once
// Live mode's thread: trains a core::LiveLearner without end while on, takes the labels the
// window hands in, predicts the image in view every kRefreshMs of training, after the first
// iteration that learnt from new labels, and whenever another image is shown, and between
// training steps scores the images still to label by how unsure the model is, round and
// round, in at most kScoringShare of its time. Results reach the GUI thread as signals.
// Reset and "keep as a run" run on that thread between two training steps, since it owns
// the model. Every exception there becomes failed() with its message, and learning pauses.
// The API: GUI thread.

#include <condition_variable>
#include <deque>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <QObject>
#include <QString>
#include <opencv2/core/mat.hpp>

#include "core/data/dataset.h"
#include "core/infer/uncertainty.h"
#include "core/train/live_learner.h"
#include "core/train/live_scoring_order.h"

namespace seg::ui {

class LiveLearning : public QObject {
    Q_OBJECT

public:
    static constexpr int kRefreshMs = 400;
    static constexpr double kScoringShare = 0.2;

    explicit LiveLearning(QObject* parent = nullptr);
    ~LiveLearning() override;  // stops, and waits for the thread

    // A fresh learner for a project's classes, and its thread; one running stops first.
    // Throws core::Error for settings the learner refuses.
    void start(const core::ClassMap& classes, int imagesPerSample,
               const core::LiveSettings& settings);
    // Ends the thread (after its current step) and drops the learner.
    void stop();
    bool isRunning() const { return m_thread.joinable(); }
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // A fresh, untrained model; the labels stay.
    void reset();
    // The running learner's config (see core::LiveLearner::config); running only.
    const core::TrainConfig& trainConfig() const { return m_learner->config(); }

    // The labels of image `id` now (see core::LiveLearner::setLabels); a mask with no
    // labelled pixel takes the image out. Throws core::Error for mismatched sizes.
    void setLabels(const QString& id, const cv::Mat& image, const cv::Mat& mask);
    void forget(const QString& id);
    // How many setLabels and forget calls this learner has had: a prediction whose
    // LiveProgress::labelsVersion reaches it has learnt from all of them.
    int64_t handedIn() const { return m_handedIn; }
    // The image on screen: predicted as soon as the model has trained, then every refresh.
    // An empty image: nothing to predict.
    void setViewedImage(const QString& id, const cv::Mat& image);

    // The images to rank by uncertainty (their masks are not read), scored while learning
    // runs in the order core::LiveScoringOrder gives, until labels are handed in for them;
    // scores arrive as scored().
    void setImagesToScore(core::Dataset images);

    // Saves the model as an ordinary run in `runDir`, scored on `dataset`'s validation
    // images; emits keptAsRun or failed (also when learning stops first).
    void keepAsRun(const std::filesystem::path& runDir, core::Dataset dataset);
    // A keepAsRun has not been answered yet.
    bool isKeeping() const { return m_keepsPending > 0; }

Q_SIGNALS:
    void predicted(const QString& id, const seg::core::ConfidenceMaps& maps,
                   const seg::core::LiveProgress& progress);
    void progressed(const seg::core::LiveProgress& progress);
    // The mean normalised entropy of the model's prediction of image `id` (0 sure, 1 a
    // uniform guess).
    void scored(const QString& id, double entropy);
    void keptAsRun(const QString& runDir, double meanIoU);
    void failed(const QString& message);

private:
    using Command = std::function<void(core::LiveLearner&)>;

    void loop();
    // Runs `notify` on the GUI thread (dropped if this object is gone by then).
    void post(std::function<void()> notify);
    void schedule(Command command);
    // Scores the next image to score, if any (unreadable ones are dropped); the seconds taken.
    double scoreNextImage(core::LiveLearner& learner, const core::Dataset& images,
                          core::LiveScoringOrder& order);

    std::unique_ptr<core::LiveLearner> m_learner;
    std::thread m_thread;
    bool m_paused = false;  // GUI thread's copy, for isPaused()
    int64_t m_handedIn = 0;
    int m_keepsPending = 0;  // keepAsRun calls not yet answered
    bool m_ending = false;   // in the destructor

    // Shared with the thread, under m_mutex.
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    bool m_pausedShared = false;
    std::deque<Command> m_commands;
    QString m_viewId;
    cv::Mat m_viewImage;
    bool m_viewChanged = false;
    bool m_newLabels = false;
    core::Dataset m_toScore;
    bool m_toScoreChanged = false;
    std::vector<std::string> m_labelledIds;  // handed in since the thread last looked
};

}  // namespace seg::ui
