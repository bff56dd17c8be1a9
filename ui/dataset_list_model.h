#pragma once
// List model over a dataset's samples: name, split, labelled state and a thumbnail decoded
// in the background on first display (only visible rows ask; an 8000x8000 PNG takes a
// second) and cached. GUI thread.

#include <QAbstractListModel>
#include <set>

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

    // A mask was saved for the sample in `row` (painted in the app; empty: removed);
    // `labelled` when it gives any pixel a class.
    void setSampleMask(int row, const std::filesystem::path& mask, bool labelled);
    // Whether the sample has labels: a mask file that is all unlabelled does not count.
    bool isLabelled(int row) const { return m_labelled.at(static_cast<size_t>(row)) != 0; }
    // The samples `ids` have mask files that hold no label: they count as unlabelled.
    void markUnlabelled(const std::vector<std::string>& ids);
    // The dataset with the masks of unlabelled samples left out (ranking and counts).
    core::Dataset labelledDataset() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

    // Rows whose thumbnails are being decoded (tests, benchmarks).
    int thumbnailsLoading() const { return int(m_loading.size()); }

private:
    QPixmap thumbnail(int row) const;
    void loadThumbnail(int row) const;

    core::Dataset m_dataset;
    std::vector<char> m_labelled;  // per sample
    mutable QCache<int, QPixmap> m_thumbnails{2000};
    mutable std::set<int> m_loading;
    quint64 m_generation = 0;  // changes with the dataset: late thumbnails are dropped
    QPixmap m_placeholder;     // shown while a thumbnail decodes
};

}  // namespace seg::ui
