#include "ui/dataset_list_model.h"

#include <algorithm>
#include <cmath>
#include <set>

#include <QFutureWatcher>
#include <QImageReader>

#include "core/common/paths.h"
#include "ui/jobs/background_job.h"
#include "ui/text/error_text.h"

namespace seg::ui {

DatasetListModel::DatasetListModel(QObject* parent)
    : QAbstractListModel(parent), m_placeholder(kThumbnailSize, kThumbnailSize) {
    m_placeholder.fill(QColor(0xd8, 0xd8, 0xd8));
}

void DatasetListModel::setDataset(core::Dataset dataset) {
    beginResetModel();
    m_dataset = std::move(dataset);
    m_labelled.clear();
    m_rows.clear();
    for (const auto& sample : m_dataset.samples) {
        m_rows.emplace(sample.id, int(m_labelled.size()));
        m_labelled.push_back(sample.hasMask());
    }
    m_uncertainty.assign(m_dataset.samples.size(), std::nan(""));
    m_scored = 0;
    m_thumbnails.clear();
    m_loading.clear();
    ++m_generation;
    endResetModel();
}

int DatasetListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_dataset.samples.size());
}

QVariant DatasetListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const core::Sample& s = sample(index.row());
    const double uncertainty = m_uncertainty[static_cast<size_t>(index.row())];
    switch (role) {
        case IdRole:
            return toQString(s.id);
        case Qt::DisplayRole:
            if (std::isnan(uncertainty)) return toQString(s.id);
            //: Under an image's name in the images list: how unsure the model is about it.
            return tr("%1\n%2% unsure").arg(toQString(s.id)).arg(qRound(uncertainty * 100));
        case UncertaintyRole:
            return std::isnan(uncertainty) ? QVariant() : QVariant(uncertainty);
        case Qt::DecorationRole:
            return thumbnail(index.row());
        case Qt::ToolTipRole:
            if (std::isnan(uncertainty)) return toQPath(s.image);
            return tr("%1\nMean uncertainty of the model's prediction: %2 (0 sure, 1 a guess)")
                .arg(toQPath(s.image))
                .arg(uncertainty, 0, 'f', 3);
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
    if (!m_loading.count(row)) loadThumbnail(row);
    return m_placeholder;
}

void DatasetListModel::loadThumbnail(int row) const {
    m_loading.insert(row);
    auto* self = const_cast<DatasetListModel*>(this);  // a cache fill, not a change of data
    const quint64 generation = m_generation;
    auto* watcher = new QFutureWatcher<JobResult<QImage>>(self);
    connect(watcher, &QFutureWatcher<JobResult<QImage>>::finished, self,
            [self, watcher, row, generation] {
                watcher->deleteLater();
                if (generation != self->m_generation) return;  // another dataset since
                self->m_loading.erase(row);
                QPixmap pixmap = QPixmap::fromImage(watcher->result().value);
                if (pixmap.isNull()) {  // unreadable: a neutral tile; selecting it says why
                    pixmap = QPixmap(kThumbnailSize, kThumbnailSize);
                    pixmap.fill(Qt::darkGray);
                }
                self->m_thumbnails.insert(row, new QPixmap(pixmap));
                const QModelIndex at = self->index(row);
                Q_EMIT self->dataChanged(at, at, {Qt::DecorationRole});
            });
    // After everything the user waits for (an image opening, a tool's map).
    watcher->setFuture(runBackgroundJob(
        tr("Thumbnail of %1").arg(toQString(sample(row).id)),
        [file = toQPath(sample(row).image)] {
            QImageReader reader(file);
            const QSize full = reader.size();
            if (full.isValid())
                reader.setScaledSize(
                    full.scaled(kThumbnailSize, kThumbnailSize, Qt::KeepAspectRatio));
            return reader.read();
        },
        -10));
}

int DatasetListModel::rowOf(const QString& id) const {
    const auto it = m_rows.find(id.toStdString());
    return it == m_rows.end() ? -1 : it->second;
}

void DatasetListModel::setUncertainty(const QString& id, double entropy) {
    const int row = rowOf(id);
    if (row < 0) return;
    double& score = m_uncertainty[static_cast<size_t>(row)];
    m_scored += int(std::isnan(score)) - int(std::isnan(entropy));
    score = entropy;
    Q_EMIT dataChanged(index(row), index(row), {Qt::DisplayRole, Qt::ToolTipRole, UncertaintyRole});
}

void DatasetListModel::clearUncertainty() {
    if (m_scored == 0) return;
    std::fill(m_uncertainty.begin(), m_uncertainty.end(), std::nan(""));
    m_scored = 0;
    Q_EMIT dataChanged(index(0), index(rowCount() - 1),
                       {Qt::DisplayRole, Qt::ToolTipRole, UncertaintyRole});
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
    core::Sample& sample = m_dataset.samples[static_cast<size_t>(row)];
    sample.mask = mask;
    sample.paintedMask = !mask.empty();  // only masks painted here are set this way
    m_labelled[static_cast<size_t>(row)] = labelled;
    // Ranking is for the images still to label: a labelled one leaves it.
    double& score = m_uncertainty[static_cast<size_t>(row)];
    if (labelled && !std::isnan(score)) {
        score = std::nan("");
        --m_scored;
    }
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
