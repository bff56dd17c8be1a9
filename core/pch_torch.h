// Precompiled for core files that use LibTorch: torch/torch.h alone costs ~30 s per file.
#include <torch/script.h>
#include <torch/torch.h>

#include <opencv2/core.hpp>
