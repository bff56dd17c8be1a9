#pragma once
// The model zoo's figures: for each architecture, what tests/bench/run_zoo_bench.sh measured
// on a 2-core machine with its default options (resources/model_zoo.json, built into the
// library): size, speed, and the validation mIoU reached within a fixed training budget.
// The window's model picker and `segstudio-cli model --list` show them. Any thread.

#include <filesystem>
#include <map>
#include <optional>
#include <string>

namespace seg::core {

struct ZooFigures {
    double parametersMillions = 0;
    double gmacsAt256 = 0;              // multiply-accumulates of one 256x256 forward pass
    double trainImagesPerSecond = 0;    // 128x128 images, batch 8
    double inferenceMillisecondsAt512 = 0;  // one 512x512 image, median
    int threads = 0;                    // LibTorch threads the figures were measured with
    // Best validation mIoU within budgetMinutes of training with the CLI's defaults, on
    // `dataset` ("demo", or "change pairs" for the change-detection models); unset until
    // measured.
    std::optional<double> meanIoU;
    int epochs = 0;
    int budgetMinutes = 0;
    std::string dataset;
    std::string measured;  // the date, YYYY-MM-DD
};

// The built-in figures by architecture name; architectures not measured yet are absent.
const std::map<std::string, ZooFigures>& modelZoo();
// The figures of `architecture`, nullptr when it was not measured.
const ZooFigures* zooFigures(const std::string& architecture);

// Parses a zoo file's text. Throws Error(InvalidJson) naming `source` when it is not one.
std::map<std::string, ZooFigures> parseModelZoo(const std::string& text,
                                                const std::filesystem::path& source);

}  // namespace seg::core
