#!/usr/bin/python3
"""Checks a module written by `segstudio-cli export` the way a PyTorch user would use it.

Loads it with torch.jit.load, reads the class names and normalisation it carries, runs it
on an image and compares its softmax with the probabilities SegStudio's predictor wrote
(float32, classes x height x width, row-major). Exits 1 with the largest difference when
it exceeds the tolerance.

usage: check_exported_model.py MODEL IMAGE_PPM PROBABILITIES CLASS,NAMES TOLERANCE
"""
import json
import sys

import numpy
import torch


def read_ppm(path: str) -> numpy.ndarray:
    """A binary PPM (P6, maxval 255) as an H x W x 3 RGB uint8 array."""
    with open(path, "rb") as f:
        data = f.read()
    fields = data.split(maxsplit=4)
    assert fields[0] == b"P6" and fields[3] == b"255", "not a binary 8-bit PPM"
    width, height = int(fields[1]), int(fields[2])
    pixels = numpy.frombuffer(fields[4][: width * height * 3], dtype=numpy.uint8)
    return pixels.reshape(height, width, 3)


def main() -> None:
    model_path, image_path, probabilities_path, names, tolerance = sys.argv[1:6]
    extra = {"segstudio.json": ""}
    model = torch.jit.load(model_path, _extra_files=extra)
    settings = json.loads(extra["segstudio.json"])
    expected_names = names.split(",")
    carried = [c["name"] for c in settings["classes"]["classes"]]
    assert carried == expected_names, f"extra file names {carried}"
    assert list(model.class_names) == expected_names, f"attribute names {model.class_names}"
    mean = torch.tensor(list(model.mean)).view(1, 3, 1, 1)
    std = torch.tensor(list(model.std)).view(1, 3, 1, 1)
    assert list(model.mean) == settings["mean"] and list(model.std) == settings["std"]

    rgb = torch.from_numpy(read_ppm(image_path).copy()).permute(2, 0, 1).unsqueeze(0)
    x = (rgb.float() / 255.0 - mean) / std
    with torch.no_grad():
        logits = model(x)
    assert logits.shape[2:] == x.shape[2:], f"logits of shape {tuple(logits.shape)}"
    got = torch.softmax(logits, 1)[0].numpy()
    expected = numpy.fromfile(probabilities_path, dtype=numpy.float32).reshape(got.shape)
    difference = float(numpy.abs(got - expected).max())
    print(f"largest difference {difference:.3g}")
    sys.exit(0 if difference <= float(tolerance) else 1)


if __name__ == "__main__":
    main()
