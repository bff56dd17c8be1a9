#pragma once
// The Compare tab: the image on screen through 1 to 4 models at once, next to the image and
// its ground truth, in panes that zoom and pan together and mark the pixel under the cursor.
// Each model pane shows its prediction, its error map against the ground truth, its
// confidence, its entropy or one class's probability; a disagreement pane shows where two
// models differ and which one the ground truth sides with. Below: what every pane says at the
// cursor, the legend, and the image's metrics per model with the best marked. Models are the
// project's runs and model files the user adds (checkpoints or TorchScript). GUI thread.

#include <filesystem>
#include <optional>
#include <vector>

#include <QWidget>
#include <opencv2/core/mat.hpp>

#include "core/data/class_map.h"
#include "core/data/dataset.h"
#include "core/infer/dense_crf.h"

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QListWidget;
class QMenu;
class QSlider;
class QTableWidget;

namespace seg::ui {

class DenseCrfButton;
class ImageView;
class MarkedImageView;
class ModelPredictions;
class SplitScoring;
class SplitSummary;
class ValidationBrowser;
class Viewport;

class CompareView : public QWidget {
    Q_OBJECT

public:
    enum class Layer { Prediction, Errors, Confidence, Entropy, ClassProbability, Disagreement };
    static constexpr int kMaxModels = 4;

    explicit CompareView(QWidget* parent = nullptr);
    ~CompareView() override;

    // The project's classes, its dataset (whose validation split the browser scores; kept
    // by the caller while the project is open) and its runs folder, whose best checkpoints
    // are offered.
    void setProject(const core::ClassMap& classes, const core::Dataset* dataset,
                    const std::filesystem::path& runsFolder);
    // Lists the runs again (a run may have finished since).
    void refreshModelList();
    // Offers `file` in the list and ticks it (a checkpoint, or a TorchScript file whose
    // settings are stored next to it). False with a message when 4 are ticked already.
    bool addModelFile(const std::filesystem::path& file);
    // The ticked models, in list order.
    std::vector<std::filesystem::path> chosenModels() const;

    // The image the panes show, as the models take it (CV_8UC3, or a change pair stacked as
    // CV_8UC(6): then the before and the after image get a pane each, and the masks are drawn
    // over the after image); `groundTruth` empty when it is unlabelled. The same sample again
    // only updates the ground truth (the predictions stay).
    void showImage(const QString& sampleId, const cv::Mat& image, const cv::Mat& groundTruth);
    const QString& sampleId() const { return m_sampleId; }

    void setLayer(Layer layer);
    Layer layer() const { return m_layer; }
    // The class whose probability the ClassProbability layer shows.
    void setProbabilityClass(int classIndex);
    void setOpacity(double opacity);
    void setClassVisible(int classIndex, bool visible);
    // The ground truth's outlines over every model pane: prediction and ground truth on one
    // view.
    void setTruthOutlines(bool shown);
    // Dense CRF after every model (predictions, metrics and the split's scores), or none.
    void setDenseCrf(const std::optional<core::DenseCrfSettings>& crf);
    DenseCrfButton* denseCrfButton() const { return m_crfButton; }
    // The two models the disagreement pane compares (indices into chosenModels()).
    void setDisagreementPair(int first, int second);

    Viewport* viewport() const { return m_viewport; }
    ModelPredictions* predictions() const { return m_predictions; }
    // Panes in order: image (a pair: before, after), ground truth, the models, then the
    // disagreement pane.
    QList<ImageView*> views() const;
    // What the panes say at the pixel under the cursor ("" when it is outside the image).
    QString readout() const;
    QTableWidget* imageMetrics() const { return m_metrics; }
    ValidationBrowser* browser() const { return m_browser; }
    SplitSummary* splitSummary() const { return m_summary; }
    SplitScoring* scoring() const { return m_scoring; }

Q_SIGNALS:
    // A problem worth a line in the status bar (a model that did not load, a prediction that
    // failed); already translated.
    void problem(const QString& message);
    // The browser picked an image: the window shows it (and calls showImage).
    void imageRequested(const QString& sampleId);
    // Fix Label: the window opens the image for painting; `reference` is the first model's
    // prediction of it (empty when there is none yet) for a reference layer.
    void fixLabelRequested(const QString& sampleId, const cv::Mat& reference);

protected:
    // The models ticked when this project was last compared are ticked again the first time
    // the tab shows (not when the project opens: loading them costs time and memory).
    void showEvent(QShowEvent* event) override;

private:
    struct Pane;
    // Where the ticked models of this project are remembered (QSettings).
    QString settingsKey() const;
    void restoreChosenModels();
    void buildControls(QWidget* controls);
    void rebuildPanes();
    // Panes before the models': image and ground truth, and a pair's after image.
    int imagePaneCount() const;
    bool showsPair() const;
    void applyChosenModels();
    void refreshPane(int model);
    void refreshFixedPanes();
    void refreshDisagreement();
    void refreshMetrics();
    // After the ground truth of the image on screen changed: its row in the browser.
    void rescoreShownImage();
    void refreshLegend();
    void updateReadout(std::optional<QPoint> pixel);
    QImage classMaskImage(const cv::Mat& mask) const;
    QString className(int value) const;

    core::ClassMap m_classes;
    std::filesystem::path m_runsFolder;
    std::vector<std::filesystem::path> m_addedFiles;
    QString m_sampleId;
    cv::Mat m_image;
    cv::Mat m_groundTruth;
    QImage m_displayImage;  // the scene the masks are drawn over: a pair's after image
    QImage m_beforeImage;   // a pair's before image, else null
    Layer m_layer = Layer::Prediction;
    int m_probabilityClass = 1;
    double m_opacity = 0.5;
    std::vector<bool> m_hiddenClasses;
    bool m_truthOutlines = false;
    QImage m_truthOutlineImage;  // of m_groundTruth, made when it changes
    int m_pairFirst = 0, m_pairSecond = 1;
    std::optional<QPoint> m_cursor;

    Viewport* m_viewport;
    ModelPredictions* m_predictions;
    QListWidget* m_modelList = nullptr;
    QComboBox* m_layerBox = nullptr;
    QComboBox* m_classBox = nullptr;
    QComboBox* m_firstBox = nullptr;
    QComboBox* m_secondBox = nullptr;
    QSlider* m_opacitySlider = nullptr;
    QMenu* m_classMenu = nullptr;
    QCheckBox* m_outlineBox = nullptr;
    DenseCrfButton* m_crfButton = nullptr;
    QGridLayout* m_paneGrid = nullptr;
    std::vector<Pane*> m_panes;  // image, ground truth, models..., disagreement
    QLabel* m_readout = nullptr;
    QLabel* m_legend = nullptr;
    QTableWidget* m_metrics = nullptr;
    SplitScoring* m_scoring;
    ValidationBrowser* m_browser = nullptr;
    SplitSummary* m_summary = nullptr;
    bool m_updatingList = false;
    bool m_restorePending = false;
};

}  // namespace seg::ui
