// CompareView, what its panes show: the image, the ground truth and each model in the
// chosen layer, the disagreement pane, the metrics of the image, the legend and the readout.

#include <cmath>

#include <QLabel>
#include <QTableWidget>
#include <opencv2/core.hpp>

#include "core/eval/confusion_matrix.h"
#include "core/eval/disagreement_map.h"
#include "core/eval/error_map.h"
#include "core/eval/metrics.h"
#include "core/infer/model_comparison.h"
#include "ui/compare/analysis_images.h"
#include "ui/compare/compare_view.h"
#include "ui/compare/compare_view_pane.h"
#include "ui/compare/marked_image_view.h"
#include "ui/compare/model_predictions.h"
#include "ui/mask_image.h"
#include "ui/text/error_text.h"

namespace seg::ui {

namespace {

QString percent(double value) {
    return std::isnan(value) ? QStringLiteral("-") : QString::number(value * 100.0, 'f', 1);
}

}  // namespace

void CompareView::refreshFixedPanes() {
    m_truthOutlineImage = m_groundTruth.empty() ? QImage() : maskOutlines(m_groundTruth, m_classes);
    const int truthPane = imagePaneCount() - 1;
    if (int(m_panes.size()) <= truthPane) return;
    MarkedImageView* truth = m_panes[size_t(truthPane)]->view;
    if (m_image.empty()) {
        m_panes[0]->view->setMessage(tr("Choose an image in the Images list"));
        truth->setMessage(QString());
        return;
    }
    // A pair: before, then after; the ground truth is drawn over the after image.
    const QImage images[] = {showsPair() ? m_beforeImage : m_displayImage, m_displayImage};
    for (int i = 0; i < truthPane; ++i) {
        m_panes[size_t(i)]->view->setImage(images[i]);
        m_panes[size_t(i)]->view->setMask(QImage());
    }
    truth->setImage(m_displayImage);
    if (m_groundTruth.empty()) {
        truth->setMask(QImage());
        m_panes[size_t(truthPane)]->title->setText(
            tr("Ground truth (none: the image is unlabelled)"));
    } else {
        truth->setMask(classMaskImage(m_groundTruth));
        m_panes[size_t(truthPane)]->title->setText(tr("Ground truth"));
    }
}

void CompareView::refreshPane(int model) {
    const size_t index = size_t(imagePaneCount() + model);
    if (index >= m_panes.size() - 1) return;
    Pane& pane = *m_panes[index];
    const QString name = m_predictions->modelName(model);
    pane.view->setOutlines(m_truthOutlines ? m_truthOutlineImage : QImage());
    if (!m_predictions->loadError(model).isEmpty()) {
        pane.title->setText(name);
        pane.view->setMessage(m_predictions->loadError(model));
        return;
    }
    if (m_image.empty()) {
        pane.title->setText(name);
        pane.view->setMessage(QString());
        return;
    }
    pane.view->setImage(m_displayImage);
    const auto* p = m_predictions->prediction(model);
    if (!p) {
        pane.title->setText(m_predictions->info(model) ? tr("%1 (predicting...)").arg(name)
                                                       : tr("%1 (loading...)").arg(name));
        pane.view->setMask(QImage());
        return;
    }
    pane.title->setText(name);
    switch (m_layer) {
        case Layer::Prediction:
        case Layer::Disagreement:
            pane.view->setMask(classMaskImage(p->mask));
            break;
        case Layer::Errors:
            if (m_groundTruth.empty() || m_groundTruth.size() != p->mask.size()) {
                pane.title->setText(tr("%1 (no ground truth to compare with)").arg(name));
                pane.view->setMask(classMaskImage(p->mask));
            } else {
                pane.view->setMask(AnalysisImages::errorMap(
                    core::computeErrorMap(p->mask, m_groundTruth, m_classes.ignoreIndex()),
                    m_opacity));
            }
            break;
        case Layer::Confidence:
            pane.view->setMask(AnalysisImages::heatMap(p->confidence, m_opacity));
            break;
        case Layer::Entropy:
            pane.view->setMask(AnalysisImages::heatMap(p->entropy, m_opacity));
            break;
        case Layer::ClassProbability:
            if (m_probabilityClass < int(p->probabilities.size()))
                pane.view->setMask(AnalysisImages::heatMap(
                    p->probabilities[size_t(m_probabilityClass)], m_opacity));
            break;
    }
}

void CompareView::refreshDisagreement() {
    if (m_panes.empty()) return;
    Pane& pane = *m_panes.back();
    if (m_layer != Layer::Disagreement) return;
    const int n = m_predictions->modelCount();
    if (n < 2 || m_pairFirst == m_pairSecond || m_pairFirst >= n || m_pairSecond >= n) {
        pane.title->setText(tr("Disagreement"));
        pane.view->setMessage(tr("Tick two models and choose two different ones above"));
        return;
    }
    const QString first = m_predictions->modelName(m_pairFirst);
    const QString second = m_predictions->modelName(m_pairSecond);
    pane.title->setText(tr("Disagreement: %1 vs %2").arg(first, second));
    const auto* a = m_predictions->prediction(m_pairFirst);
    const auto* b = m_predictions->prediction(m_pairSecond);
    if (m_image.empty() || !a || !b) {
        pane.view->setMessage(m_image.empty() ? QString() : tr("Waiting for both predictions..."));
        return;
    }
    const cv::Mat truth = m_groundTruth.size() == a->mask.size() ? m_groundTruth : cv::Mat();
    const auto map = core::computeDisagreement(a->mask, b->mask, truth, m_classes.ignoreIndex());
    pane.view->setImage(m_displayImage);
    pane.view->setMask(AnalysisImages::disagreementMap(map, m_opacity));
    const double total = double(a->mask.total());
    pane.title->setText(tr("Disagreement: %1 vs %2 (%3% of pixels differ)")
                            .arg(first, second)
                            .arg(100.0 * (total - double(map.counts[0])) / total, 0, 'f', 1));
}

void CompareView::refreshMetrics() {
    m_metrics->clear();
    const int n = m_predictions->modelCount();
    const int classes = m_classes.size();
    QStringList headers{tr("Pixel accuracy %"), tr("mIoU %")};
    for (const auto& c : m_classes.classes()) headers << tr("IoU %1 %").arg(toQString(c.name));
    m_metrics->setColumnCount(int(headers.size()));
    m_metrics->setHorizontalHeaderLabels(headers);
    m_metrics->setRowCount(n);
    QStringList rows;
    for (int m = 0; m < n; ++m) rows << m_predictions->modelName(m);
    m_metrics->setVerticalHeaderLabels(rows);
    if (m_groundTruth.empty()) return;
    std::vector<std::vector<double>> values(static_cast<size_t>(n));
    for (int m = 0; m < n; ++m) {
        const auto* p = m_predictions->prediction(m);
        const auto* info = m_predictions->info(m);
        if (!p || !info || info->classes.names() != m_classes.names() ||
            p->mask.size() != m_groundTruth.size())
            continue;
        core::ConfusionMatrix matrix(classes, m_classes.ignoreIndex());
        matrix.add(p->mask, m_groundTruth);
        const auto metrics = core::computeMetrics(matrix);
        values[size_t(m)] = {metrics.pixelAccuracy, metrics.meanIoU};
        for (const auto& c : metrics.classes) values[size_t(m)].push_back(c.iou);
    }
    for (int column = 0; column < int(headers.size()); ++column) {
        // Models still predicting (or of other classes) take no part: NaN.
        std::vector<double> columnValues;
        for (const auto& v : values)
            columnValues.push_back(v.empty() ? std::nan("") : v[size_t(column)]);
        const std::vector<bool> best = core::highestMarks(columnValues);
        for (int m = 0; m < n; ++m) {
            const auto& v = values[size_t(m)];
            auto* item = new QTableWidgetItem(v.empty() ? QStringLiteral("...")
                                                        : percent(v[size_t(column)]));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (best[size_t(m)]) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
                item->setToolTip(tr("Best of the models on this image"));
            }
            m_metrics->setItem(m, column, item);
        }
    }
    m_metrics->resizeColumnsToContents();
}

