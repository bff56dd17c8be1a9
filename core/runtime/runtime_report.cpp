#include "core/runtime/runtime_report.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <thread>

#include <ATen/Version.h>
#include <torch/torch.h>
#include <torch/version.h>
#include <opencv2/core/version.hpp>

namespace seg::core {

namespace {

// The value after `key` on its line of LibTorch's build summary ("CPU capability usage:
// AVX2"), or empty.
std::string configValue(const std::string& config, const std::string& key) {
    const size_t at = config.find(key);
    if (at == std::string::npos) return {};
    const size_t begin = at + key.size();
    const size_t end = config.find_first_of(",\n", begin);
    std::string value = config.substr(begin, end - begin);
    value.erase(0, value.find_first_not_of(' '));
    return value;
}

// The CPU's flags line of /proc/cpuinfo, split ("fpu vme ... avx2 ..."); empty elsewhere.
std::vector<std::string> cpuFlags() {
    std::ifstream cpuinfo("/proc/cpuinfo");
    std::string line;
    while (std::getline(cpuinfo, line)) {
        if (line.rfind("flags", 0) != 0) continue;
        std::istringstream words(line.substr(line.find(':') + 1));
        std::vector<std::string> flags;
        for (std::string word; words >> word;) flags.push_back(word);
        return flags;
    }
    return {};
}

}  // namespace

RuntimeReport runtimeReport() {
    RuntimeReport report;
    report.libtorch = TORCH_VERSION;
    // "Intel(R) MKL-DNN v2.6.3 (Git Hash N/A)" -> "2.6.3"
    const std::string onednn = at::get_mkldnn_version();
    const size_t version = onednn.find(" v");
    report.onednn = version == std::string::npos
                        ? onednn
                        : onednn.substr(version + 2, onednn.find(' ', version + 2) - version - 2);
    report.opencv = CV_VERSION;
    const std::vector<std::string> flags = cpuFlags();
    for (const char* feature :
         {"avx", "avx2", "fma", "avx512f", "avx512bw", "avx512vl", "avx512_bf16", "amx_tile"})
        if (std::find(flags.begin(), flags.end(), feature) != flags.end())
            report.cpuFeatures.push_back(feature);
    const std::string config = at::show_config();
    report.kernels = configValue(config, "CPU capability usage:");
    report.cudaBuilt = configValue(config, "USE_CUDA=") == "ON";
    report.threads = torch::get_num_threads();
    report.cores = static_cast<int>(std::thread::hardware_concurrency());
    report.cudaDevices = torch::cuda::is_available() ? int(torch::cuda::device_count()) : 0;
    return report;
}

}  // namespace seg::core
