#!/usr/bin/python3
"""Reference segmentation metrics computed with numpy, for comparison with segstudio-cli.

usage: numpy_metrics.py GT.raw PRED.raw NUM_CLASSES
The raw files hold the masks' uint8 pixels back to back (same order in both); ground-truth
pixels of 255 are ignored. Prints the metrics as JSON (NaN as null), with the keys that
`segstudio-cli score --json` uses.
"""
import json
import sys

import numpy as np


def main():
    gt = np.fromfile(sys.argv[1], dtype=np.uint8)
    pred = np.fromfile(sys.argv[2], dtype=np.uint8)
    k = int(sys.argv[3])
    valid = gt != 255
    hist = np.bincount(gt[valid].astype(np.int64) * k + pred[valid], minlength=k * k).reshape(k, k)
    tp = np.diag(hist).astype(np.float64)
    gt_pixels = hist.sum(axis=1).astype(np.float64)
    pred_pixels = hist.sum(axis=0).astype(np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        iou = tp / (gt_pixels + pred_pixels - tp)
        dice = 2 * tp / (gt_pixels + pred_pixels)
        accuracy = tp / gt_pixels
    freq = gt_pixels / gt_pixels.sum()
    present = freq > 0

    def value(x):
        return None if np.isnan(x) else float(x)

    print(json.dumps({
        "pixels": int(hist.sum()),
        "pixel_accuracy": value(tp.sum() / hist.sum()),
        "mean_class_accuracy": value(np.nanmean(accuracy)),
        "mean_iou": value(np.nanmean(iou)),
        "fw_iou": value((freq[present] * iou[present]).sum()),
        "mean_dice": value(np.nanmean(dice)),
        "class_iou": [value(v) for v in iou],
    }))


if __name__ == "__main__":
    main()
