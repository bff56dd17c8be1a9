#pragma once
// The latest epoch's validation figures per class: a table of IoU, Dice, accuracy and
// precision, and the confusion matrix as a heatmap (rows: ground truth, normalised per
// row, so each row shows where that class's pixels went). GUI thread.

#include <QStringList>
#include <QWidget>
#include <vector>

class QCustomPlot;
class QCPColorMap;
class QTableWidget;
class QLabel;

namespace seg::core {
struct SegmentationMetrics;
}

namespace seg::ui {

class EpochDetails : public QWidget {
    Q_OBJECT

public:
    explicit EpochDetails(QWidget* parent = nullptr);

    void setClassNames(const QStringList& names);
    // `confusion`: numClasses x numClasses counts, row = ground truth.
    void showEpoch(int epoch, const core::SegmentationMetrics& metrics,
                   const std::vector<uint64_t>& confusion);
    void clear();

    QTableWidget* table() const { return m_table; }
    QCustomPlot* heatmap() const { return m_plot; }

private:
    QLabel* m_title;
    QTableWidget* m_table;
    QCustomPlot* m_plot;
    QCPColorMap* m_map;
    QStringList m_names;
};

}  // namespace seg::ui
