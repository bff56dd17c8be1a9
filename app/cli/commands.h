#pragma once
// The segstudio-cli commands. Each takes its arguments (args[0] is the command name) and
// returns the process exit code: 0 success, 1 failure, 2 usage error.

#include <QStringList>

namespace seg::cli {

int runSynth(const QStringList& args);
int runInspect(const QStringList& args);
int runScore(const QStringList& args);
int runDemo(const QStringList& args);
int runTrain(const QStringList& args);
int runEval(const QStringList& args);
int runPredict(const QStringList& args);
int runModel(const QStringList& args);
int runRuns(const QStringList& args);
int runInit(const QStringList& args);
int runExport(const QStringList& args);
int runCompare(const QStringList& args);
int runScribble(const QStringList& args);

}  // namespace seg::cli
