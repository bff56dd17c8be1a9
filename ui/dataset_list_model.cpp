#include "ui/dataset_list_model.h"

#include <set>

#include <QImageReader>

#include "core/common/paths.h"
#include "ui/text/error_text.h"

namespace seg::ui {

DatasetListModel::DatasetListModel(QObject* parent) : QAbstractListModel(parent) {}

void DatasetListModel::setDataset(core::Dataset dataset) {
    beginResetModel();
    m_dataset = std::move(dataset);
    m_labelled.clear();
    for (const auto& sample : m_dataset.samples) m_labelled.push_back(sample.hasMask());
    m_thumbnails.clear();
    endResetModel();
}

int DatasetListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_dataset.samples.size());
}

QVariant DatasetListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const core::Sample& s = sample(index.row());
    switch (role) {
        case Qt::DisplayRole:
            return toQString(s.id);
        case Qt::DecorationRole:
            return thumbnail(index.row());
        case Qt::ToolTipRole:
            return toQPath(s.image);
        case SplitRole:
            return static_cast<int>(s.split);
        case LabelledRole:
            return isLabelled(index.row());
        default:
            return {};
    }
}

QPixmap DatasetListModel::thumbnail(int row) const {
    if (auto* cached = m_thumbnails.object(row)) return *cached;
    QImageReader reader(toQPath(sample(row).image));
    const QSize full = reader.size();
    if (full.isValid())
        reader.setScaledSize(full.scaled(kThumbnailSize, kThumbnailSize, Qt::KeepAspectRatio));
    QPixmap pixmap = QPixmap::fromImage(reader.read());
    if (pixmap.isNull()) {  // unreadable: a neutral tile, the view reports the error on selection
        pixmap = QPixmap(kThumbnailSize, kThumbnailSize);
        pixmap.fill(Qt::darkGray);
    }
    m_thumbnails.insert(row, new QPixmap(pixmap));
    return pixmap;
}

core::Dataset DatasetListModel::labelledDataset() const {
    core::Dataset copy = m_dataset;
    for (size_t i = 0; i < copy.samples.size(); ++i)
        if (!m_labelled[i]) copy.samples[i].mask.clear();
    return copy;
}

void DatasetListModel::setSampleMask(int row, const std::filesystem::path& mask, bool labelled) {
    if (row < 0 || row >= rowCount()) return;
    // A removed painted mask gives way to the dataset's own, if any: it applies again.
    m_dataset.samples[static_cast<size_t>(row)].mask = mask;
    m_labelled[static_cast<size_t>(row)] = labelled;
    m_thumbnails.remove(row);
    Q_EMIT dataChanged(index(row), index(row));
}

void DatasetListModel::markUnlabelled(const std::vector<std::string>& ids) {
    const std::set<std::string> unlabelled(ids.begin(), ids.end());
    for (size_t i = 0; i < m_dataset.samples.size(); ++i)
        if (m_labelled[i] && unlabelled.count(m_dataset.samples[i].id)) {
            m_labelled[i] = 0;
            Q_EMIT dataChanged(index(int(i)), index(int(i)));
        }
}

}  // namespace seg::ui
