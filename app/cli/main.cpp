// segstudio-cli: everything SegStudio does, without a window.

#include <exception>

#include <QCoreApplication>

#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "core/runtime/torch_runtime.h"
#include "ui/text/runtime_text.h"
#include "ui/text/translations.h"

namespace {

class CliMain {
    Q_DECLARE_TR_FUNCTIONS(CliMain)

public:
    static QString usage() {
        return tr(
            "Usage: segstudio-cli <command> [options]\n\n"
            "Commands:\n"
            "  synth     write the synthetic-shapes dataset\n"
            "  inspect   report on a dataset: counts, sizes, class frequencies, problems\n"
            "  score     score predicted masks against ground truth\n"
            "  demo      create the demo project\n"
            "  init      make a dataset or image folder a project\n"
            "  scribble  replace a project's training masks by scribbles of them\n"
            "  train     train a model (any of 'segstudio-cli model --list')\n"
            "  eval      score a checkpoint on a dataset split\n"
            "  predict   write predicted masks for images\n"
            "  compare   score 2 to 4 models side by side on a dataset split\n"
            "  export    write a checkpoint's model as a TorchScript module\n"
            "  model     print a model's parameters and GMACs\n"
            "  runs      list a project's training runs and their best mIoU\n\n"
            "Options:\n"
            "  -h, --help       this list\n"
            "  -v, --version    the version of SegStudio\n\n"
            "Run 'segstudio-cli <command> --help' for a command's options.\n");
    }
};

}  // namespace

int main(int argc, char** argv) {
    seg::core::keepTensorMemoryInProcess();  // before any thread starts (torch_runtime.h)
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("segstudio-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SEGSTUDIO_VERSION));
    seg::ui::installTranslations(app, seg::ui::preferredLocale());

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    using namespace seg::cli;
    if (args.isEmpty()) {
        err() << CliMain::usage();
        return kUsage;
    }
    const QString command = args.front();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        out() << CliMain::usage();
        return kSuccess;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        seg::core::configureTorchThreads(0);  // the threads a command uses by default
        out() << "segstudio-cli " << QCoreApplication::applicationVersion() << '\n';
        for (const QString& line : seg::ui::RuntimeText::lines(seg::core::runtimeReport()))
            out() << line << '\n';
        return kSuccess;
    }
    // Commands report core::Error themselves. Anything else escaping (a library's own
    // exception) would abort the process with exit code 134 and no word on what happened.
    try {
        if (command == QLatin1String("synth")) return runSynth(args);
        if (command == QLatin1String("inspect")) return runInspect(args);
        if (command == QLatin1String("score")) return runScore(args);
        if (command == QLatin1String("demo")) return runDemo(args);
        if (command == QLatin1String("train")) return runTrain(args);
        if (command == QLatin1String("eval")) return runEval(args);
        if (command == QLatin1String("predict")) return runPredict(args);
        if (command == QLatin1String("model")) return runModel(args);
        if (command == QLatin1String("runs")) return runRuns(args);
        if (command == QLatin1String("init")) return runInit(args);
        if (command == QLatin1String("export")) return runExport(args);
        if (command == QLatin1String("compare")) return runCompare(args);
        if (command == QLatin1String("scribble")) return runScribble(args);
    } catch (const std::exception& e) {
        // The first line that says something (LibTorch adds backtraces, or starts with one).
        const QString what = QString::fromUtf8(e.what()).trimmed();
        err() << CliMain::tr("segstudio-cli: unexpected error: %1")
                     .arg(what.section(QLatin1Char('\n'), 0, 0))
              << '\n';
        return kFailure;
    }
    err() << CliMain::tr("segstudio-cli: unknown command '%1'").arg(command) << "\n\n"
          << CliMain::usage();
    return kUsage;
}
