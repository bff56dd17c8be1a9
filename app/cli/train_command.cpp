#include <atomic>
#include <cmath>
#include <csignal>

#include <unistd.h>

#include <QFileInfo>
#include <QStringList>

#include <nlohmann/json.hpp>

#include "app/cli/architecture_flags.h"
#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "app/cli/dataset_flags.h"
#include "app/cli/process_launcher.h"
#include "core/common/atomic_file.h"
#include "core/common/error.h"
#include "core/common/paths.h"
#include "core/project/project.h"
#include "core/train/checkpoint.h"
#include "core/train/distributed_setup.h"
#include "core/train/trainer.h"
#include "ui/text/error_text.h"

namespace seg::cli {

namespace {

// Stop and pause as the signals asked, kept from the start of the command: a signal that
// comes while the dataset is read still counts once training starts. The run's controls,
// once they exist, for the handlers (a signal handler can reach nothing else).
std::atomic<bool> g_stopAsked{false};
std::atomic<bool> g_pauseAsked{false};
std::atomic<core::TrainControl*> g_control{nullptr};

// Ctrl-C (SIGINT), and SIGTERM from the window that started this run, from Slurm's scancel
// or from a container's shutdown: stop after the current iteration and write last.pt.
extern "C" void onStopSignal(int signal) {
    g_stopAsked.store(true);
    if (core::TrainControl* control = g_control.load()) control->stop.store(true);
    std::signal(signal, SIG_DFL);  // a second one ends the process at once
}

// SIGUSR1 pauses and SIGUSR2 continues: the window's Pause button for a run in processes.
extern "C" void onPauseSignal(int signal) {
    g_pauseAsked.store(signal == SIGUSR1);
    if (core::TrainControl* control = g_control.load()) control->pause.store(signal == SIGUSR1);
}

void catchTrainingSignals() {
    for (int signal : {SIGINT, SIGTERM}) std::signal(signal, onStopSignal);
    for (int signal : {SIGUSR1, SIGUSR2}) std::signal(signal, onPauseSignal);
}

// The run's controls take what the signals asked so far, and the signals reach them.
void controlBySignals(core::TrainControl& control) {
    control.stop.store(g_stopAsked.load());
    control.pause.store(g_pauseAsked.load());
    g_control.store(&control);
}

// After the run: Ctrl-C ends the process again; a late pause is ignored (its default
// would end the process).
void releaseTrainingSignals() {
    g_control.store(nullptr);
    for (int signal : {SIGINT, SIGTERM}) std::signal(signal, SIG_DFL);
    for (int signal : {SIGUSR1, SIGUSR2}) std::signal(signal, SIG_IGN);
}

class TrainCommand {
    Q_DECLARE_TR_FUNCTIONS(TrainCommand)

public:
    static int run(const QStringList& args);
};

// Progress on stderr (one updating line on a terminal), one line per epoch on stdout. In
// data-parallel training the processes other than rank 0 say only how they ended.
class ConsoleObserver : public core::TrainObserver {
    Q_DECLARE_TR_FUNCTIONS(ConsoleObserver)

public:
    explicit ConsoleObserver(const std::optional<core::DistributedSetup>& distributed)
        : m_quiet(distributed && !distributed->isMain()),
          m_prefix(distributed ? tr("rank %1: ").arg(distributed->rank) : QString()) {}

