#pragma once
// Live mode in the painting view: while it is on, a network learns from every labelled
// pixel of the project's training images (LiveLearning's thread), each stroke is handed to
// it as it ends, and its prediction of the open image is drawn under the painting (the
// unlabelled pixels in their predicted class colours, or how unsure it is). The prediction
// becomes labels only when accepted: for every unlabelled pixel, in a box (the Accept in
// Box tool) or for the current class, each one undo step. "Keep as Run" saves the model as
// an ordinary run. Validation images are predicted but never learnt from, so the runs'
// scores stay honest. The training images still to label are ranked by the live model's
// uncertainty as it learns. GUI thread.

#include <memory>

#include <QList>
#include <QSet>
#include <QObject>
#include <QString>

#include "core/data/dataset.h"
#include "core/infer/uncertainty.h"
#include "core/project/project.h"
#include "core/train/live_learner.h"

class QAction;
class QLabel;
class QWidget;

namespace seg::ui {

class Annotator;
class LiveLearning;
class MaskCanvas;

class LiveMode : public QObject {
    Q_OBJECT

public:
    LiveMode(Annotator* annotator, MaskCanvas* canvas, QWidget* window);
    ~LiveMode() override;

    // The project whose images it learns from (nullptr: none); turns live mode off.
    void setProject(const core::Project* project, const core::Dataset* dataset);

    // For the painting toolbar and the menu, in order; nullptr marks a separator.
    const QList<QAction*>& actions() const { return m_actions; }
    QAction* toggleAction() const { return m_toggle; }
    QAction* uncertaintyAction() const { return m_uncertainty; }
    QAction* acceptAction() const { return m_acceptAll; }
    QLabel* statusLabel() const { return m_status; }
    bool isOn() const;
    LiveLearning* learning() const { return m_learning; }
    // Settings for the next start (tests use a tiny model).
    void setSettings(const core::LiveSettings& settings) { m_settings = settings; }
    // What the learner last reported.
    const core::LiveProgress& progress() const { return m_progress; }
    // Whether a prediction of the open image is on screen.
    bool hasPrediction() const { return !m_maps.mask.empty(); }

    void setOn(bool on);
    void acceptForUnlabelled();
    void acceptForCurrentClass();
    void keepAsRun();

Q_SIGNALS:
    void message(const QString& text, bool problem);
    // A run was written from the live model.
    void runKept(const QString& runDir);
    // A prediction of the open image is on screen, made after the labels counted by
    // `progress.labelsVersion` (see LiveLearning::handedIn) were learnt from.
    void predictionShown(const seg::core::LiveProgress& progress);
    // Live mode started ranking the training images still to label (scores made by another
    // model before are on another scale), and the live model's uncertainty about one of them.
    void rankingStarted();
    void imageScored(const QString& id, double entropy);

private:
    void createActions(QWidget* window);
    void updateActions();
    // Hands the open image's labels to the learner (a training image only).
    void submitOpenImage();
    void openImageChanged();
    void showPrediction(const QString& id, const core::ConfidenceMaps& maps,
                        const core::LiveProgress& progress);
    void showProgress(const core::LiveProgress& progress);
    void redrawPrediction();
    void clearPrediction();
    // Reads the training images' masks in the background and hands them in.
    void feedProjectLabels();
    // Hands the training images without labels to the learner's ranking.
    void rankUnlabelledImages();
    const core::Sample* openSample() const;

    Annotator* m_annotator;
    MaskCanvas* m_canvas;
    QWidget* m_window;
    LiveLearning* m_learning;
    const core::Project* m_project = nullptr;
    const core::Dataset* m_dataset = nullptr;
    core::LiveSettings m_settings;
    core::ConfidenceMaps m_maps;  // of the open image, as last predicted
    QString m_mapsId;
    core::LiveProgress m_progress;
    quint64 m_feedRequest = 0;
    // Images whose labels the document handed in since the feed started: newer than their
    // masks on disk, which the feed then skips.
    QSet<QString> m_handedSinceFeed;

    QAction* m_toggle = nullptr;
    QAction* m_pause = nullptr;
    QAction* m_reset = nullptr;
    QAction* m_uncertainty = nullptr;
    QAction* m_acceptAll = nullptr;
    QAction* m_acceptClass = nullptr;
    QAction* m_keep = nullptr;
    QList<QAction*> m_actions;
    QLabel* m_status = nullptr;
};

}  // namespace seg::ui
