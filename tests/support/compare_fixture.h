#pragma once
// What the Compare tab's tests share: two tiny U-Net runs (one and two epochs) on 16
// synthetic-shapes images of 40 pixels, and a user's steps in a Compare view: tick models,
// show a sample, wait for the background jobs.

#include <filesystem>
#include <initializer_list>

#include <QListWidget>
#include <QTest>

#include "core/data/dataset.h"
#include "support/tiny_training.h"
#include "ui/compare/compare_view.h"
#include "ui/compare/model_predictions.h"

namespace seg::test {

struct TwoTinyRuns {
    core::Dataset data;
    std::filesystem::path runs;            // the runs folder the Compare tab lists
    std::filesystem::path checkpoints[2];  // best.pt of each; empty when training failed
};

// Writes the images into folder/shapes and trains the runs into folder/runs.
inline TwoTinyRuns trainTwoTinyRuns(const std::filesystem::path& folder) {
    TwoTinyRuns made;
    made.data = tinyShapesDataset(folder / "shapes", 16, 40);
    made.runs = folder / "runs";
    const char* names[2] = {"first", "second"};
    for (int run = 0; run < 2; ++run) {
        RecordingObserver observer;
        core::TrainControl control;
        const auto outcome = core::runTraining(
            {tinyConfig(run + 1), made.data, made.runs / names[run], {}}, observer, control);
        if (outcome.status == core::TrainStatus::Finished)
            made.checkpoints[run] = outcome.bestCheckpoint;
    }
    return made;
}

// The view's list of models, with `rows` ticked as a user ticks them.
inline QListWidget* tickModels(ui::CompareView& view, std::initializer_list<int> rows) {
    auto* list = view.findChild<QListWidget*>(QStringLiteral("compareModels"));
    for (int row : rows) list->item(row)->setCheckState(Qt::Checked);
    return list;
}

// Shows sample `index` of `data` (its image and ground truth) under its id; returns it.
inline core::LoadedSample showSample(ui::CompareView& view, const core::Dataset& data,
                                     size_t index) {
    const core::Sample& sample = data.samples.at(index);
    core::LoadedSample loaded = core::loadSample(data, sample);
    view.showImage(QString::fromStdString(sample.id), loaded.image, loaded.mask);
    return loaded;
}

// Waits until the view's models have loaded and predicted the image on screen.
inline bool waitUntilIdle(ui::CompareView& view) {
    return QTest::qWaitFor([&] { return view.predictions()->runningJobs() == 0; }, 60000);
}

}  // namespace seg::test
