#pragma once
// The thread pool SegStudio's background jobs run on (runBackgroundJob, the demo project):
// its own, never Qt's global pool. Qt's painter scales a large image with the global pool's
// threads and blocks the GUI thread until they are done, so a long job there (a superpixel
// or scissors map of an 8000x8000 image) would freeze the window for the job's whole length.

class QThreadPool;

namespace seg::ui {

// As many threads as cores; made on first use, ended (after its running jobs) with the
// application. Any thread may call it while the application exists.
QThreadPool& backgroundJobPool();

}  // namespace seg::ui
