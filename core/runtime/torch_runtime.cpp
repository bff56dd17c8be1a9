#include "core/runtime/torch_runtime.h"

#include <algorithm>
#include <thread>

#include <torch/torch.h>

namespace seg::core {

int configureTorchThreads(int threads) {
    if (threads <= 0) threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    torch::set_num_threads(threads);
    return torch::get_num_threads();
}

std::string torchRuntimeDescription() {
    std::string device = torch::cuda::is_available()
                             ? "CUDA (" + std::to_string(torch::cuda::device_count()) + " devices)"
                             : "CPU";
    return "LibTorch " + std::string(TORCH_VERSION) + ", " +
           std::to_string(torch::get_num_threads()) + " threads, " + device;
}

}  // namespace seg::core
