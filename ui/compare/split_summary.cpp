#include "ui/compare/split_summary.h"

#include <cmath>

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/infer/model_comparison.h"
#include "core/infer/predictor.h"
#include "ui/compare/split_scoring.h"
#include "ui/jobs/background_job.h"
#include "ui/mask_image.h"
#include "ui/text/error_text.h"

namespace seg::ui {

namespace {

// One of the grid's image columns (core::comparisonGridTitles) in the user's language.
QString imageColumnTitle(const std::string& title) {
    if (title == "before") return SplitSummary::tr("before");
    if (title == "after") return SplitSummary::tr("after");
    if (title == "ground truth") return SplitSummary::tr("ground truth");
    return SplitSummary::tr("image");
}

}  // namespace

namespace fs = std::filesystem;

SplitSummary::SplitSummary(SplitScoring* scoring, QWidget* parent)
    : QWidget(parent), m_scoring(scoring) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    m_status = new QLabel(this);
    // Long statuses are cut, never widen the window.
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_csvButton = new QPushButton(tr("Export Table (CSV)..."), this);
    m_gridButton = new QPushButton(tr("Export Grid (PNG)..."), this);
    m_gridImages = new QSpinBox(this);
    m_gridImages->setRange(1, 64);
    m_gridImages->setValue(4);
    m_gridImages->setSuffix(tr(" hardest images"));
    row->addWidget(m_status, 1);
    row->addWidget(m_csvButton);
    row->addWidget(m_gridImages);
    m_gridChoice = new QLabel(this);
    row->addWidget(m_gridChoice);
    row->addWidget(m_gridButton);
    layout->addLayout(row);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_table = new QTableWidget(splitter);
    m_table->setObjectName(QStringLiteral("splitMetrics"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    auto* confusionSide = new QWidget(splitter);
    auto* confusionLayout = new QVBoxLayout(confusionSide);
    confusionLayout->setContentsMargins(0, 0, 0, 0);
    auto* confusionRow = new QHBoxLayout;
    confusionRow->addWidget(new QLabel(tr("Confusion matrix of"), confusionSide));
    m_confusionModel = new QComboBox(confusionSide);
    confusionRow->addWidget(m_confusionModel, 1);
    m_normalised = new QCheckBox(tr("Row-normalised %"), confusionSide);
    m_normalised->setChecked(true);
    confusionRow->addWidget(m_normalised);
    confusionLayout->addLayout(confusionRow);
    m_confusion = new QTableWidget(confusionSide);
    m_confusion->setObjectName(QStringLiteral("confusionMatrix"));
    m_confusion->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_confusion->setToolTip(tr("Rows: ground truth; columns: prediction"));
    confusionLayout->addWidget(m_confusion, 1);
    splitter->addWidget(m_table);
    splitter->addWidget(confusionSide);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_scoring, &SplitScoring::finished, this, &SplitSummary::showResult);
    connect(m_scoring, &SplitScoring::imageRescored, this, &SplitSummary::showResult);
    connect(m_confusionModel, &QComboBox::activated, this, &SplitSummary::showConfusion);
    connect(m_normalised, &QCheckBox::toggled, this, &SplitSummary::showConfusion);
    connect(m_csvButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(
            this, tr("Export Comparison Table"), tr("comparison.csv"), tr("CSV files (*.csv)"));
        QString error;
        if (!file.isEmpty() && !exportCsv(file, &error)) Q_EMIT problem(error);
    });
    connect(m_gridButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(
            this, tr("Export Comparison Grid"), tr("comparison.png"), tr("PNG images (*.png)"));
        if (!file.isEmpty()) exportGrid(file, m_gridImages->value());
    });
    showResult();
}

void SplitSummary::setChosenImages(const std::vector<std::string>& sampleIds) {
    m_chosen = sampleIds.size() > 1 ? sampleIds : std::vector<std::string>{};
    m_gridImages->setVisible(m_chosen.empty());
    m_gridChoice->setText(m_chosen.empty()
                              ? QString()
                              : tr("the %n selected image(s)", nullptr, int(m_chosen.size())));
}

void SplitSummary::setDataset(const core::Dataset* dataset) {
    m_dataset = dataset;
    showResult();
}

void SplitSummary::showResult() {
    const auto& result = m_scoring->result();
    const bool scored = !result.evaluations.empty() && m_dataset;
    m_csvButton->setEnabled(scored);
    m_gridButton->setEnabled(scored);
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    m_confusionModel->clear();
    if (!scored) {
        m_status->setText(
            tr("Score the validation images (Validation Images tab) to compare the "
               "models on the whole split."));
        showConfusion();
        return;
    }
    m_status->setText((m_scoring->totalsOutOfDate()
                           ? tr("Labels were corrected since: score again for up-to-date totals. ")
                           : QString()) +
                      tr("%n validation image(s); the best of each column in bold.", nullptr,
                         result.evaluations.front().images));
    // A row per model (long run names fit as row headers), a column per metric; the best of
    // each column in bold.
    const auto rows = core::comparisonTable(result, m_dataset->classes);
    QStringList metrics{tr("Pixel accuracy"), tr("Mean class accuracy"), tr("mIoU"), tr("FW IoU"),
                        tr("Mean Dice")};
    for (const auto& c : m_dataset->classes.classes())
        metrics << tr("IoU %1").arg(toQString(c.name));
    m_table->setRowCount(int(result.models.size()));
    m_table->setColumnCount(int(rows.size()));
    m_table->setHorizontalHeaderLabels(metrics.mid(0, int(rows.size())));
    QStringList names;
    for (const auto& name : result.models) names << toQString(name);
    m_table->setVerticalHeaderLabels(names);
    for (int r = 0; r < int(rows.size()); ++r) {
        const auto& row = rows[size_t(r)];
        m_table->horizontalHeaderItem(r)->setToolTip(toQString(row.metric));
        for (int m = 0; m < int(row.values.size()); ++m) {
            const double v = row.values[size_t(m)];
            auto* item = new QTableWidgetItem(std::isnan(v) ? QStringLiteral("-")
                                                            : QString::number(v, 'f', 4));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (row.best[size_t(m)]) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(m, r, item);
        }
    }
    m_table->resizeColumnsToContents();
    for (const auto& name : result.models) m_confusionModel->addItem(toQString(name));
    showConfusion();
}

