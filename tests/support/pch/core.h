// Headers most tests include, precompiled once for all of them (tests/CMakeLists.txt).
#include <filesystem>
#include <string>
#include <vector>

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <nlohmann/json.hpp>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
