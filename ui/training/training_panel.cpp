#include "ui/training/training_panel.h"

#include <thread>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

#include "ui/training/model_form.h"
#include "ui/widgets/narrow_combo.h"
#include "ui/widgets/wheel_guard.h"

namespace seg::ui {

namespace {

QSpinBox* spin(QWidget* parent, int lo, int hi, int value, const QString& suffix = {}) {
    auto* box = new QSpinBox(parent);
    box->setRange(lo, hi);
    box->setValue(value);
    box->setSuffix(suffix);
    return box;
}

QDoubleSpinBox* real(QWidget* parent, double lo, double hi, double value, int decimals,
                     double step) {
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(lo, hi);
    box->setDecimals(decimals);
    box->setSingleStep(step);
    box->setValue(value);
    return box;
}

// A combo box whose items carry the config's name as data and show a translated label.
QComboBox* choice(QWidget* parent, const QList<QPair<QString, QString>>& items) {
    auto* box = new QComboBox(parent);
    for (const auto& [label, value] : items) box->addItem(label, value);
    return box;
}

void select(QComboBox* box, const std::string& value) {
    const int i = box->findData(QString::fromStdString(value));
    if (i >= 0) box->setCurrentIndex(i);
}

std::string selected(const QComboBox* box) {
    return box->currentData().toString().toStdString();
}

}  // namespace

TrainingPanel::TrainingPanel(QWidget* parent) : QWidget(parent) {
    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);

    auto* modelGroup = new QGroupBox(tr("Model"), content);
    auto* modelLayout = new QVBoxLayout(modelGroup);
    m_modelForm = new ModelForm(modelGroup);
    modelLayout->addWidget(m_modelForm);
    column->addWidget(modelGroup);

    auto* optimGroup = new QGroupBox(tr("Optimisation"), content);
    auto* optim = new QFormLayout(optimGroup);
    m_loss = choice(optimGroup, {{tr("Cross-entropy"), QStringLiteral("ce")},
                                 {tr("Cross-entropy + Dice"), QStringLiteral("ce_dice")},
                                 {tr("Dice"), QStringLiteral("dice")},
                                 {tr("Focal"), QStringLiteral("focal")},
                                 {tr("Lovász-softmax"), QStringLiteral("lovasz")}});
    m_optimizer = choice(optimGroup, {{QStringLiteral("AdamW"), QStringLiteral("adamw")},
                                      {QStringLiteral("Adam"), QStringLiteral("adam")},
                                      {tr("SGD with momentum"), QStringLiteral("sgd")}});
    m_learningRate = real(optimGroup, 1e-6, 1.0, 3e-3, 5, 1e-4);
    m_weightDecay = real(optimGroup, 0.0, 1.0, 1e-4, 5, 1e-4);
    m_schedule = choice(optimGroup, {{tr("Cosine"), QStringLiteral("cosine")},
                                     {tr("Poly"), QStringLiteral("poly")},
                                     {tr("Step"), QStringLiteral("step")},
                                     {tr("Constant"), QStringLiteral("constant")}});
    m_warmup = spin(optimGroup, 0, 100000, 50, tr(" iterations"));
    m_epochs = spin(optimGroup, 1, 100000, 30);
    m_epochs->setObjectName(QStringLiteral("epochsBox"));
    m_batch = spin(optimGroup, 1, 1024, 16);
    m_crop = spin(optimGroup, 0, 8192, 0, tr(" px"));
    m_crop->setSpecialValueText(tr("whole image"));
    m_crop->setToolTip(tr("Square training crop; whole images when all have one size."));
    optim->addRow(tr("Loss"), m_loss);
    optim->addRow(tr("Optimiser"), m_optimizer);
    optim->addRow(tr("Learning rate"), m_learningRate);
    optim->addRow(tr("Weight decay"), m_weightDecay);
    optim->addRow(tr("Schedule"), m_schedule);
    optim->addRow(tr("Warm-up"), m_warmup);
    optim->addRow(tr("Epochs"), m_epochs);
    optim->addRow(tr("Batch size"), m_batch);
    optim->addRow(tr("Input size"), m_crop);
    column->addWidget(optimGroup);

    auto* augmentGroup = new QGroupBox(tr("Augmentation"), content);
    auto* augment = new QFormLayout(augmentGroup);
    m_hflip = new QCheckBox(tr("Horizontal flips"), augmentGroup);
    m_vflip = new QCheckBox(tr("Vertical flips"), augmentGroup);
    m_scaleMin = real(augmentGroup, 0.1, 4.0, 1.0, 2, 0.05);
    m_scaleMax = real(augmentGroup, 0.1, 4.0, 1.0, 2, 0.05);
    auto* scaleRow = new QHBoxLayout;
    scaleRow->addWidget(m_scaleMin);
    scaleRow->addWidget(m_scaleMax);
    m_rotation = real(augmentGroup, 0, 180, 0, 0, 5);
    m_rotation->setSuffix(tr("°"));
    m_jitter = real(augmentGroup, 0, 1, 0, 2, 0.05);
    augment->addRow(QString(), m_hflip);
    augment->addRow(QString(), m_vflip);
    augment->addRow(tr("Scale range"), scaleRow);
    augment->addRow(tr("Rotation"), m_rotation);
    augment->addRow(tr("Colour jitter"), m_jitter);
    column->addWidget(augmentGroup);

