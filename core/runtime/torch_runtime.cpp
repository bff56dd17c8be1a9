#include "core/runtime/torch_runtime.h"

#include <algorithm>
#include <limits>
#include <mutex>
#include <thread>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <torch/torch.h>

namespace seg::core {

void keepTensorMemoryInProcess() {
#ifdef __GLIBC__
    static std::once_flag once;
    std::call_once(once, [] {
        // A thread's own arena grows and shrinks by mapping pages too: one heap for all.
        mallopt(M_ARENA_MAX, 1);
        mallopt(M_MMAP_MAX, 0);  // no allocation is mapped page by page
        mallopt(M_TRIM_THRESHOLD, std::numeric_limits<int>::max());  // kept for the next pass
    });
#endif
}

int configureTorchThreads(int threads) {
    keepTensorMemoryInProcess();
    if (threads <= 0) threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    torch::set_num_threads(threads);
    return torch::get_num_threads();
}

}  // namespace seg::core
