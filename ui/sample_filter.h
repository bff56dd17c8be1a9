#pragma once
// The rows of the image list that its filter box lets through. GUI thread.

#include <QSortFilterProxyModel>

namespace seg::ui {

class SampleFilter : public QSortFilterProxyModel {
public:
    // In the order of the filter box's entries.
    enum Mode { All, Training, Validation, Unlabelled, Labelled };

    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setMode(int mode);

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override;

private:
    int m_mode = All;
};

}  // namespace seg::ui
