#!/usr/bin/python3
"""PyTorch reference for bench_compare: the same models (SegStudio's checkpoints exported
with `segstudio-cli export`, loaded with torch.jit.load) predict and score the same
validation images as a PyTorch user would: PIL to read, a tensor per image, argmax, a
confusion matrix with numpy's bincount.

  compare_reference.py --list FILE --model A.pt [--model B.pt ...] --threads T

Prints one JSON line with the seconds spent predicting and scoring and each model's mIoU.
"""
import argparse
import json
import time

import numpy as np
import torch
from PIL import Image


def miou(confusion: np.ndarray) -> float:
    tp = np.diag(confusion).astype(np.float64)
    union = confusion.sum(0) + confusion.sum(1) - tp
    present = union > 0
    return float((tp[present] / union[present]).mean())


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--list", required=True)
    p.add_argument("--model", action="append", required=True)
    p.add_argument("--threads", type=int, default=1)
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    pairs = [line.rstrip("\n").split("\t") for line in open(a.list) if line.strip()]
    load_start = time.perf_counter()
    models = [torch.jit.load(m).eval() for m in a.model]
    load = time.perf_counter() - load_start
    start = time.perf_counter()
    scores = []
    with torch.inference_mode():
        for model in models:
            classes = len(model.class_names)
            mean = torch.tensor(list(model.mean)).view(1, 3, 1, 1)
            std = torch.tensor(list(model.std)).view(1, 3, 1, 1)
            confusion = np.zeros((classes, classes), dtype=np.int64)
            for image_path, mask_path in pairs:
                rgb = np.asarray(Image.open(image_path).convert("RGB"))
                truth = np.asarray(Image.open(mask_path)).astype(np.int64)
                x = torch.from_numpy(rgb).permute(2, 0, 1).unsqueeze(0).float() / 255.0
                predicted = model((x - mean) / std).argmax(1)[0].numpy()
                keep = truth != 255
                confusion += np.bincount(truth[keep] * classes + predicted[keep],
                                         minlength=classes * classes).reshape(classes, classes)
            scores.append(miou(confusion))
    seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "load_seconds": load, "images": len(pairs), "miou": scores}))


if __name__ == "__main__":
    main()
