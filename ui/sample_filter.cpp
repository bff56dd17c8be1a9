#include "ui/sample_filter.h"

#include "core/data/dataset.h"
#include "ui/dataset_list_model.h"

namespace seg::ui {

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
