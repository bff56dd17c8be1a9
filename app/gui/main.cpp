// segstudio: the desktop app. `segstudio --demo` opens the demo project (made on first run);
// `segstudio PROJECT` opens a project folder or its project.json.

#include <QApplication>
#include <QCommandLineParser>

#include "core/runtime/torch_runtime.h"
#include "ui/app_identity.h"
#include "ui/main_window.h"
#include "ui/text/translations.h"

namespace {

class GuiMain {
    Q_DECLARE_TR_FUNCTIONS(GuiMain)

public:
    static void describe(QCommandLineParser& parser) {
        parser.setApplicationDescription(
            tr("SegStudio: paint masks, train segmentation models, compare them."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(
            {QStringLiteral("demo"),
             tr("Open the demo project (synthetic shapes), creating it on first use.")});
        parser.addPositionalArgument(QStringLiteral("project"),
                                     tr("Project folder or project.json to open."),
                                     tr("[project]"));
    }
};

// --help and --version print and exit: they need no display (a terminal over ssh, a
// package check), so they get an application without a window system.
bool asksOnlyForText(int argc, char** argv) {
    for (int i = 1; i < argc; ++i)
        for (const char* option : {"-h", "--help", "--help-all", "-v", "--version"})
            if (qstrcmp(argv[i], option) == 0) return true;
    return false;
}

// Names, version and language of `app`, then the command line; --help and --version
// print and exit here.
void parseCommandLine(QCoreApplication& app, QCommandLineParser& parser) {
    seg::ui::setApplicationIdentity();
    QCoreApplication::setApplicationVersion(QStringLiteral(SEGSTUDIO_VERSION));
    seg::ui::installTranslations(app, seg::ui::preferredLocale());
    GuiMain::describe(parser);
    parser.process(app);
}

int printTextAndExit(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parseCommandLine(app, parser);  // prints and exits
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (asksOnlyForText(argc, argv)) return printTextAndExit(argc, argv);
    seg::core::keepTensorMemoryInProcess();  // before any thread starts (torch_runtime.h)
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parseCommandLine(app, parser);

    // Once, on the main thread: the count is process-wide (Debian's LibTorch starts at one).
    seg::core::configureTorchThreads(0);

    seg::ui::MainWindow window;
    window.show();
    if (parser.isSet(QStringLiteral("demo")))
        window.openDemoProject();
    else if (!parser.positionalArguments().isEmpty())
        window.openProject(parser.positionalArguments().front());
    else
        window.reopenLastProject();
    return app.exec();
}