void SplitSummary::showConfusion() {
    const auto& result = m_scoring->result();
    const int model = m_confusionModel->currentIndex();
    m_confusion->clear();
    if (!m_dataset || model < 0 || model >= int(result.evaluations.size())) {
        m_confusion->setRowCount(0);
        m_confusion->setColumnCount(0);
        return;
    }
    const auto& matrix = result.evaluations[size_t(model)].confusion;
    const int n = matrix.numClasses();
    m_confusion->setRowCount(n);
    m_confusion->setColumnCount(n);
    QStringList names;
    for (int c = 0; c < n && c < m_dataset->classes.size(); ++c)
        names << toQString(m_dataset->classes.at(c).name);
    m_confusion->setHorizontalHeaderLabels(names);
    m_confusion->setVerticalHeaderLabels(names);
    const bool normalised = m_normalised->isChecked();
    for (int t = 0; t < n; ++t) {
        const double rowTotal = double(matrix.groundTruthPixels(t));
        for (int p = 0; p < n; ++p) {
            const double count = double(matrix.count(t, p));
            const double share = rowTotal > 0 ? count / rowTotal : 0.0;
            auto* item = new QTableWidgetItem(normalised ? QString::number(share * 100.0, 'f', 1)
                                                         : QString::number(matrix.count(t, p)));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            // Shade by the row share: the diagonal dark when the model is right.
            const int shade = 255 - int(share * 120);
            item->setBackground(t == p ? QColor(shade, 255, shade) : QColor(255, shade, shade));
            item->setForeground(QColor(20, 20, 20));
            m_confusion->setItem(t, p, item);
        }
    }
    m_confusion->resizeColumnsToContents();
}

bool SplitSummary::exportCsv(const QString& file, QString* error) const {
    const auto& result = m_scoring->result();
    if (result.evaluations.empty() || !m_dataset) {
        *error = tr("Nothing to export: score the validation images first");
        return false;
    }
    const std::string csv =
        core::comparisonCsv(core::comparisonTable(result, m_dataset->classes), result.models);
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) ||
        out.write(csv.data(), qint64(csv.size())) != qint64(csv.size()) || !out.commit()) {
        *error = tr("Cannot write %1: %2").arg(file, out.errorString());
        return false;
    }
    return true;
}

void SplitSummary::exportGrid(const QString& file, int images) {
    const auto& result = m_scoring->result();
    if (result.evaluations.empty() || !m_dataset) return;
    const auto ids = m_chosen.empty() ? core::hardestImages(result, images) : m_chosen;
    const auto models = m_scoring->resultModels();
    // Titles in the user's script (core draws ASCII only).
    const auto columns = core::comparisonGridTitles(*m_dataset, result.models);
    QStringList titles;
    for (size_t c = 0; c < columns.size(); ++c)
        titles << (c < columns.size() - result.models.size() ? imageColumnTitle(columns[c])
                                                             : toQString(columns[c]));
    m_gridButton->setEnabled(false);
    auto* watcher = new QFutureWatcher<JobResult<QImage>>(this);
    connect(watcher, &QFutureWatcher<JobResult<QImage>>::finished, this,
            [this, watcher, file, titles] {
                watcher->deleteLater();
                m_gridButton->setEnabled(true);
                const auto r = watcher->result();
                if (!r.ok()) {
                    Q_EMIT problem(r.error);
                    return;
                }
                QImage grid = r.value;
                QPainter painter(&grid);
                painter.setPen(QColor(30, 30, 30));
                const int cell = 256;
                for (int c = 0; c < int(titles.size()); ++c)
                    painter.drawText(QRect(core::kGridGap + c * (cell + core::kGridGap), 0, cell,
                                           core::kGridTitleHeight),
                                     Qt::AlignLeft | Qt::AlignVCenter, titles[c]);
                painter.end();
                QSaveFile out(file);
                if (!out.open(QIODevice::WriteOnly) || !grid.save(&out, "PNG") || !out.commit()) {
                    Q_EMIT problem(tr("Cannot write %1: %2").arg(file, out.errorString()));
                    return;
                }
                Q_EMIT gridWritten(file);
            });
    watcher->setFuture(runBackgroundJob(
        tr("Drawing the comparison grid"),
        [models, names = result.models, dataset = *m_dataset, ids, crf = m_scoring->denseCrf()] {
            std::vector<std::unique_ptr<core::Predictor>> predictors;
            std::vector<core::Predictor*> pointers;
            core::PredictOptions options;
            options.threads = -1;
            options.crf = crf;
            for (const auto& model : models) {
                predictors.push_back(core::Predictor::open(model, options));
                pointers.push_back(predictors.back().get());
            }
            const cv::Mat grid = core::comparisonGrid(pointers, names, dataset, ids, false);
            return toDisplayImage(grid);
        }));
}

}  // namespace seg::ui
