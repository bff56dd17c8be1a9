#pragma once
// The thread pool SegStudio's background jobs run on (runBackgroundJob, the demo project):
// its own, never Qt's global pool. Qt's painter scales a large image with the global pool's
// threads and blocks the GUI thread until they are done, so a long job there (a superpixel
// or scissors map of an 8000x8000 image) would freeze the window for the job's whole length.

class QThreadPool;

namespace seg::ui {

// As many threads as cores; made on first use as a child of the application, so the first
// call comes from the GUI thread (every job in the window is started there); ended, after
// its running jobs, with the application.
QThreadPool& backgroundJobPool();

}  // namespace seg::ui
