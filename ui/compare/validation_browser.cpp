#include "ui/compare/validation_browser.h"

#include <algorithm>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/compare/image_scores_model.h"
#include "ui/compare/split_scoring.h"
#include "ui/text/error_text.h"

namespace seg::ui {

ValidationBrowser::ValidationBrowser(SplitScoring* scoring, QWidget* parent)
    : QWidget(parent),
      m_scoring(scoring),
      m_model(new ImageScoresModel(this)),
      m_filter(new ImageScoresFilter(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    m_scoreButton = new QPushButton(tr("Score Validation Images"), this);
    m_scoreButton->setObjectName(QStringLiteral("scoreValidation"));
    m_scoreButton->setToolTip(tr("Predicts every validation image with the ticked models"));
    m_stopButton = new QPushButton(tr("Stop"), this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(200);
    m_classBox = new QComboBox(this);
    m_classBox->setToolTip(tr("Only images whose ground truth holds this class"));
    m_fixButton = new QPushButton(tr("Fix Label"), this);
    m_fixButton->setObjectName(QStringLiteral("fixLabel"));
    m_fixButton->setToolTip(
        tr("Open the image for painting, with the model's prediction as a "
           "reference layer"));
    m_status = new QLabel(this);
    // Long statuses are cut, never widen the window.
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    row->addWidget(m_scoreButton);
    row->addWidget(m_stopButton);
    row->addWidget(m_progress);
    row->addWidget(new QLabel(tr("Show:"), this));
    row->addWidget(m_classBox);
    row->addWidget(m_fixButton);
    row->addWidget(m_status, 1);
    layout->addLayout(row);

    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(ImageScoresModel::kSortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("validationImages"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    layout->addWidget(m_table, 1);

    connect(m_scoreButton, &QPushButton::clicked, this, &ValidationBrowser::scoreRequested);
    connect(m_stopButton, &QPushButton::clicked, this, [this] {
        m_scoring->cancel();
        updateStatus();
    });
    connect(m_classBox, &QComboBox::activated, this,
            [this](int i) { m_filter->setRequiredClass(i - 1); });
    connect(m_fixButton, &QPushButton::clicked, this, [this] {
        const QString id = currentSampleId();
        if (!id.isEmpty()) Q_EMIT fixLabelRequested(id);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                m_fixButton->setEnabled(current.isValid());
                if (current.isValid()) Q_EMIT imageChosen(sampleIdAt(current.row()));
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ValidationBrowser::selectionChanged);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        Q_EMIT fixLabelRequested(sampleIdAt(index.row()));
    });
    connect(m_scoring, &SplitScoring::progress, this, [this](int done, int total) {
        m_progress->setMaximum(std::max(1, total));
        m_progress->setValue(done);
        if (!m_progress->isVisible()) {
            m_timeLeft.restart();
            updateStatus();
        }
        m_status->setText(tr("Scoring... %1").arg(m_timeLeft.text(done, total)));
    });
    connect(m_scoring, &SplitScoring::finished, this, &ValidationBrowser::showResult);
    connect(m_scoring, &SplitScoring::failed, this, [this](const QString& message) {
        updateStatus();
        m_status->setText(message);
    });
    connect(m_scoring, &SplitScoring::imageRescored, this, [this](const QString& id) {
        m_model->updateImage(m_scoring->result(), id);
        updateStatus();
    });
    setCanScore(false);
    updateStatus();
}

void ValidationBrowser::setClasses(const core::ClassMap& classes) {
    m_classes = classes;
    m_classBox->clear();
    m_classBox->addItem(tr("every image"));
    for (const auto& c : classes.classes())
        m_classBox->addItem(tr("with %1").arg(toQString(c.name)));
    m_filter->setRequiredClass(-1);
    m_model->setComparison({}, classes);
    updateStatus();
}

void ValidationBrowser::setCanScore(bool canScore) {
    m_scoreButton->setEnabled(canScore);
}

void ValidationBrowser::setRequiredClass(int classIndex) {
    m_classBox->setCurrentIndex(classIndex + 1);
    m_filter->setRequiredClass(classIndex);
}

QString ValidationBrowser::sampleIdAt(int row) const {
    return m_filter->index(row, 0).data(ImageScoresModel::kSampleIdRole).toString();
}

std::vector<std::string> ValidationBrowser::selectedSampleIds() const {
    std::vector<std::string> ids;
    auto rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& index : rows) ids.push_back(sampleIdAt(index.row()).toStdString());
    return ids;
}

QString ValidationBrowser::currentSampleId() const {
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? sampleIdAt(current.row()) : QString();
}

void ValidationBrowser::showResult() {
    m_model->setComparison(m_scoring->result(), m_classes);
    // Worst first, by the first model's mIoU.
    m_table->sortByColumn(m_model->meanIoUColumn(0), Qt::AscendingOrder);
    m_table->resizeColumnsToContents();
    updateStatus();
}

void ValidationBrowser::updateStatus() {
    const bool running = m_scoring->isRunning();
    m_stopButton->setVisible(running);
    m_progress->setVisible(running);
    m_fixButton->setEnabled(m_table->currentIndex().isValid());
    if (running) {
        m_status->setText(tr("Scoring..."));
    } else if (m_model->rowCount() == 0) {
        m_status->setText(tr("Tick models, then score the validation images to find the worst."));
    } else {
        m_status->setText(m_scoring->totalsOutOfDate()
                              ? tr("%n image(s); corrected labels are rescored here, score again "
                                   "for the split's totals",
                                   nullptr, m_model->rowCount())
                              : tr("%n image(s), worst first", nullptr, m_model->rowCount()));
    }
}

}  // namespace seg::ui
