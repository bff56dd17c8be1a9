#include "ui/compare/image_scores_model.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "ui/text/error_text.h"

namespace seg::ui {

namespace {

constexpr double kNoScore = std::numeric_limits<double>::infinity();

QString scoreText(double value) {
    return std::isnan(value) ? QStringLiteral("-") : QString::number(value * 100.0, 'f', 1);
}

}  // namespace

ImageScoresModel::ImageScoresModel(QObject* parent) : QAbstractTableModel(parent) {}

ImageScoresModel::Row ImageScoresModel::rowFor(const core::ModelComparison& comparison,
                                               const std::string& id) const {
    Row row{toQString(id), {}};
    for (const auto& evaluation : comparison.evaluations) {
        const auto it = std::find_if(evaluation.perImage.begin(), evaluation.perImage.end(),
                                     [&](const core::ImageScore& s) { return s.sampleId == id; });
        row.scores.push_back(it != evaluation.perImage.end() ? *it : core::ImageScore{});
    }
    return row;
}

void ImageScoresModel::setComparison(const core::ModelComparison& comparison,
                                     const core::ClassMap& classes) {
    beginResetModel();
    m_models.clear();
    for (const auto& name : comparison.models) m_models.push_back(toQString(name));
    m_classes = classes;
    m_rows.clear();
    if (!comparison.evaluations.empty())
        for (const auto& score : comparison.evaluations.front().perImage)
            m_rows.push_back(rowFor(comparison, score.sampleId));
    endResetModel();
}

void ImageScoresModel::updateImage(const core::ModelComparison& comparison,
                                   const QString& sampleId) {
    for (size_t r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].sampleId == sampleId) {
            m_rows[r] = rowFor(comparison, sampleId.toStdString());
            Q_EMIT dataChanged(index(int(r), 0), index(int(r), columnCount() - 1));
        }
}

int ImageScoresModel::differenceColumn() const {
    return m_models.size() >= 2 ? 1 + int(m_models.size()) + 3 : -1;
}

bool ImageScoresModel::rowHasClass(int row, int classIndex) const {
    const auto& scores = m_rows.at(size_t(row)).scores;
    if (scores.empty()) return false;
    const auto& present = scores.front().classesInTruth;
    return std::binary_search(present.begin(), present.end(), classIndex);
}

int ImageScoresModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImageScoresModel::columnCount(const QModelIndex& parent) const {
    if (parent.isValid() || m_models.empty()) return 0;
    // image, mIoU per model, pixel accuracy, worst class, its IoU, [difference]
    return 1 + int(m_models.size()) + 3 + (m_models.size() >= 2 ? 1 : 0);
}

QVariant ImageScoresModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const int n = int(m_models.size());
    if (section == 0) return tr("Image");
    // Two lines: what, then whose (run names are long).
    if (section <= n) return tr("mIoU %\n%1").arg(m_models[size_t(section - 1)]);
    if (section == n + 1) return tr("Pixel acc. %\n%1").arg(m_models.front());
    if (section == n + 2) return tr("Worst class");
    if (section == n + 3) return tr("Its IoU %");
    if (section == differenceColumn())
        return tr("mIoU difference\n%1 - %2").arg(m_models[0], m_models[1]);
    return {};
}

QVariant ImageScoresModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) return {};
    const Row& row = m_rows.at(size_t(index.row()));
    const int column = index.column(), n = int(m_models.size());
    if (role == kSampleIdRole) return row.sampleId;
    const auto& first = row.scores.front();
    const auto valueOf = [&]() -> double {
        if (column >= 1 && column <= n) return row.scores[size_t(column - 1)].meanIoU;
        if (column == n + 1) return first.pixelAccuracy;
        if (column == n + 3) return first.worstClass < 0 ? std::nan("") : first.worstClassIoU;
        if (column == differenceColumn()) return row.scores[0].meanIoU - row.scores[1].meanIoU;
        return std::nan("");
    };
    if (role == Qt::DisplayRole) {
        if (column == 0) return row.sampleId;
        if (column == n + 2)
            return first.worstClass < 0 ? QStringLiteral("-")
                                        : toQString(m_classes.at(first.worstClass).name);
        return scoreText(valueOf());
    }
    if (role == kSortRole) {
        if (column == 0) return row.sampleId;
        if (column == n + 2)
            return first.worstClass < 0 ? QString()
                                        : toQString(m_classes.at(first.worstClass).name);
        const double v = valueOf();
        return std::isnan(v) ? kNoScore : v;
    }
    if (role == Qt::TextAlignmentRole && column != 0 && column != n + 2)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

void ImageScoresFilter::setRequiredClass(int classIndex) {
    m_class = classIndex;
    invalidateFilter();
}

bool ImageScoresFilter::filterAcceptsRow(int row, const QModelIndex&) const {
    if (m_class < 0) return true;
    const auto* model = qobject_cast<const ImageScoresModel*>(sourceModel());
    return model && model->rowHasClass(row, m_class);
}

}  // namespace seg::ui
