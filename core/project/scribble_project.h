#pragma once
// Turns a project's training masks into scribbles (synthetic_scribbles.h), to measure what
// sparse labels train: `segstudio-cli scribble` and the scribble benchmark use it. Any thread.

#include <functional>

#include "core/data/synthetic_scribbles.h"
#include "core/project/project.h"

namespace seg::core {

struct ScribbleReport {
    int images = 0;                // masks turned into scribbles
    double labelledFraction = 0;   // of the pixels of those images, all together
    int narrowestStroke = 0, widestStroke = 0;
};

// Writes scribbles of every training image's mask into the project's masks folder, where
// painted masks go, so the project trains on them; validation images keep their complete
// masks, so runs are still scored against the whole truth. Refuses, before writing anything,
// a project where a training image already has a painted mask (Error(WriteFailed) naming
// it): scribbles never replace what a person painted. `onProgress(done, total)` returning
// false stops after the current image.
ScribbleReport scribbleTrainingMasks(const Project& project, const ScribbleOptions& options,
                                     const std::function<bool(int, int)>& onProgress = {});

}  // namespace seg::core
