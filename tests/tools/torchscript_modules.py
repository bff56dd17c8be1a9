#!/usr/bin/python3
"""Writes the TorchScript modules tst_torchscript opens, as PyTorch users save them.

Every module returns logits equal to its input (3 classes for RGB input): the predicted
class of a pixel is its brightest channel (0 red, 1 green, 2 blue), which the test checks.

usage: torchscript_modules.py OUT_DIR
"""
import os
import sys
from typing import Dict

import torch
import torchvision


class Logits(torch.nn.Module):
    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x * 1.0


class DictOut(torch.nn.Module):
    """As torchvision's segmentation models: a dict with "out" (and "aux")."""

    def forward(self, x: torch.Tensor) -> Dict[str, torch.Tensor]:
        return {"out": x * 2.0, "aux": x}


class HalfResolution(torch.nn.Module):
    """Logits at half the input's size, as some networks return them."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.nn.functional.avg_pool2d(x, 2)


class WrongRank(torch.nn.Module):
    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x.mean(dim=(2, 3))


class Raises(torch.nn.Module):
    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if x.size(1) == 3:
            raise RuntimeError("this model refuses every input")
        return x


def main() -> None:
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for name, module in [("logits", Logits()), ("dict_out", DictOut()),
                         ("half_resolution", HalfResolution()), ("wrong_rank", WrongRank()),
                         ("raises", Raises())]:
        torch.jit.save(torch.jit.script(module), os.path.join(out, name + ".pt"))
    # What users bring most: a torchvision segmentation model with a 5-class head, scripted
    # (it returns {"out": ..., "aux": ...}). Untrained: the test checks it runs, not what it
    # predicts.
    torch.manual_seed(0)
    deeplab = torchvision.models.segmentation.deeplabv3_mobilenet_v3_large(
        weights=None, weights_backbone=None, num_classes=5, aux_loss=True).eval()
    torch.jit.save(torch.jit.script(deeplab), os.path.join(out, "torchvision_deeplabv3.pt"))
    # Not TorchScript: a state dict, the commonest wrong file to pick.
    torch.save({"weight": torch.zeros(3)}, os.path.join(out, "state_dict.pt"))


if __name__ == "__main__":
    main()