void CompareView::refreshLegend() {
    const auto swatch = [](const QColor& c, const QString& text) {
        return QStringLiteral(
                   "<span "
                   "style=\"background-color:%1\">&nbsp;&nbsp;&nbsp;&nbsp;</"
                   "span>&nbsp;%2&nbsp;&nbsp; ")
            .arg(c.name(), text.toHtmlEscaped());
    };
    QString html;
    switch (m_layer) {
        case Layer::Errors:
            for (int k = 0; k < core::kErrorKinds; ++k)
                html += swatch(AnalysisImages::errorColor(core::ErrorKind(k)),
                               AnalysisImages::errorName(core::ErrorKind(k)));
            break;
        case Layer::Disagreement:
            if (m_predictions->modelCount() >= 2)
                for (int k = 1; k < core::kDisagreementKinds; ++k)
                    html += swatch(AnalysisImages::disagreementColor(core::Disagreement(k)),
                                   AnalysisImages::disagreementName(
                                       core::Disagreement(k), m_predictions->modelName(m_pairFirst),
                                       m_predictions->modelName(m_pairSecond)));
            break;
        case Layer::Confidence:
        case Layer::Entropy:
        case Layer::ClassProbability:
            html += swatch(AnalysisImages::heatColor(0.0), QStringLiteral("0")) +
                    swatch(AnalysisImages::heatColor(0.5), QStringLiteral("0.5")) +
                    swatch(AnalysisImages::heatColor(1.0), QStringLiteral("1"));
            html +=
                m_layer == Layer::Entropy ? tr("(0 sure, 1 a uniform guess)") : tr("(probability)");
            break;
        case Layer::Prediction:
            break;
    }
    m_legend->setText(html);
    m_legend->setVisible(!html.isEmpty());
}

