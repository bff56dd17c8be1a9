#pragma once
// What SegStudio runs on, for Help > About and `segstudio-cli --version`: the libraries'
// versions, the CPU's vector features and the kernels LibTorch picked for them, the threads
// in use, and whether CUDA can be used. Torch-free header; any thread.

#include <string>
#include <vector>

namespace seg::core {

struct RuntimeReport {
    std::string libtorch;  // "1.13.0": the version LibTorch's headers give
    std::string onednn;    // "2.6.3": the convolution library LibTorch uses on the CPU
    std::string opencv;    // "4.6.0"
    // Of avx, avx2, fma, avx512f, avx512bw, avx512vl, avx512_bf16, amx: those this CPU has.
    std::vector<std::string> cpuFeatures;
    std::string kernels;     // the vector width of LibTorch's own CPU kernels: "AVX2", "AVX512"
    int threads = 0;         // LibTorch's threads now
    int cores = 0;           // hardware threads
    bool cudaBuilt = false;  // this LibTorch was built with CUDA
    int cudaDevices = 0;     // usable now
};

RuntimeReport runtimeReport();

}  // namespace seg::core
