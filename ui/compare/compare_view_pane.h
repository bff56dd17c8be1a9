#pragma once
// One pane of the Compare tab: a framed view with its title. Shared by the files that make
// up CompareView. GUI thread.

#include <QFrame>
#include <QLabel>

#include "ui/compare/compare_view.h"
#include "ui/compare/marked_image_view.h"

namespace seg::ui {

struct CompareView::Pane {
    QFrame* frame = nullptr;
    QLabel* title = nullptr;
    MarkedImageView* view = nullptr;
};

}  // namespace seg::ui