QString CompareView::className(int value) const {
    if (value == m_classes.ignoreIndex()) return tr("ignored");
    if (value >= 0 && value < m_classes.size()) return toQString(m_classes.at(value).name);
    return QString::number(value);
}

void CompareView::updateReadout(std::optional<QPoint> pixel) {
    m_cursor = pixel;
    for (Pane* pane : m_panes) pane->view->setMarker(pixel);
    if (!pixel || m_image.empty()) {
        m_readout->setText(QString());
        return;
    }
    const int x = pixel->x(), y = pixel->y();
    QStringList parts{tr("x %1, y %2").arg(x).arg(y)};
    if (!m_groundTruth.empty() && m_groundTruth.cols > x && m_groundTruth.rows > y)
        parts << tr("ground truth: %1").arg(className(m_groundTruth.at<uchar>(y, x)));
    for (int m = 0; m < m_predictions->modelCount(); ++m) {
        const auto* p = m_predictions->prediction(m);
        if (!p || p->mask.cols <= x || p->mask.rows <= y) continue;
        parts << tr("%1: %2 (%3%)")
                     .arg(m_predictions->modelName(m), className(p->mask.at<uchar>(y, x)))
                     .arg(p->confidence.at<float>(y, x) * 100.0, 0, 'f', 0);
    }
    m_readout->setText(parts.join(QStringLiteral("   ")));
}

QImage CompareView::classMaskImage(const cv::Mat& mask) const {
    QImage image = maskToImage(mask, m_classes, m_opacity);
    for (size_t c = 0; c < m_hiddenClasses.size(); ++c)
        if (m_hiddenClasses[c]) image.setColor(int(c), qRgba(0, 0, 0, 0));
    return image;
}

}  // namespace seg::ui
