#include "ui/training/runs_view.h"

#include <cmath>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "ui/text/error_text.h"

namespace seg::ui {

namespace {
constexpr int kIndexRole = Qt::UserRole + 1;
}

RunsView::RunsView(QWidget* parent) : QWidget(parent) {
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("runsTree"));
    m_tree->setRootIsDecorated(false);
    // The best mIoU next to the name: it is what a user compares runs by.
    m_tree->setHeaderLabels({tr("Run"), tr("Best mIoU"), tr("Model"), tr("Epochs")});
    // The run's name (its start time) matters most: it gets the room it needs.
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setToolTip(tr("Tick runs to overlay their curves on the charts."));
    m_show = new QPushButton(tr("Show Curves"), this);
    m_resume = new QPushButton(tr("Resume"), this);
    m_resume->setObjectName(QStringLiteral("resumeRunButton"));
    auto* refresh = new QPushButton(tr("Refresh"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_show);
    buttons->addWidget(m_resume);
    buttons->addStretch(1);
    buttons->addWidget(refresh);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    connect(refresh, &QPushButton::clicked, this, &RunsView::refresh);
    connect(m_show, &QPushButton::clicked, this, [this] {
        if (const auto* run = currentRun()) Q_EMIT showRequested(*run);
    });
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (const auto* run = currentRun()) Q_EMIT showRequested(*run);
    });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        if (const auto* run = currentRun()) Q_EMIT resumeRequested(*run);
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &RunsView::updateButtons);
    connect(m_tree, &QTreeWidget::itemChanged, this, [this] {
        if (!m_filling) emitComparison();
    });
    updateButtons();
}

void RunsView::setRunsFolder(const std::filesystem::path& runsDir) {
    m_runsDir = runsDir;
    refresh();
}

void RunsView::refresh() {
    const QString current = m_tree->currentItem() ? m_tree->currentItem()->text(0) : QString();
    QStringList ticked;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->checkState(0) == Qt::Checked)
            ticked << m_tree->topLevelItem(i)->text(0);
    m_runs = m_runsDir.empty() ? std::vector<core::RunRecord>() : core::listRuns(m_runsDir);
    m_filling = true;
    m_tree->clear();
    for (size_t i = 0; i < m_runs.size(); ++i) {
        const auto& run = m_runs[i];
        auto* item = new QTreeWidgetItem(m_tree);
        item->setText(0, toQString(run.id));
        item->setData(0, kIndexRole, static_cast<int>(i));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, ticked.contains(item->text(0)) ? Qt::Checked : Qt::Unchecked);
        if (run.config) {
            const core::TrainConfig& c = *run.config;
            item->setText(
                2, tr("%1, %2 loss")
                       .arg(toQString(core::describeModel(c.model)), toQString(c.loss.type)));
            item->setText(3, tr("%1 of %2").arg(run.epochs.size()).arg(c.epochs));
            item->setToolTip(
                2, tr("%1 optimiser, learning rate %2, %3 schedule, batch %4, "
                      "crop %5")
                       .arg(toQString(c.optimizer.type))
                       .arg(c.optimizer.learningRate, 0, 'g', 3)
                       .arg(toQString(c.schedule.type))
                       .arg(c.batchSize)
                       .arg(c.cropSize > 0 ? QString::number(c.cropSize) : tr("whole images")));
        }
        item->setText(1, std::isnan(run.bestMeanIoU) ? QStringLiteral("-")
                                                     : QString::number(run.bestMeanIoU, 'f', 4));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        if (!run.problem.empty()) {
            item->setToolTip(0, toQString(run.problem));
            item->setForeground(0, QBrush(Qt::darkRed));
        }
        if (item->text(0) == current) m_tree->setCurrentItem(item);
    }
    m_filling = false;
    updateButtons();
}

const core::RunRecord* RunsView::currentRun() const {
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (!item) return nullptr;
    const int i = item->data(0, kIndexRole).toInt();
    return i >= 0 && i < static_cast<int>(m_runs.size()) ? &m_runs[static_cast<size_t>(i)]
                                                         : nullptr;
}

void RunsView::selectRun(const std::string& id) {
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->text(0) == toQString(id))
            m_tree->setCurrentItem(m_tree->topLevelItem(i));
}

void RunsView::updateButtons() {
    const auto* run = currentRun();
    m_show->setEnabled(run != nullptr);
    m_resume->setEnabled(run && run->canResume());
    m_resume->setToolTip(run && !run->canResume()
                             ? tr("This run has no checkpoint (last.pt) or no readable "
                                  "config.json to resume from.")
                             : QString());
}

void RunsView::emitComparison() {
    std::vector<core::RunRecord> runs;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_tree->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked)
            runs.push_back(m_runs[static_cast<size_t>(item->data(0, kIndexRole).toInt())]);
    }
    Q_EMIT comparisonChanged(runs);
}

}  // namespace seg::ui
