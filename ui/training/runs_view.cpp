#include "ui/training/runs_view.h"

#include <cmath>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/train/run_writer_lock.h"
#include "ui/charts/run_curves.h"
#include "ui/text/error_text.h"

namespace seg::ui {

namespace {
constexpr int kIndexRole = Qt::UserRole + 1;
constexpr int kIdRole = Qt::UserRole + 2;
}  // namespace

RunsView::RunsView(QWidget* parent) : QWidget(parent) {
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("runsTree"));
    m_tree->setRootIsDecorated(false);
    // The best mIoU next to the name: it is what a user compares runs by. The name says
    // what the run is (model, loss, epochs) over when it started.
    m_tree->setHeaderLabels({tr("Run"), tr("Best mIoU"), tr("Epochs")});
    m_tree->setUniformRowHeights(false);  // two lines a run
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
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
    const QString current =
        m_tree->currentItem() ? m_tree->currentItem()->data(0, kIdRole).toString() : QString();
    QStringList ticked;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->checkState(0) == Qt::Checked)
            ticked << m_tree->topLevelItem(i)->data(0, kIdRole).toString();
    m_runs = m_runsDir.empty() ? std::vector<core::RunRecord>() : core::listRuns(m_runsDir);
    m_filling = true;
    m_tree->clear();
    for (size_t i = 0; i < m_runs.size(); ++i) {
        const auto& run = m_runs[i];
        auto* item = new QTreeWidgetItem(m_tree);
        item->setData(0, kIdRole, toQString(run.id));
        item->setData(0, kIndexRole, static_cast<int>(i));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, ticked.contains(toQString(run.id)) ? Qt::Checked : Qt::Unchecked);
        fillRow(*item, run);
        if (toQString(run.id) == current) m_tree->setCurrentItem(item);
    }
    m_filling = false;
    updateButtons();
}

void RunsView::fillRow(QTreeWidgetItem& item, const core::RunRecord& run) {
    // What the run is, over when it started.
    const RunName name = RunName::fromId(toQString(run.id));
    item.setText(0, name.when.isEmpty() ? name.what : name.what + QLatin1Char('\n') + name.when);
    if (run.config) {
        const core::TrainConfig& c = *run.config;
        item.setText(2, tr("%1 of %2").arg(run.epochs.size()).arg(c.epochs));
        const QString details =
            tr("%1\n%2, %3 loss; %4 optimiser, learning rate %5, %6 schedule, batch %7, "
               "crop %8")
                .arg(toQString(run.id), toQString(core::describeModel(c.model)),
                     toQString(c.loss.type), toQString(c.optimizer.type))
                .arg(c.optimizer.learningRate, 0, 'g', 3)
                .arg(toQString(c.schedule.type))
                .arg(c.batchSize)
                .arg(c.cropSize > 0 ? QString::number(c.cropSize) : tr("whole images"));
        for (int column = 0; column < 3; ++column) item.setToolTip(column, details);
    }
    item.setText(1, std::isnan(run.bestMeanIoU) ? QStringLiteral("-")
                                                : QString::number(run.bestMeanIoU, 'f', 4));
    item.setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    if (!run.problem.empty()) {
        item.setToolTip(0, toQString(run.problem));
        item.setForeground(0, QBrush(Qt::darkRed));
    }
}

void RunsView::updateRun(const core::RunRecord& run) {
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_tree->topLevelItem(i);
        if (item->data(0, kIdRole).toString() != toQString(run.id)) continue;
        const int index = item->data(0, kIndexRole).toInt();
        m_runs[static_cast<size_t>(index)] = run;
        m_filling = true;  // no comparison change: the tick stays
        fillRow(*item, run);
        m_filling = false;
        updateButtons();
        return;
    }
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
        if (m_tree->topLevelItem(i)->data(0, kIdRole).toString() == toQString(id))
            m_tree->setCurrentItem(m_tree->topLevelItem(i));
}

void RunsView::setTrainingActive(bool active) {
    m_trainingActive = active;
    updateButtons();
}

void RunsView::updateButtons() {
    const auto* run = currentRun();
    // A run the CLI or a window's processes train right now: one writer a folder.
    const bool trainedElsewhere = run && core::isRunBeingTrained(run->dir);
    m_show->setEnabled(run != nullptr && !m_trainingActive);
    m_resume->setEnabled(run && run->canResume() && !m_trainingActive && !trainedElsewhere);
    m_resume->setToolTip(
        m_trainingActive           ? tr("A run is training: stop it first.")
        : trainedElsewhere         ? tr("Another process is training this run now; Show Curves "
                                                "follows it.")
        : run && !run->canResume() ? tr("This run has no checkpoint (last.pt) or no readable "
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
