#!/usr/bin/python3
"""PyTorch reference for bench_training: the same networks as SegStudio's, written in
PyTorch as a user would, trained on the same PNG files with a standard Dataset/DataLoader.

  torch_reference.py train --model unet|unet-idiomatic|deeplabv3plus --data DIR --batch B --iterations N --threads T
  torch_reference.py infer --model unet|deeplabv3plus --size S --repeats N --threads T

unet-idiomatic upsamples with nn.ConvTranspose2d(k=2, s=2) as the U-Net paper and most ports
do; unet uses SegStudio's formulation of that layer (1x1 convolution to 4x channels, then
pixel shuffle: the same function). Prints one JSON line, with the forward GFLOPs per image.
"""
import argparse
import glob
import json
import os
import resource
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F
from PIL import Image


def cbr(cin, cout, k=3, stride=1, dilation=1, relu=True):
    layers = [nn.Conv2d(cin, cout, k, stride, dilation * (k // 2), dilation, bias=False), nn.BatchNorm2d(cout)]
    if relu:
        layers.append(nn.ReLU(inplace=True))
    return nn.Sequential(*layers)


class DoubleConv(nn.Sequential):
    def __init__(self, cin, cout):
        super().__init__(cbr(cin, cout), cbr(cout, cout))


class Up(nn.Module):
    def __init__(self, cin, cout, idiomatic):
        super().__init__()
        self.idiomatic = idiomatic
        self.conv = nn.ConvTranspose2d(cin, cout, 2, stride=2) if idiomatic else nn.Conv2d(cin, 4 * cout, 1)

    def forward(self, x):
        return self.conv(x) if self.idiomatic else F.pixel_shuffle(self.conv(x), 2)


class UNet(nn.Module):
    def __init__(self, classes, width=16, depth=4, idiomatic=False):
        super().__init__()
        ch = [width << i for i in range(depth)]
        self.encoders = nn.ModuleList([DoubleConv(3 if i == 0 else ch[i - 1], ch[i]) for i in range(depth)])
        self.ups = nn.ModuleList([Up(ch[i + 1], ch[i], idiomatic) for i in range(depth - 1)])
        self.decoders = nn.ModuleList([DoubleConv(2 * ch[i], ch[i]) for i in range(depth - 1)])
        self.head = nn.Conv2d(ch[0], classes, 1)

    def forward(self, x):
        skips = []
        for i, enc in enumerate(self.encoders):
            if i > 0:
                x = F.max_pool2d(x, 2)
            x = enc(x)
            skips.append(x)
        for i in reversed(range(len(self.decoders))):
            x = self.decoders[i](torch.cat([skips[i], self.ups[i](x)], 1))
        return self.head(x)


class BasicBlock(nn.Module):
    def __init__(self, cin, planes, stride, dilation):
        super().__init__()
        self.first = cbr(cin, planes, 3, stride, dilation)
        self.second = cbr(planes, planes, 3, 1, dilation, relu=False)
        self.shortcut = None
        if stride != 1 or cin != planes:
            self.shortcut = nn.Sequential(nn.Conv2d(cin, planes, 1, stride, bias=False), nn.BatchNorm2d(planes))

    def forward(self, x):
        identity = x if self.shortcut is None else self.shortcut(x)
        return F.relu(self.second(self.first(x)) + identity)


def stage(cin, planes, blocks, stride, dilation, previous_dilation):
    layers = [BasicBlock(cin, planes, stride, previous_dilation)]
    layers += [BasicBlock(planes, planes, 1, dilation) for _ in range(blocks - 1)]
    return nn.Sequential(*layers)


class DeepLabV3Plus(nn.Module):
    """ResNet-18 at output stride 16, ASPP (6/12/18 + image pooling), stride-4 decoder."""

    def __init__(self, classes, width=64):
        super().__init__()
        w = width
        self.stem = nn.Sequential(cbr(3, w, 7, 2), nn.MaxPool2d(3, 2, 1))
        self.stage1 = stage(w, w, 2, 1, 1, 1)
        self.stage2 = stage(w, 2 * w, 2, 2, 1, 1)
        self.stage3 = stage(2 * w, 4 * w, 2, 2, 1, 1)
        self.stage4 = stage(4 * w, 8 * w, 2, 1, 2, 1)
        a = 4 * w
        self.aspp = nn.ModuleList([cbr(8 * w, a, 1)] + [cbr(8 * w, a, 3, 1, r) for r in (6, 12, 18)])
        self.pooled = nn.Conv2d(8 * w, a, 1)
        self.project = cbr(5 * a, a, 1)
        low = max(8, w * 3 // 4)
        self.low = cbr(w, low, 1)
        self.fuse = nn.Sequential(cbr(a + low, a), cbr(a, a))
        self.classifier = nn.Conv2d(a, classes, 1)

    def forward(self, x):
        size = x.shape[-2:]
        s1 = self.stage1(self.stem(x))
        s4 = self.stage4(self.stage3(self.stage2(s1)))
        pooled = F.relu(self.pooled(F.adaptive_avg_pool2d(s4, 1))).expand(-1, -1, *s4.shape[-2:])
        y = self.project(torch.cat([branch(s4) for branch in self.aspp] + [pooled], 1))
        low = self.low(s1)
        y = F.interpolate(y, size=low.shape[-2:], mode="bilinear", align_corners=False)
        y = self.classifier(self.fuse(torch.cat([y, low], 1)))
        return F.interpolate(y, size=size, mode="bilinear", align_corners=False)


def build(name, classes):
    if name == "deeplabv3plus":
        return DeepLabV3Plus(classes)
    return UNet(classes, idiomatic=name == "unet-idiomatic")


class FolderPairs(torch.utils.data.Dataset):
    MEAN = np.array([0.485, 0.456, 0.406], np.float32)
    STD = np.array([0.229, 0.224, 0.225], np.float32)

    def __init__(self, root):
        self.images = sorted(glob.glob(os.path.join(root, "images", "*.png")))
        self.masks = [os.path.join(root, "masks", os.path.basename(p)) for p in self.images]

    def __len__(self):
        return len(self.images)

    def __getitem__(self, i):
        image = np.asarray(Image.open(self.images[i]).convert("RGB"), np.float32) / 255.0
        mask = np.asarray(Image.open(self.masks[i]), np.int64)  # palette PNG: indices
        if np.random.rand() < 0.5:
            image, mask = image[:, ::-1], mask[:, ::-1]
        image = (image - self.MEAN) / self.STD
        return torch.from_numpy(image.transpose(2, 0, 1).copy()), torch.from_numpy(mask.copy())


def forward_gflops(model, size):
    flops = []

    def hook(module, inputs, output):
        if isinstance(module, nn.ConvTranspose2d):
            x = inputs[0]
            flops.append(2 * x.shape[1] * module.out_channels * module.kernel_size[0] * module.kernel_size[1]
                         * x.shape[2] * x.shape[3])
        elif isinstance(module, nn.Conv2d):
            flops.append(2 * module.in_channels // module.groups * module.kernel_size[0] * module.kernel_size[1]
                         * output.numel())

    handles = [m.register_forward_hook(hook) for m in model.modules() if isinstance(m, (nn.Conv2d, nn.ConvTranspose2d))]
    with torch.no_grad():
        model.eval()
        model(torch.randn(1, 3, size, size))
        model.train()
    for h in handles:
        h.remove()
    return sum(flops) / 1e9


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def train(args):
    data = FolderPairs(args.data)
    size = np.asarray(Image.open(data.images[0])).shape[0]
    model = build(args.model, 5)
    gflops = forward_gflops(model, size)
    optimizer = torch.optim.AdamW(model.parameters(), 1e-3)
    loader = torch.utils.data.DataLoader(data, batch_size=args.batch, shuffle=True, drop_last=True, num_workers=1,
                                         persistent_workers=True)
    warmup, done, start = 3, 0, None
    while done < warmup + args.iterations:
        for images, masks in loader:
            if done == warmup:
                start = time.perf_counter()
            loss = F.cross_entropy(model(images), masks, ignore_index=255)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            done += 1
            if done == warmup + args.iterations:
                break
    seconds = time.perf_counter() - start
    print(json.dumps({"images_per_s": round(args.iterations * args.batch / seconds, 2), "peak_mb": round(peak_mb()),
                      "forward_gflops_per_image": round(gflops, 3), "threads": torch.get_num_threads()}))


def infer(args):
    model = build(args.model, 21).eval()
    image = torch.randn(1, 3, args.size, args.size)
    with torch.inference_mode():
        for _ in range(3):
            model(image)
        times = []
        for _ in range(args.repeats):
            start = time.perf_counter()
            model(image)
            times.append((time.perf_counter() - start) * 1000)
    times.sort()
    print(json.dumps({"median_ms": round(times[len(times) // 2], 2), "peak_mb": round(peak_mb()),
                      "forward_gflops_per_image": round(forward_gflops(model, args.size), 3)}))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["train", "infer"])
    parser.add_argument("--model", required=True)
    parser.add_argument("--data")
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--iterations", type=int, default=20)
    parser.add_argument("--size", type=int, default=512)
    parser.add_argument("--repeats", type=int, default=10)
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    np.random.seed(0)
    train(args) if args.mode == "train" else infer(args)


if __name__ == "__main__":
    main()
