#include "ui/compare/batch_prediction_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

#include "core/common/paths.h"
#include "core/infer/batch_prediction.h"
#include "core/infer/model_comparison.h"
#include "core/infer/torchscript_settings.h"
#include "core/project/run_store.h"
#include "ui/compare/dense_crf_button.h"
#include "ui/compare/torchscript_import_dialog.h"
#include "ui/jobs/background_job.h"
#include "ui/text/error_text.h"
#include "ui/widgets/time_left.h"

namespace seg::ui {

namespace fs = std::filesystem;

namespace {

fs::path fromQ(const QString& path) {
    return core::pathFromUtf8(path.toStdString());
}

}  // namespace

BatchPredictionDialog::BatchPredictionDialog(const fs::path& runsFolder,
                                             const fs::path& imagesFolder,
                                             const core::ClassMap& projectClasses, QWidget* parent)
    : QDialog(parent), m_projectClasses(projectClasses) {
    setWindowTitle(tr("Batch Prediction"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    auto* modelRow = new QHBoxLayout;
    m_model = new QComboBox(this);
    for (const auto& run : core::listRuns(runsFolder)) {
        if (run.bestCheckpoint.empty()) continue;
        const QString score = std::isnan(run.bestMeanIoU)
                                  ? QString()
                                  : tr(" (mIoU %1)").arg(run.bestMeanIoU, 0, 'f', 3);
        m_model->addItem(toQString(run.id) + score, toQPath(run.bestCheckpoint));
    }
    auto* modelButton = new QPushButton(tr("Other Model..."), this);
    connect(modelButton, &QPushButton::clicked, this, &BatchPredictionDialog::chooseModelFile);
    modelRow->addWidget(m_model, 1);
    modelRow->addWidget(modelButton);
    form->addRow(tr("Model:"), modelRow);

    const auto pathRow = [this](QLineEdit*& edit, const QString& start) {
        auto* row = new QHBoxLayout;
        edit = new QLineEdit(this);
        auto* browse = new QPushButton(tr("Browse..."), this);
        connect(browse, &QPushButton::clicked, this, [this, edit, start] {
            const QString from = edit->text().isEmpty() ? start : edit->text();
            const QString chosen =
                QFileDialog::getExistingDirectory(this, tr("Choose a Folder"), from);
            if (!chosen.isEmpty()) edit->setText(chosen);
        });
        connect(edit, &QLineEdit::textChanged, this, &BatchPredictionDialog::updateButtons);
        row->addWidget(edit, 1);
        row->addWidget(browse);
        return row;
    };
    form->addRow(tr("Images (a folder, or one file):"), pathRow(m_input, toQPath(imagesFolder)));
    auto* afterRow = pathRow(m_after, toQPath(imagesFolder));
    m_after->setPlaceholderText(tr("only for change detection models"));
    m_after->setToolTip(
        tr("A change detection model compares two dates: the after image, or a "
           "folder of after images named as the images above"));
    form->addRow(tr("After images (change pairs):"), afterRow);
    form->addRow(tr("Masks to folder:"), pathRow(m_output, toQPath(imagesFolder.parent_path())));
    m_overlays =
        new QCheckBox(tr("Also write overlays (the image with its mask blended in)"), this);
    form->addRow(QString(), m_overlays);
    m_tile = new QSpinBox(this);
    m_tile->setRange(64, 8192);
    m_tile->setValue(512);
    m_tile->setSuffix(tr(" px"));
    m_tile->setToolTip(tr("Larger images are predicted in overlapping tiles of this size"));
    form->addRow(tr("Tile size:"), m_tile);
    m_crf = new DenseCrfButton(this);
    form->addRow(tr("Post-processing:"), m_crf);
    layout->addLayout(form);

    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    auto* buttons = new QDialogButtonBox(this);
    m_startButton = buttons->addButton(tr("Predict"), QDialogButtonBox::AcceptRole);
    m_stopButton = buttons->addButton(tr("Stop"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(m_startButton, &QPushButton::clicked, this, &BatchPredictionDialog::start);
    connect(m_stopButton, &QPushButton::clicked, this, [this] {
        if (m_cancel) *m_cancel = true;
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &BatchPredictionDialog::reject);
    layout->addWidget(buttons);
    resize(620, 300);
    updateButtons();
}

BatchPredictionDialog::~BatchPredictionDialog() {
    if (m_cancel) *m_cancel = true;
}

void BatchPredictionDialog::chooseModelFile() {
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Choose a Model"), QString(),
                                     tr("Models (*.pt *.pth *.torchscript);;All files (*)"));
    if (file.isEmpty()) return;
    try {
        if (core::torchScriptSettingsMissing(fromQ(file)) &&
            !TorchScriptImportDialog::askAndStore(fromQ(file), m_projectClasses, this))
            return;
    } catch (const core::Error& e) {
        m_summary->setText(ErrorText::describe(e));
        return;
    }
    setModel(fromQ(file));
}

void BatchPredictionDialog::setModel(const fs::path& model) {
    const QString path = toQPath(model);
    int index = m_model->findData(path);
    if (index < 0) {
        m_model->addItem(toQString(core::modelDisplayName(model)), path);
        index = m_model->count() - 1;
    }
    m_model->setCurrentIndex(index);
    updateButtons();
}

void BatchPredictionDialog::setInput(const QString& path) {
    m_input->setText(path);
}

void BatchPredictionDialog::setAfter(const QString& path) {
    m_after->setText(path);
}

void BatchPredictionDialog::setOutput(const QString& folder) {
    m_output->setText(folder);
}

void BatchPredictionDialog::setOverlays(bool overlays) {
    m_overlays->setChecked(overlays);
}

QString BatchPredictionDialog::summary() const {
    return m_summary->text();
}

void BatchPredictionDialog::updateButtons() {
    m_startButton->setEnabled(!m_running && m_model->count() > 0 && !m_input->text().isEmpty() &&
                              !m_output->text().isEmpty());
    m_stopButton->setVisible(m_running);
    m_progress->setVisible(m_running);
}

void BatchPredictionDialog::reject() {
    if (m_cancel) *m_cancel = true;  // a running batch stops after its current image
    QDialog::reject();
}

void BatchPredictionDialog::start() {
    if (m_running || m_model->currentIndex() < 0) return;
    m_running = true;
    m_summary->clear();
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancelled;
    auto done = std::make_shared<std::atomic<int>>(0);
    auto total = std::make_shared<std::atomic<int>>(1);
    updateButtons();
    auto* watcher = new QFutureWatcher<JobResult<core::BatchPredictionResult>>(this);
    auto* poll = new QTimer(watcher);
    connect(poll, &QTimer::timeout, this, [this, done, total, timeLeft = TimeLeft()] {
        m_progress->setMaximum(std::max(1, total->load()));
        m_progress->setValue(done->load());
        m_progress->setFormat(timeLeft.text(done->load(), total->load()));
    });
    poll->start(100);
    const QString output = m_output->text();
    connect(watcher, &QFutureWatcher<JobResult<core::BatchPredictionResult>>::finished, this,
            [this, watcher, output] {
                watcher->deleteLater();
                m_running = false;
                m_cancel.reset();
                updateButtons();
                const auto r = watcher->result();
                if (!r.ok()) {
                    m_summary->setText(r.error);
                    Q_EMIT finished(0);
                    return;
                }
                QStringList lines;
                lines << (r.value.stopped
                              ? tr("Stopped: wrote %1 of %2 masks to %3")
                                    .arg(r.value.written)
                                    .arg(r.value.total)
                                    .arg(output)
                              : tr("Wrote %1 masks to %2").arg(r.value.written).arg(output));
                for (const auto& problem : r.value.problems)
                    lines << ErrorText::describe(problem.toError());
                m_summary->setText(lines.join(QLatin1Char('\n')));
                Q_EMIT finished(r.value.written);
            });
    const fs::path model = fromQ(m_model->currentData().toString());
    const fs::path input = fromQ(m_input->text());
    const fs::path after = fromQ(m_after->text());
    const fs::path out = fromQ(output);
    const bool overlays = m_overlays->isChecked();
    core::PredictOptions options;
    options.tileSize = m_tile->value();
    options.overlap = options.tileSize / 8;
    options.threads = -1;
    options.crf = m_crf->current();
    watcher->setFuture(runBackgroundJob(
        tr("Predicting %1").arg(m_input->text()),
        [model, input, after, out, overlays, options, cancelled, done, total] {
            auto predictor = core::Predictor::open(model, options);
            std::vector<core::Problem> problems;
            const auto files = core::batchInputs(input, after, problems);
            auto result = core::predictImages(*predictor, files, out, overlays, [&](int d, int t) {
                *done = d;
                *total = t;
                return !cancelled->load();
            });
            result.problems.insert(result.problems.begin(), problems.begin(), problems.end());
            return result;
        }));
}

}  // namespace seg::ui
