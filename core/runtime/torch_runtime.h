#pragma once
// Process-wide LibTorch settings. Debian's LibTorch starts with one intra-op thread, so
// SegStudio sets the count explicitly. Call from the main thread before any work starts.

#include <string>

namespace seg::core {

// Sets LibTorch's intra-op threads; 0 means all hardware threads. Returns the count set.
// The first call also keeps tensor memory in the process (keepTensorMemoryInProcess).
int configureTorchThreads(int threads = 0);

// glibc gives every allocation above its mmap threshold (128 KB, rising to 32 MB) fresh pages
// from the kernel and hands them back on free, and a thread's arena grows and shrinks the
// same way, so each activation tensor of every forward and backward pass page-faults anew.
// All threads share one heap instead, and freed memory is kept for the next pass: the
// process holds on to its peak working set, as PyTorch's caching allocators do on GPUs.
// Measured here (2 threads, on a worker thread): a U-Net's forward pass on a 512x512 image
// 360 -> 130 ms; a training step on 8 images of 256x256 3.8-5 s -> 0.7 s. Call it first
// thing in main (arenas made before it stay); later calls do nothing; glibc only.
void keepTensorMemoryInProcess();

}  // namespace seg::core