    m_adversarial = new QGroupBox(tr("Adversarial training"), content);
    m_adversarial->setObjectName(QStringLiteral("adversarialGroup"));
    m_adversarial->setCheckable(true);
    m_adversarial->setToolTip(
        tr("Luc et al. 2016: a small discriminator learns to tell ground-truth label maps "
           "from the model's, and the model also learns to fool it. Its two losses are drawn "
           "with the training loss."));
    auto* adversarial = new QFormLayout(m_adversarial);
    m_adversarialWeight = real(m_adversarial, 0.0, 10.0, 0.1, 3, 0.01);
    m_adversarialWeight->setToolTip(
        tr("The adversarial term's weight next to the segmentation loss."));
    m_discriminatorRate = real(m_adversarial, 1e-6, 1.0, 1e-4, 5, 1e-5);
    adversarial->addRow(tr("Weight"), m_adversarialWeight);
    adversarial->addRow(tr("Discriminator learning rate"), m_discriminatorRate);
    column->addWidget(m_adversarial);

    const core::LossConfig lossDefaults;
    m_crfLoss = new QGroupBox(tr("Learn from scribbles (dense-CRF loss)"), content);
    m_crfLoss->setObjectName(QStringLiteral("crfLossGroup"));
    m_crfLoss->setCheckable(true);
    m_crfLoss->setToolTip(
        tr("Tang et al. 2018: for partly painted masks. Besides the painted pixels, every pixel "
           "is asked to share the class of nearby pixels of similar colour, so the labels "
           "spread from the strokes up to the image's edges."));
    auto* crfLoss = new QFormLayout(m_crfLoss);
    m_crfWeight = real(m_crfLoss, 0.01, 100.0, core::LossConfig::kSuggestedCrfWeight, 2, 0.1);
    m_crfWeight->setToolTip(tr("The CRF term's weight next to the segmentation loss."));
    m_crfSpatial = real(m_crfLoss, 1, 10000, lossDefaults.crfSpatial, 0, 5);
    m_crfSpatial->setSuffix(tr(" px"));
    m_crfSpatial->setToolTip(tr("How far apart two pixels may be and still be asked to agree."));
    m_crfColour = real(m_crfLoss, 1, 255, lossDefaults.crfColour, 0, 1);
    m_crfColour->setToolTip(
        tr("How different in colour (0 to 255 levels) two pixels may be and still be asked to "
           "agree."));
    crfLoss->addRow(tr("Weight"), m_crfWeight);
    crfLoss->addRow(tr("Reach"), m_crfSpatial);
    crfLoss->addRow(tr("Colour tolerance"), m_crfColour);
    column->addWidget(m_crfLoss);

