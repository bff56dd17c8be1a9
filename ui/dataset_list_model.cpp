#include "ui/dataset_list_model.h"

#include <QImageReader>

#include "core/common/paths.h"
#include "ui/text/error_text.h"

namespace seg::ui {

DatasetListModel::DatasetListModel(QObject* parent) : QAbstractListModel(parent) {}

void DatasetListModel::setDataset(core::Dataset dataset) {
    beginResetModel();
    m_dataset = std::move(dataset);
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
            return s.hasMask();
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

void DatasetListModel::setSampleMask(int row, const std::filesystem::path& mask) {
    if (row < 0 || row >= rowCount()) return;
    m_dataset.samples[static_cast<size_t>(row)].mask = mask;
    m_thumbnails.remove(row);
    Q_EMIT dataChanged(index(row), index(row));
}

}  // namespace seg::ui
