#!/usr/bin/python3
"""numpy reference for bench_confusion_matrix: the fast_hist idiom used by most
segmentation code (np.bincount over n * gt + pred), on the masks the C++ side wrote.

usage: bench_confusion_matrix.py DIR [masks] [repeats]
"""
import json
import sys
import time

import numpy as np

SIDE = 512
CLASSES = 21


def fast_hist(a, b, n):
    k = (a >= 0) & (a < n)
    return np.bincount(n * a[k].astype(int) + b[k], minlength=n ** 2).reshape(n, n)


def main():
    folder = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 32
    repeats = int(sys.argv[3]) if len(sys.argv) > 3 else 15
    gt = np.fromfile(f"{folder}/gt.raw", dtype=np.uint8).reshape(count, SIDE, SIDE)
    pred = np.fromfile(f"{folder}/pred.raw", dtype=np.uint8).reshape(count, SIDE, SIDE)
    best = float("inf")
    for _ in range(repeats):
        hist = np.zeros((CLASSES, CLASSES), dtype=np.int64)
        start = time.perf_counter()
        for i in range(count):
            hist += fast_hist(gt[i].flatten(), pred[i].flatten(), CLASSES)
        best = min(best, time.perf_counter() - start)
    checksum = int(sum(hist[t, t] * (t + 1) for t in range(CLASSES)))
    pixels = count * SIDE * SIDE
    print(json.dumps({"mpixels_per_s": round(pixels / best / 1e6, 1), "pixels": pixels, "checksum": checksum}))


if __name__ == "__main__":
    main()
