#pragma once
// List model over a dataset's samples: name, split, labelled state and a thumbnail loaded
// on first display (only visible rows ask) and cached. GUI thread.

#include <QAbstractListModel>
#include <QCache>
#include <QPixmap>

#include "core/data/dataset.h"

namespace seg::ui {

class DatasetListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { SplitRole = Qt::UserRole + 1, LabelledRole };
    static constexpr int kThumbnailSize = 64;

    explicit DatasetListModel(QObject* parent = nullptr);

    void setDataset(core::Dataset dataset);
    const core::Dataset& dataset() const { return m_dataset; }
    const core::Sample& sample(int row) const {
        return m_dataset.samples.at(static_cast<size_t>(row));
    }

    // A mask was saved for the sample in `row` (painted in the app).
    void setSampleMask(int row, const std::filesystem::path& mask);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    QPixmap thumbnail(int row) const;

    core::Dataset m_dataset;
    mutable QCache<int, QPixmap> m_thumbnails{2000};
};

}  // namespace seg::ui
