#!/usr/bin/python3
"""The model zoo's figures file (resources/model_zoo.json): run_zoo_bench.sh merges each
model's measurements into it as they finish, so an interrupted run resumes where it stopped;
`table` prints the Markdown table the README shows.

  zoo_results.py has FILE MODEL MINUTES   exit 0 when MODEL has every figure (and an mIoU
                                          measured with MINUTES of training, unless 0)
  zoo_results.py merge FILE MODEL key=value ...
  zoo_results.py miou METRICS_CSV         best validation mIoU and its epoch count, as JSON
  zoo_results.py table FILE               the Markdown table, in the architecture table's order
"""
import csv
import datetime
import json
import os
import sys
import tempfile

FAST = ("parameters_m", "gmacs_256", "train_images_per_s", "inference_512_ms")


def load(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except FileNotFoundError:
        return {"models": {}}


def save(path, zoo):
    # Temp file and rename: an interrupted bench never leaves the file torn.
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".model_zoo.")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(zoo, f, indent=2, sort_keys=True, ensure_ascii=False)
        f.write("\n")
    os.replace(tmp, path)


def value(text):
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            pass
    return text


def has(path, model, minutes):
    entry = load(path)["models"].get(model, {})
    if any(k not in entry for k in FAST):
        return False
    return int(minutes) == 0 or entry.get("budget_minutes") == int(minutes)


def merge(path, model, pairs):
    zoo = load(path)
    entry = zoo["models"].setdefault(model, {})
    for pair in pairs:
        key, _, text = pair.partition("=")
        entry[key] = value(text)
    entry["measured"] = datetime.date.today().isoformat()
    save(path, zoo)


def miou(metrics):
    try:
        with open(metrics, newline="") as f:
            rows = [r for r in csv.DictReader(f) if r["kind"] == "epoch" and r["mean_iou"]]
    except OSError:
        rows = []
    if not rows:
        print("{}")
        return
    print(json.dumps({"miou": round(max(float(r["mean_iou"]) for r in rows), 4),
                      "epochs": len(rows)}))


def table(path, order):
    models = load(path)["models"]
    print("| model | parameters | GMACs at 256x256 | training img/s (128x128, batch 8) "
          "| 512x512 inference | validation mIoU after a 10-minute budget |")
    print("|---|---|---|---|---|---|")
    for name in order:
        e = models.get(name)
        if not e:
            print(f"| {name} | not measured yet | | | | |")
            continue
        if "miou" in e:
            m = f"{e['miou']:.3f} ({e['epochs']} epochs, {e['dataset']})"
        else:
            m = "not measured yet"
        print(f"| {name} | {e['parameters_m']:.2f} M | {e['gmacs_256']:.2f} "
              f"| {e['train_images_per_s']:.1f} | {e['inference_512_ms']:.0f} ms | {m} |")


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    if command == "has":
        sys.exit(0 if has(*args) else 1)
    elif command == "merge":
        merge(args[0], args[1], args[2:])
    elif command == "miou":
        miou(args[0])
    elif command == "table":
        table(args[0], args[1:])
    else:
        sys.exit(f"unknown command {command}")
