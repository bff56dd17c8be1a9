"""Seed files for the fuzzers that need no trained model: images, masks, class lists,
project.json and painting journals, each tiny and valid, in as many variants as users bring.
Called by make_seeds.sh with the corpus folder."""
import io
import json
import os
import struct
import sys

import numpy as np
from PIL import Image

corpus = sys.argv[1]


def put(target, name, data):
    folder = os.path.join(corpus, target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def encoded(image, fmt, **options):
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


rng = np.random.default_rng(7)
rgb = Image.fromarray(rng.integers(0, 255, (6, 8, 3), dtype=np.uint8), "RGB")
grey = rgb.convert("L")
indices = rng.integers(0, 3, (6, 8), dtype=np.uint8)
palette_mask = Image.fromarray(indices, "P")
palette_mask.putpalette([0, 0, 0, 128, 0, 0, 0, 128, 0] + [0] * (253 * 3))
wide = Image.fromarray((rng.integers(0, 4096, (6, 8))).astype(np.uint16))  # 12-bit sensor data

# Images: every format and colour type readImage takes, and a JPEG that EXIF rotates
# (where the header's size and the decoded size differ).
put("fuzz_image", "rgb.png", encoded(rgb, "PNG"))
put("fuzz_image", "rgba.png", encoded(rgb.convert("RGBA"), "PNG"))
put("fuzz_image", "grey.png", encoded(grey, "PNG"))
put("fuzz_image", "grey-alpha.png", encoded(grey.convert("LA"), "PNG"))
put("fuzz_image", "palette.png", encoded(rgb.convert("P"), "PNG"))
put("fuzz_image", "rgb-compressed.png", encoded(rgb, "PNG", optimize=True))
put("fuzz_image", "bilevel.png", encoded(grey.convert("1"), "PNG"))
put("fuzz_image", "grey16.png", encoded(wide, "PNG"))
put("fuzz_image", "rgb.jpg", encoded(rgb, "JPEG", quality=80))
put("fuzz_image", "grey.jpg", encoded(grey, "JPEG"))
put("fuzz_image", "progressive.jpg", encoded(rgb, "JPEG", progressive=True))
exif = Image.Exif()
exif[0x0112] = 6  # orientation: rotate 90 degrees
put("fuzz_image", "exif-rotated.jpg", encoded(rgb, "JPEG", exif=exif.tobytes()))
put("fuzz_image", "rgb.bmp", encoded(rgb, "BMP"))
put("fuzz_image", "palette.bmp", encoded(rgb.convert("P"), "BMP"))
put("fuzz_image", "rgb.tif", encoded(rgb, "TIFF"))
put("fuzz_image", "rgb-lzw.tif", encoded(rgb, "TIFF", compression="tiff_lzw"))
put("fuzz_image", "grey16.tif", encoded(wide, "TIFF"))

# Masks: palette, grey, 16-bit grey, colour-coded (the colours of background, cat, dog in
# the VOC map), and the same in other formats.
colours = np.array([[0, 0, 0], [128, 0, 0], [0, 128, 0]], dtype=np.uint8)
coded = Image.fromarray(colours[indices], "RGB")
put("fuzz_mask", "palette.png", encoded(palette_mask, "PNG"))
put("fuzz_mask", "grey.png", encoded(Image.fromarray(indices, "L"), "PNG"))
put("fuzz_mask", "grey16.png", encoded(Image.fromarray(indices.astype(np.uint16)), "PNG"))
put("fuzz_mask", "colour-coded.png", encoded(coded, "PNG"))
put("fuzz_mask", "colour-coded-alpha.png", encoded(coded.convert("RGBA"), "PNG"))
put("fuzz_mask", "grey.bmp", encoded(Image.fromarray(indices, "L"), "BMP"))
put("fuzz_mask", "colour-coded.bmp", encoded(coded, "BMP"))
put("fuzz_mask", "grey16.tif", encoded(Image.fromarray(indices.astype(np.uint16)), "TIFF"))

# Class lists: the first byte picks the reader (even: labels.txt, odd: classes.json).
put("fuzz_class_names", "labels.txt", b"\x00background\ncat\ndog\n")
put("fuzz_class_names", "labels-labelme.txt", b"\x00__ignore__\n_background_\nperson\r\ncar\n\n")
classes = {"version": 1, "ignore_index": 255, "classes": [
    {"name": "background", "color": [0, 0, 0]},
    {"name": "cat", "color": [128, 0, 0]},
    {"name": "\u732b", "color": [0, 128, 0]}]}
put("fuzz_class_names", "classes.json", b"\x01" + json.dumps(classes).encode())

# project.json, as the window writes it for a dataset and for an image folder.
project = {"version": 1, "name": "Demo: synthetic shapes", "data": "data", "layout": "folders",
           "masks": "masks", "split_seed": 42, "val_fraction": 0.2, "classes": classes}
put("fuzz_project", "dataset.json", json.dumps(project, indent=2).encode())
folder = dict(project, layout="images", name="Cells")
put("fuzz_project", "image-folder.json", json.dumps(folder).encode())
change = dict(project, layout="change", name="Buildings",
              change_folders={"before": "2019", "after": "2022", "label": "change"})
put("fuzz_project", "change-pairs.json", json.dumps(change).encode())

# Painting journals for a 64 x 40 mask: header, then records of tiles (x, y, w, h, pixels).
def journal(records, width=64, height=40):
    out = b"SGJ1" + struct.pack("<ii", width, height)
    for tiles in records:
        out += struct.pack("<i", len(tiles))
        for x, y, w, h, value in tiles:
            out += struct.pack("<iiii", x, y, w, h) + bytes([value]) * (w * h)
    return out


put("fuzz_journal", "one-stroke", journal([[(0, 0, 16, 16, 1)]]))
put("fuzz_journal", "strokes-and-undo",
    journal([[(0, 0, 16, 16, 1), (16, 0, 16, 16, 2)], [(48, 24, 16, 16, 0)], [(0, 0, 16, 16, 0)]]))
put("fuzz_journal", "torn-last-record", journal([[(0, 0, 16, 16, 1)], [(16, 16, 16, 16, 2)]])[:-40])
put("fuzz_journal", "other-size", journal([[(0, 0, 8, 8, 3)]], 32, 32))