    auto* runtimeGroup = new QGroupBox(tr("Runtime"), content);
    auto* runtime = new QFormLayout(runtimeGroup);
    m_threads = spin(runtimeGroup, 0, 1024, 0);
    m_threads->setSpecialValueText(
        tr("all cores (%1)").arg(std::max(1u, std::thread::hardware_concurrency())));
    m_device = choice(runtimeGroup, {{tr("Automatic"), QStringLiteral("auto")},
                                     {tr("CPU"), QStringLiteral("cpu")},
                                     {tr("CUDA GPU"), QStringLiteral("cuda")}});
    m_processes = spin(runtimeGroup, 1, 16, 1);
    m_processes->setObjectName(QStringLiteral("processesBox"));
    m_processes->setToolTip(
        tr("Data-parallel training: this many processes each train a share of every epoch "
           "with the batch size above, and average their gradients after each step. On one "
           "machine, one process with all cores is faster; several processes rehearse a run "
           "across machines (see docs/distributed.md). The cores are shared out between the "
           "processes when Threads is \"all cores\"."));
    runtime->addRow(tr("Threads"), m_threads);
    runtime->addRow(tr("Processes"), m_processes);
    runtime->addRow(tr("Device"), m_device);
    column->addWidget(runtimeGroup);
    column->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Scrolled up and down only: the dock is as wide as the widest row needs, so no row
    // hides behind a horizontal scroll bar.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(content->minimumSizeHint().width() +
                            scroll->verticalScrollBar()->sizeHint().width());

    m_start = new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("Start"), this);
    m_start->setObjectName(QStringLiteral("startButton"));
    m_pause = new QPushButton(style()->standardIcon(QStyle::SP_MediaPause), tr("Pause"), this);
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_stop = new QPushButton(style()->standardIcon(QStyle::SP_MediaStop), tr("Stop"), this);
    m_stop->setObjectName(QStringLiteral("stopButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_stop);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    connect(m_start, &QPushButton::clicked, this, &TrainingPanel::startRequested);
    connect(m_stop, &QPushButton::clicked, this, &TrainingPanel::stopRequested);
    connect(m_pause, &QPushButton::clicked, this,
            [this] { Q_EMIT pauseRequested(m_state == State::Running); });
    makeCombosNarrow(content, 12);  // before any size is computed: QComboBox caches it
    setConfig(core::TrainConfig{});
    setState(State::Idle, false);
    WheelGuard::install(content);
}

core::TrainConfig TrainingPanel::config() const {
    core::TrainConfig c;
    c.model = m_modelForm->spec();
    c.model.numClasses = m_numClasses;
    c.loss.type = selected(m_loss);
    c.optimizer.type = selected(m_optimizer);
    c.optimizer.learningRate = m_learningRate->value();
    c.optimizer.weightDecay = m_weightDecay->value();
    c.schedule.type = selected(m_schedule);
    c.schedule.warmupIterations = m_warmup->value();
    c.epochs = m_epochs->value();
    c.batchSize = m_batch->value();
    c.cropSize = m_crop->value();
    c.augment.horizontalFlip = m_hflip->isChecked();
    c.augment.verticalFlip = m_vflip->isChecked();
    c.augment.scaleMin = std::min(m_scaleMin->value(), m_scaleMax->value());
    c.augment.scaleMax = std::max(m_scaleMin->value(), m_scaleMax->value());
    c.augment.rotationDegrees = m_rotation->value();
    c.augment.brightness = c.augment.contrast = c.augment.saturation = m_jitter->value();
    c.adversarial.enabled = m_adversarial->isChecked();
    c.adversarial.weight = m_adversarialWeight->value();
    c.adversarial.learningRate = m_discriminatorRate->value();
    c.loss.crfWeight = m_crfLoss->isChecked() ? m_crfWeight->value() : 0.0;
    c.loss.crfSpatial = m_crfSpatial->value();
    c.loss.crfColour = m_crfColour->value();
    c.threads = m_threads->value();
    c.device = selected(m_device);
    return c;
}

void TrainingPanel::setConfig(const core::TrainConfig& c) {
    m_modelForm->setSpec(c.model);
    m_numClasses = c.model.numClasses;
    select(m_loss, c.loss.type);
    select(m_optimizer, c.optimizer.type);
    m_learningRate->setValue(c.optimizer.learningRate);
    m_weightDecay->setValue(c.optimizer.weightDecay);
    select(m_schedule, c.schedule.type);
    m_warmup->setValue(c.schedule.warmupIterations);
    m_epochs->setValue(c.epochs);
    m_batch->setValue(c.batchSize);
    m_crop->setValue(c.cropSize);
    m_hflip->setChecked(c.augment.horizontalFlip);
    m_vflip->setChecked(c.augment.verticalFlip);
    m_scaleMin->setValue(c.augment.scaleMin);
    m_scaleMax->setValue(c.augment.scaleMax);
    m_rotation->setValue(c.augment.rotationDegrees);
    m_jitter->setValue(c.augment.brightness);
    m_adversarial->setChecked(c.adversarial.enabled);
    m_adversarialWeight->setValue(c.adversarial.weight);
    m_discriminatorRate->setValue(c.adversarial.learningRate);
    m_crfLoss->setChecked(c.loss.crfWeight > 0);
    // Off, the weight box keeps the weight it had (the suggestion, at first).
    if (c.loss.crfWeight > 0) m_crfWeight->setValue(c.loss.crfWeight);
    m_crfSpatial->setValue(c.loss.crfSpatial);
    m_crfColour->setValue(c.loss.crfColour);
    m_threads->setValue(c.threads);
    select(m_device, c.device);
}

int TrainingPanel::processes() const {
    return m_processes->value();
}

QComboBox* TrainingPanel::modelBox() const {
    return m_modelForm->architectureBox();
}

void TrainingPanel::setState(State state, bool canStart) {
    m_state = state;
    const bool idle = state == State::Idle;
    const bool active = state == State::Running || state == State::Paused;
    m_start->setEnabled(idle && canStart);
    m_pause->setEnabled(active);
    m_pause->setText(state == State::Paused ? tr("Resume") : tr("Pause"));
    m_pause->setIcon(style()->standardIcon(state == State::Paused ? QStyle::SP_MediaPlay
                                                                  : QStyle::SP_MediaPause));
    m_stop->setEnabled(active);
    for (QWidget* w : findChildren<QGroupBox*>()) w->setEnabled(idle);
}

}  // namespace seg::ui
