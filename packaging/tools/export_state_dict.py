#!/usr/bin/env python3
"""Re-save PyTorch weights so that SegStudio can read them as backbone weights.

LibTorch's C++ reader cannot rebuild Python's OrderedDict (which every
model.state_dict() is) nor the pre-1.6 file format, so this script loads any
torch.save'd file (a state dict, a whole model, or a training checkpoint with a
'state_dict' or 'model' entry) and writes its tensors as a plain dict in the
current format. Names are kept: SegStudio maps torchvision's ResNet names itself.

    python3 export_state_dict.py resnet18-f37072fd.pth resnet18.pt
    segstudio-cli train ... --model deeplabv3plus --backbone-weights resnet18.pt
"""
import sys

import torch


def tensors_of(obj):
    if isinstance(obj, torch.nn.Module):
        obj = obj.state_dict()
    if isinstance(obj, dict):
        for key in ("state_dict", "model", "model_state_dict"):
            if key in obj and not isinstance(obj[key], torch.Tensor):
                return tensors_of(obj[key])
        return {str(k): v.detach().clone() for k, v in obj.items() if isinstance(v, torch.Tensor)}
    raise SystemExit(f"no tensors found in a {type(obj).__name__}")


def main():
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    source, target = sys.argv[1], sys.argv[2]
    tensors = tensors_of(torch.load(source, map_location="cpu"))
    if not tensors:
        raise SystemExit(f"{source}: no tensors found")
    torch.save(tensors, target)
    print(f"{target}: {len(tensors)} tensors")


if __name__ == "__main__":
    main()
