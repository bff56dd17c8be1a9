#pragma once
// The compared models on the whole validation split: the metrics table (pixel accuracy,
// mean class accuracy, mIoU, frequency-weighted IoU, mean Dice, IoU per class) with the best
// of each row in bold, a confusion matrix per model (counts or row-normalised), and exports:
// the table as CSV and a PNG grid of the hardest images x models. GUI thread; the grid is
// drawn on a worker.

#include <filesystem>
#include <string>
#include <vector>

#include <QWidget>

#include "core/data/dataset.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace seg::ui {

class SplitScoring;

class SplitSummary : public QWidget {
    Q_OBJECT

public:
    SplitSummary(SplitScoring* scoring, QWidget* parent = nullptr);

    void setDataset(const core::Dataset* dataset);
    QTableWidget* metricsTable() const { return m_table; }
    QTableWidget* confusionTable() const { return m_confusion; }
    // Writes the table as CSV (temp file and rename); false with `error` set on failure.
    bool exportCsv(const QString& file, QString* error) const;
    // The images the grid shows, chosen in the validation browser; none: the hardest.
    void setChosenImages(const std::vector<std::string>& sampleIds);
    // Draws the grid on a worker (the chosen images, else the `images` hardest) and writes
    // it as PNG; emits gridWritten or problem.
    void exportGrid(const QString& file, int images);

Q_SIGNALS:
    void gridWritten(const QString& file);
    void problem(const QString& message);

private:
    void showResult();
    void showConfusion();

    SplitScoring* m_scoring;
    const core::Dataset* m_dataset = nullptr;
    QLabel* m_status;
    QTableWidget* m_table;
    QComboBox* m_confusionModel;
    QCheckBox* m_normalised;
    QTableWidget* m_confusion;
    QPushButton* m_csvButton;
    QPushButton* m_gridButton;
    QSpinBox* m_gridImages;
    QLabel* m_gridChoice;
    std::vector<std::string> m_chosen;
};

}  // namespace seg::ui
