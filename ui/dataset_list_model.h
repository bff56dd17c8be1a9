#pragma once
// List model over a dataset's samples: name, split, labelled state, how unsure a model is
// about the image (when one has scored it) and a thumbnail decoded in the background on
// first display (only visible rows ask; an 8000x8000 PNG takes a second) and cached. GUI
// thread.

#include <QAbstractListModel>
#include <set>
#include <unordered_map>

#include <QCache>
#include <QPixmap>

#include "core/data/dataset.h"

namespace seg::ui {

class DatasetListModel : public QAbstractListModel {
    Q_OBJECT

public:
    // IdRole: the sample's id (the display text adds its uncertainty). UncertaintyRole: the
    // mean normalised entropy of a model's prediction (0 sure to 1 a uniform guess), or an
    // invalid QVariant when no model has scored the image.
    enum Role { SplitRole = Qt::UserRole + 1, LabelledRole, IdRole, UncertaintyRole };
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
    // The row of sample `id`, or -1.
    int rowOf(const QString& id) const;

    // A model's uncertainty about sample `id` (see UncertaintyRole); ignored for an unknown
    // id. Labelling an image drops its score: the ranking is of the images still to label.
    void setUncertainty(const QString& id, double entropy);
    void clearUncertainty();
    bool hasUncertainty() const { return m_scored > 0; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

    // Rows whose thumbnails are being decoded (tests, benchmarks).
    int thumbnailsLoading() const { return int(m_loading.size()); }

private:
    QPixmap thumbnail(int row) const;
    void loadThumbnail(int row) const;

    core::Dataset m_dataset;
    std::vector<char> m_labelled;       // per sample
    std::vector<double> m_uncertainty;  // per sample; NaN: not scored
    int m_scored = 0;                   // samples with a score
    std::unordered_map<std::string, int> m_rows;  // by sample id
    mutable QCache<int, QPixmap> m_thumbnails{2000};
    mutable std::set<int> m_loading;
    quint64 m_generation = 0;  // changes with the dataset: late thumbnails are dropped
    QPixmap m_placeholder;     // shown while a thumbnail decodes
};

}  // namespace seg::ui
