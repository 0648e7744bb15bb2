"""python -m blindsynth --seeds 1-300 --out DIR  (run with PYTHONPATH=tests)"""

import argparse
import json
import pathlib
import sys

from . import build


def seed_range(s):
    out = []
    for part in s.split(","):
        a, _, b = part.partition("-")
        out += list(range(int(a), int(b or a) + 1))
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(prog="blindsynth")
    ap.add_argument("--seeds", default="1-300")
    ap.add_argument("--out", required=True)
    a = ap.parse_args(argv)
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for seed in seed_range(a.seeds):
        name, ext, data, expected = build(seed)
        (out / f"{name}.{ext}").write_bytes(data)
        (out / f"{name}.expected.json").write_text(
            json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(seed_range(a.seeds))} notices to {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
