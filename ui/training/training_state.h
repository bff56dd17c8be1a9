#pragma once
// Where training stands, as the window's controls show it. One enum for the controller that
// decides it and the panel and actions that display it.

namespace seg::ui {

enum class TrainingState { Idle, Running, Paused, Stopping };

}  // namespace seg::ui
