#pragma once
// The rows of the image list that its filter box lets through, in the project's order or
// the most uncertain first (images a model has not scored after those it has). GUI thread.

#include <QSortFilterProxyModel>

namespace seg::ui {

class SampleFilter : public QSortFilterProxyModel {
public:
    // In the order of the filter box's entries.
    enum Mode { All, Training, Validation, Unlabelled, Labelled };
    // In the order of the order box's entries.
    enum Order { ProjectOrder, MostUncertainFirst };

    explicit SampleFilter(QObject* parent = nullptr);
    void setMode(int mode);
    void setOrder(int order);
    int order() const { return m_order; }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    int m_mode = All;
    int m_order = ProjectOrder;
};

}  // namespace seg::ui
