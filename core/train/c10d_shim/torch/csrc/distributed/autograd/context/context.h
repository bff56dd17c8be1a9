#pragma once
// Debian's libtorch-dev 1.13 ships c10d's reducer.hpp (PyTorch's own bucketed gradient
// all-reduce, which data_parallel.cpp uses) but not this header it includes, from the
// distributed autograd (RPC) engine. The reducer's class only names two types from it: the
// gradient callback, which it static_asserts to be exactly this std::function, and a
// shared_ptr to the context, whose layout does not depend on the class. SegStudio never
// uses distributed autograd; the compiled Reducer in libtorch_cpu is the real one.

#include <functional>
#include <memory>

#include <ATen/core/Tensor.h>

namespace torch::distributed::autograd {

class DistAutogradContext {
public:
    using GradCallback = std::function<bool(at::Tensor&)>;
};
using ContextPtr = std::shared_ptr<DistAutogradContext>;

}  // namespace torch::distributed::autograd
