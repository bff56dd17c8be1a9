#pragma once
// The validation browser: every image of the validation split with each compared model's
// scores, worst first, filtered by a class present; a click shows the image in the panes and
// Fix Label opens it for painting. Scoring runs in the background (SplitScoring) with a
// progress bar and Stop. GUI thread.

#include <string>
#include <vector>

#include <QWidget>

#include "core/data/class_map.h"
#include "ui/widgets/time_left.h"

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace seg::ui {

class ImageScoresFilter;
class ImageScoresModel;
class SplitScoring;

class ValidationBrowser : public QWidget {
    Q_OBJECT

public:
    ValidationBrowser(SplitScoring* scoring, QWidget* parent = nullptr);

    void setClasses(const core::ClassMap& classes);
    // Whether models are chosen to score (the Score button's state).
    void setCanScore(bool canScore);
    QTableView* table() const { return m_table; }
    ImageScoresModel* scores() const { return m_model; }
    // The image of the proxy row, as the table shows it (sorted and filtered).
    QString sampleIdAt(int row) const;
    void setRequiredClass(int classIndex);
    // The images selected in the table (Ctrl/Shift-click selects several), in table order.
    std::vector<std::string> selectedSampleIds() const;

Q_SIGNALS:
    void scoreRequested();
    void imageChosen(const QString& sampleId);
    void fixLabelRequested(const QString& sampleId);
    void selectionChanged();

private:
    void showResult();
    void updateStatus();
    QString currentSampleId() const;

    SplitScoring* m_scoring;
    core::ClassMap m_classes;
    ImageScoresModel* m_model;
    ImageScoresFilter* m_filter;
    QTableView* m_table;
    QPushButton* m_scoreButton;
    QPushButton* m_stopButton;
    QPushButton* m_fixButton;
    QProgressBar* m_progress;
    TimeLeft m_timeLeft;  // of the scoring under way
    QComboBox* m_classBox;
    QLabel* m_status;
};

}  // namespace seg::ui
