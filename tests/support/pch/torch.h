// The core tests' headers and LibTorch's, precompiled once for the tests of networks.
#include "core.h"

#include <torch/torch.h>
