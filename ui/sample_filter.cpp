#include "ui/sample_filter.h"

#include "core/data/dataset.h"
#include "ui/dataset_list_model.h"

namespace seg::ui {

SampleFilter::SampleFilter(QObject* parent) : QSortFilterProxyModel(parent) {
    // Scores arriving from live learning move rows at once.
    setDynamicSortFilter(true);
    setSortRole(DatasetListModel::UncertaintyRole);
}

void SampleFilter::setOrder(int order) {
    m_order = order;
    if (order == MostUncertainFirst)
        sort(0, Qt::AscendingOrder);  // lessThan puts the most uncertain first
    else
        sort(-1);  // the source's order
}

bool SampleFilter::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    const QVariant a = left.data(DatasetListModel::UncertaintyRole);
    const QVariant b = right.data(DatasetListModel::UncertaintyRole);
    if (a.isValid() != b.isValid()) return a.isValid();  // scored images first
    if (a.isValid() && a.toDouble() != b.toDouble()) return a.toDouble() > b.toDouble();
    return left.row() < right.row();
}

void SampleFilter::setMode(int mode) {
    m_mode = mode;
    invalidateRowsFilter();
}

bool SampleFilter::filterAcceptsRow(int row, const QModelIndex& parent) const {
    const QModelIndex index = sourceModel()->index(row, 0, parent);
    const auto split = static_cast<core::Split>(index.data(DatasetListModel::SplitRole).toInt());
    const bool labelled = index.data(DatasetListModel::LabelledRole).toBool();
    switch (m_mode) {
        case Training:
            return split == core::Split::Train;
        case Validation:
            return split == core::Split::Val;
        case Unlabelled:
            return !labelled;
        case Labelled:
            return labelled;
        default:
            return true;
    }
}

}  // namespace seg::ui