    void onLog(const std::string& line) override {
        // The processes' weights digests, which must agree: every process prints its own.
        if (!m_prefix.isEmpty() && line.rfind("weights digest", 0) == 0)
            out() << m_prefix << QString::fromStdString(line) << '\n';
    }
    void onBegin(const core::TrainBegin& b) override {
        if (m_quiet) return;
        m_epochs = b.epochs;
        err() << tr("Training on %1 images, validating on %2; %3 iterations per epoch; %4 threads, "
                    "%5")
                     .arg(b.trainSamples)
                     .arg(b.valSamples)
                     .arg(b.iterationsPerEpoch)
                     .arg(b.threads)
                     .arg(QString::fromStdString(b.device))
              << '\n';
        err().flush();
    }
    void onIteration(const core::IterationReport& r) override {
        const int64_t inEpoch = r.iterationInEpoch;
        if (m_quiet || (!m_terminal && inEpoch % 20 != 0)) return;
        err() << (m_terminal ? "\r" : "")
              << tr("epoch %1/%2  iteration %3/%4  loss %5  lr %6  %7 img/s")
                     .arg(r.epoch)
                     .arg(m_epochs)
                     .arg(inEpoch)
                     .arg(r.iterationsInEpoch)
                     .arg(r.loss, 0, 'f', 4)
                     .arg(r.learningRate, 0, 'g', 3)
                     .arg(r.imagesPerSecond, 0, 'f', 1);
        if (!std::isnan(r.adversarialLoss))
            err() << tr("  adversarial %1  discriminator %2")
                         .arg(r.adversarialLoss, 0, 'f', 4)
                         .arg(r.discriminatorLoss, 0, 'f', 4);
        err() << (m_terminal ? "   " : "\n");
        err().flush();
    }
    void onEpoch(const core::EpochReport& r) override {
        if (m_quiet) return;
        if (m_terminal) err() << '\n';
        out() << tr("epoch %1/%2  loss %3  val loss %4  pixel accuracy %5  mIoU %6  %7 s%8")
                     .arg(r.epoch)
                     .arg(m_epochs)
                     .arg(r.trainLoss, 0, 'f', 4)
                     .arg(r.valLoss, 0, 'f', 4)
                     .arg(r.metrics.pixelAccuracy, 0, 'f', 4)
                     .arg(r.metrics.meanIoU, 0, 'f', 4)
                     .arg(r.seconds, 0, 'f', 1)
                     .arg(r.best ? tr("  (best)") : QString())
              << '\n';
        out().flush();
    }

private:
    const bool m_quiet;
    const QString m_prefix;
    bool m_terminal = ::isatty(STDERR_FILENO);
    int m_epochs = 0;
};

// "0.5,1,1" -> {0.5, 1, 1}; false when any part is not a number.
bool parseNumbers(const QString& text, std::vector<double>& values) {
    values.clear();
    for (const QString& part : text.split(QLatin1Char(','))) {
        bool ok = false;
        values.push_back(part.trimmed().toDouble(&ok));
        if (!ok) return false;
    }
    return true;
}

// "0.75,1.5" -> {0.75, 1.5}
bool parsePair(const QString& text, double& a, double& b) {
    std::vector<double> values;
    if (!parseNumbers(text, values) || values.size() != 2) return false;
    a = values[0];
    b = values[1];
    return true;
}

int TrainCommand::run(const QStringList& args) {
    CommandParser command(
        QStringLiteral("train"),
        tr("Trains a segmentation model on a dataset or project. Writes the run folder:\n"
           "config.json, metrics.csv, log.txt, checkpoints/last.pt and best.pt.\n"
           "Ctrl-C or SIGTERM stops after the current iteration and keeps a checkpoint to "
           "--resume from; SIGUSR1 pauses and SIGUSR2 continues."));
    auto& p = command.parser();
    p.addOption({QStringLiteral("data"), tr("Dataset folder or project (folder or project.json)."),
                 tr("dir")});
    p.addOption({QStringLiteral("out"), tr("Run folder to create (or continue, with --resume)."),
                 tr("dir")});
    p.addOption({QStringLiteral("resume"), tr("Continue from a checkpoint (its run's last.pt)."),
                 tr("file")});
    p.addOption({QStringLiteral("config"),
                 tr("Start from a config.json (options below override it)."), tr("file")});
    ArchitectureFlags::add(p, QStringLiteral("unet"));
    p.addOption({QStringLiteral("backbone-weights"),
                 tr("Start the backbone from these weights: a SegStudio checkpoint or a PyTorch "
                    "state dict (torchvision's ResNet names work)."),
                 tr("file")});
    p.addOption({QStringLiteral("epochs"), tr("Epochs to train."), tr("n")});
    p.addOption({QStringLiteral("batch"), tr("Batch size."), tr("n")});
    p.addOption({QStringLiteral("crop"),
                 tr("Square training crop in pixels; 0 trains on whole images."), tr("n")});
    p.addOption({QStringLiteral("lr"), tr("Learning rate."), tr("rate")});
    p.addOption({QStringLiteral("optimizer"), tr("adam, adamw or sgd."), tr("name")});
    p.addOption({QStringLiteral("weight-decay"), tr("Weight decay."), tr("w")});
    p.addOption({QStringLiteral("loss"), tr("ce, dice, ce_dice, focal or lovasz."), tr("name")});
    p.addOption({QStringLiteral("class-weights"),
                 tr("Cross-entropy weight per class, comma-separated, e.g. 0.5,1,1."),
                 tr("w,w,...")});
    p.addOption({QStringLiteral("label-smoothing"), tr("Cross-entropy label smoothing, 0 to 0.5."),
                 tr("s")});
    p.addOption({QStringLiteral("focal-gamma"), tr("Focal loss focusing parameter."), tr("g")});
    p.addOption({QStringLiteral("dice-weight"), tr("ce_dice: weight of the Dice term."), tr("w")});
    p.addOption({QStringLiteral("crf-loss"),
                 tr("For scribbled (partial) masks: weight of the dense-CRF regularised loss "
                    "(Tang et al. 2018), which spreads labels up to the image's edges; 0 is off "
                    "(default)."),
                 tr("w")});
    p.addOption(
        {QStringLiteral("crf-loss-xy"),
         tr("The CRF loss kernel's width in pixels (%1).").arg(core::LossConfig{}.crfSpatial),
         tr("px")});
    p.addOption({QStringLiteral("crf-loss-rgb"),
                 tr("The CRF loss kernel's width in intensity levels (%1).")
                     .arg(core::LossConfig{}.crfColour),
                 tr("levels")});
    p.addOption({QStringLiteral("schedule"), tr("poly, cosine, step or constant."), tr("name")});
    p.addOption({QStringLiteral("warmup"), tr("Linear warm-up iterations."), tr("n")});
    p.addOption({QStringLiteral("scale"), tr("Random scale range, e.g. 0.75,1.5."), tr("min,max")});
    p.addOption(
        {QStringLiteral("rotate"), tr("Random rotation up to this many degrees."), tr("deg")});
    p.addOption({QStringLiteral("jitter"),
                 tr("Colour jitter strength (brightness, contrast, saturation), 0 to 1."),
                 tr("s")});
    p.addOption({QStringLiteral("adversarial"),
                 tr("Adversarial training (Luc et al. 2016): a discriminator learns to tell "
                    "ground truth from predictions, and the model learns to fool it.")});
    p.addOption({QStringLiteral("adversarial-weight"),
                 tr("Weight of the adversarial term next to the segmentation loss (%1).")
                     .arg(core::AdversarialConfig{}.weight),
                 tr("w")});
    p.addOption(
        {QStringLiteral("discriminator-lr"),
         tr("The discriminator's learning rate (%1).").arg(core::AdversarialConfig{}.learningRate),
         tr("rate")});
    p.addOption({QStringLiteral("no-flip"), tr("No random horizontal flips.")});
    p.addOption({QStringLiteral("vflip"),
                 tr("Random vertical flips too (for data without an up and down).")});
    p.addOption(
        {QStringLiteral("threads"), tr("LibTorch threads (%1).").arg(tr("all cores")), tr("n")});
    p.addOption({QStringLiteral("seed"), tr("Random seed."), tr("k")});
    p.addOption({QStringLiteral("device"), tr("auto, cpu or cuda."), tr("name")});
    p.addOption({QStringLiteral("nproc"),
                 tr("Data-parallel training in this many processes on this machine, each with "
                    "--batch images a step (set --threads to share the cores). Started by "
                    "torchrun, srun or another launcher, the processes read RANK, WORLD_SIZE, "
                    "LOCAL_RANK, MASTER_ADDR and MASTER_PORT instead."),
                 tr("n")});
    p.addOption({QStringLiteral("backend"),
                 tr("Data-parallel communication: gloo (CPU) or nccl (CUDA)."), tr("name"),
                 QStringLiteral("gloo")});
    p.addOption({QStringLiteral("val-fraction"),
                 tr("Validation share when the dataset has no split files (%1).").arg(0.2), tr("f"),
                 QStringLiteral("0.2")});
    DatasetFlags::add(p);
    catchTrainingSignals();
    if (auto code = command.parse(args)) return *code;
    if (!p.isSet(QStringLiteral("data"))) return command.usageError(tr("--data is required"));
    if (!p.isSet(QStringLiteral("out")) && !p.isSet(QStringLiteral("resume")))
        return command.usageError(tr("--out is required (or --resume a checkpoint)"));

    try {
        core::TrainConfig config;
        std::filesystem::path runDir = p.isSet(QStringLiteral("out"))
                                           ? toPath(p.value(QStringLiteral("out")))
                                           : std::filesystem::path();
        std::optional<std::filesystem::path> resume;
        if (p.isSet(QStringLiteral("resume"))) {
            resume = toPath(p.value(QStringLiteral("resume")));
            const auto info = core::readCheckpointInfo(*resume);
            config = core::trainConfigFromJson(nlohmann::json::parse(info.trainConfigJson),
                                               core::pathToUtf8(*resume));
            if (runDir.empty())
                runDir = resume->parent_path().parent_path();  // runs/<id>/checkpoints/last.pt
        } else if (p.isSet(QStringLiteral("config"))) {
            const auto file = toPath(p.value(QStringLiteral("config")));
            nlohmann::json json;
            try {
                json = nlohmann::json::parse(core::readTextFile(file));
            } catch (const nlohmann::json::exception& e) {
                throw core::Error(core::ErrorCode::InvalidJson, file, e.what());
            }
            config = core::trainConfigFromJson(json, core::pathToUtf8(file));
        }

        auto integer = [&](const char* name, int& field, int lo, int hi) {
            if (!p.isSet(QLatin1String(name))) return true;
            const auto v = command.intOption(QLatin1String(name), lo, hi);
            if (v) field = static_cast<int>(*v);
            return v.has_value();
        };
        auto real = [&](const char* name, double& field, double lo, double hi) {
            if (!p.isSet(QLatin1String(name))) return true;
            const auto v = command.realOption(QLatin1String(name), lo, hi);
            if (v) field = *v;
            return v.has_value();
        };
        auto text = [&](const char* name, std::string& field) {
            if (p.isSet(QLatin1String(name))) field = p.value(QLatin1String(name)).toStdString();
        };
        text("optimizer", config.optimizer.type);
        text("loss", config.loss.type);
        text("schedule", config.schedule.type);
        text("device", config.device);
        if (p.isSet(QStringLiteral("backbone-weights")))  // absolute: config.json outlives cwd
            config.backboneWeights = QFileInfo(p.value(QStringLiteral("backbone-weights")))
                                         .absoluteFilePath()
                                         .toStdString();
        if (p.isSet(QStringLiteral("no-flip"))) config.augment.horizontalFlip = false;
        if (p.isSet(QStringLiteral("vflip"))) config.augment.verticalFlip = true;
        if (p.isSet(QStringLiteral("adversarial"))) config.adversarial.enabled = true;
        if ((p.isSet(QStringLiteral("adversarial-weight")) ||
             p.isSet(QStringLiteral("discriminator-lr"))) &&
            !config.adversarial.enabled)
            return command.usageError(
                tr("--adversarial-weight and --discriminator-lr need --adversarial"));
        int seed = static_cast<int>(config.seed);
        if (auto code = ArchitectureFlags::apply(command, config.model)) return *code;
        const bool ok = integer("epochs", config.epochs, 1, 100000) &&
                        integer("batch", config.batchSize, 1, 4096) &&
                        integer("crop", config.cropSize, 0, 8192) &&
                        integer("warmup", config.schedule.warmupIterations, 0, 10000000) &&
                        integer("threads", config.threads, 0, 1024) &&
                        integer("seed", seed, 0, 2147483647) &&
                        real("lr", config.optimizer.learningRate, 1e-8, 10) &&
                        real("weight-decay", config.optimizer.weightDecay, 0, 1) &&
                        real("rotate", config.augment.rotationDegrees, 0, 180) &&
                        real("label-smoothing", config.loss.labelSmoothing, 0, 0.5) &&
                        real("focal-gamma", config.loss.focalGamma, 0, 10) &&
                        real("dice-weight", config.loss.diceWeight, 0, 100) &&
                        real("crf-loss", config.loss.crfWeight, 0, 100) &&
                        real("crf-loss-xy", config.loss.crfSpatial, 1, 10000) &&
                        real("crf-loss-rgb", config.loss.crfColour, 1, 255) &&
                        real("adversarial-weight", config.adversarial.weight, 0, 10) &&
                        real("discriminator-lr", config.adversarial.learningRate, 1e-8, 1);
        if (!ok) return kUsage;
        config.seed = static_cast<uint64_t>(seed);
        if (p.isSet(QStringLiteral("scale")) &&
            !parsePair(p.value(QStringLiteral("scale")), config.augment.scaleMin,
                       config.augment.scaleMax))
            return command.usageError(tr("--scale takes two numbers, e.g. 0.75,1.5"));
        if (p.isSet(QStringLiteral("class-weights")) &&
            !parseNumbers(p.value(QStringLiteral("class-weights")), config.loss.classWeights))
            return command.usageError(tr("--class-weights takes numbers, e.g. 0.5,1,1"));
        if (p.isSet(QStringLiteral("jitter"))) {
            double s = 0;
            if (!real("jitter", s, 0, 1)) return kUsage;
            config.augment.brightness = config.augment.contrast = config.augment.saturation = s;
        }
        const auto fraction = command.realOption(QStringLiteral("val-fraction"), 0, 1);
        if (!fraction) return kUsage;

        core::DatasetOptions options;
        options.valFraction = *fraction;
        if (auto code = DatasetFlags::apply(command, options)) return *code;
        core::Dataset dataset =
            core::openProjectOrDataset(toPath(p.value(QStringLiteral("data"))), options);
        for (const auto& problem : dataset.problems)
            err() << tr("warning: %1").arg(ui::ErrorText::describe(problem.toError())) << '\n';
        try {
            core::fitModelToDataset(config.model, dataset);
            core::validateTrainConfig(config);
        } catch (const core::Error& e) {
            return command.usageError(ui::toQString(e.detail()));
        }

        const std::string backend = p.value(QStringLiteral("backend")).toStdString();
        if (backend != "gloo" && backend != "nccl")
            return command.usageError(tr("--backend is gloo or nccl"));
        std::optional<core::DistributedSetup> distributed = core::distributedSetupFromEnvironment();
        if (!distributed && p.isSet(QStringLiteral("nproc"))) {
            const auto count = command.intOption(QStringLiteral("nproc"), 1, kMaxLocalProcesses);
            if (!count) return kUsage;
            if (*count > 1) {
                QStringList forwarded = args.mid(1);  // without the command's name
                const int at = forwarded.indexOf(QStringLiteral("--nproc"));
                if (at >= 0) forwarded.remove(at, std::min(2, int(forwarded.size()) - at));
                forwarded.removeIf([](const QString& a) { return a.startsWith("--nproc="); });
                if (g_stopAsked.load()) return kFailure;  // stopped before it started
                releaseTrainingSignals();                 // the launcher passes them on from here
                return launchLocalProcesses(int(*count), forwarded, g_pauseAsked.load());
            }
        }
        if (distributed) distributed->backend = backend;

        core::TrainRequest request{config, std::move(dataset), runDir, resume, distributed};
        core::TrainControl control;
        controlBySignals(control);
        ConsoleObserver observer(distributed);
        const core::TrainOutcome outcome = core::runTraining(request, observer, control);
        releaseTrainingSignals();

        // Rank 0 speaks for a data-parallel run; the others only of their own failures.
        const bool main = !distributed || distributed->isMain();
        switch (outcome.status) {
            case core::TrainStatus::Finished:
                if (!main) return kSuccess;
                out() << tr("Finished: best mIoU %1 at epoch %2; checkpoints in %3")
                             .arg(outcome.bestMeanIoU, 0, 'f', 4)
                             .arg(outcome.bestEpoch)
                             .arg(ui::toQPath(runDir / "checkpoints"))
                      << '\n';
                return kSuccess;
            case core::TrainStatus::Stopped:
                if (!main) return kFailure;
                err() << tr("Stopped after %1 complete epochs. Continue with: --resume %2")
                             .arg(outcome.epochsCompleted)
                             .arg(ui::toQPath(outcome.lastCheckpoint))
                      << '\n';
                return kFailure;
            case core::TrainStatus::Failed:
                err() << (main ? QString() : tr("rank %1: ").arg(distributed->rank))
                      << tr("Training failed: %1").arg(ui::toQString(outcome.message)) << '\n';
                return kFailure;
        }
    } catch (const core::Error& e) {
        return reportError(e);
    }
    return kFailure;
}

}  // namespace

int runTrain(const QStringList& args) {
    return TrainCommand::run(args);
}

}  // namespace seg::cli
