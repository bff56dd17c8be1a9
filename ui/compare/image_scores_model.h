#pragma once
// The validation browser's table: one row per image of the scored split, with each model's
// mIoU, the first model's pixel accuracy and worst class, and (with two models or more) the
// difference of the first two models' mIoU. Sorts numerically (images without a score
// last); filters by a class present in the ground truth. GUI thread.

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include "core/data/class_map.h"
#include "core/infer/model_comparison.h"

namespace seg::ui {

class ImageScoresModel : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int kSortRole = Qt::UserRole + 1;  // double; +inf for no score
    static constexpr int kSampleIdRole = Qt::UserRole + 2;

    explicit ImageScoresModel(QObject* parent = nullptr);

    void setComparison(const core::ModelComparison& comparison, const core::ClassMap& classes);
    // The row of `sampleId` changed in `comparison` (its label was corrected).
    void updateImage(const core::ModelComparison& comparison, const QString& sampleId);
    // The column of model m's mIoU, of the first two models' difference (-1 with fewer).
    int meanIoUColumn(int model) const { return 1 + model; }
    int differenceColumn() const;
    // Whether the row's ground truth holds `classIndex`.
    bool rowHasClass(int row, int classIndex) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row {
        QString sampleId;
        std::vector<core::ImageScore> scores;  // per model; sampleId empty where missing
    };
    Row rowFor(const core::ModelComparison& comparison, const std::string& id) const;

    std::vector<QString> m_models;
    core::ClassMap m_classes;
    std::vector<Row> m_rows;
};

// Sorts by ImageScoresModel::kSortRole and keeps the rows whose ground truth holds a class.
class ImageScoresFilter : public QSortFilterProxyModel {
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    // -1: every image.
    void setRequiredClass(int classIndex);

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override;

private:
    int m_class = -1;
};

}  // namespace seg::ui
