#pragma once
// Writing a checkpoint's model as a TorchScript module that PyTorch loads with
// torch.jit.load, for use outside SegStudio. The module takes a float [N, 3, H, W] tensor of
// any height and width (RGB scaled to [0, 1], then normalised with the model's mean and
// std) and returns [N, classes, H, W] logits, the same as SegStudio's predictor computes.
// The class names, colours and normalisation travel inside it: as the extra file
// "segstudio.json" and as the attributes class_names, mean and std. Torch-free header;
// a worker thread.

#include <filesystem>

namespace seg::core {

// Throws Error naming the checkpoint (see loadCheckpoint) or the output file (WriteFailed),
// or InvalidContent when the exported module does not reproduce the model's logits (checked
// on a probe image whose sides are not multiples of the model's downsampling).
void exportTorchScript(const std::filesystem::path& checkpoint, const std::filesystem::path& out);

}  // namespace seg::core
