#pragma once
// Process-wide LibTorch settings. Debian's LibTorch starts with one intra-op thread, so
// SegStudio sets the count explicitly. Call from the main thread before any work starts.

#include <string>

namespace seg::core {

// Sets LibTorch's intra-op threads; 0 means all hardware threads. Returns the count set.
int configureTorchThreads(int threads = 0);

// "LibTorch 1.13.1, 2 threads, CPU" (or names the CUDA device when one is usable).
std::string torchRuntimeDescription();

}  // namespace seg::core
