"""python -m blindsynth --seeds 1-300 --out DIR [--office]  (run with PYTHONPATH=tests)"""

import argparse
import json
import pathlib
import sys
import time

from . import build, legacy


def seed_range(s):
    out = []
    for part in s.split(","):
        a, _, b = part.partition("-")
        out += list(range(int(a), int(b or a) + 1))
    return out


def _write(path, expected):
    path.write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main(argv=None):
    ap = argparse.ArgumentParser(prog="blindsynth")
    ap.add_argument("--seeds", default="1-300")
    ap.add_argument("--out", required=True)
    ap.add_argument("--office", action="store_true",
                    help="save some .docx/.xlsx attachments as legacy .doc/.xls or PDF (LibreOffice)")
    a = ap.parse_args(argv)
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    jobs, expected_of, pairs = [], {}, []
    for seed in seed_range(a.seeds):
        name, ext, data, expected = build(seed, legacy_files=a.office)
        path = out / f"{name}.{ext}"
        path.write_bytes(data)
        kind = legacy.target(seed, ext) if a.office else None
        if "_attachment" in expected:
            # a page and its attachment, saved as `extractor fetch` saves them (legacy.py)
            akind, html = expected.pop("_attachment")
            src = out / f"{name}.fj1.html"
            src.write_text(html, encoding="utf-8")
            jobs.append((src, akind))
            pairs.append((path, src, akind))
        elif kind:
            jobs.append((path, kind))
            expected["form"] = legacy.FORMS[kind]
            expected["note"] += f" legacy:{kind}"
        expected_of[path] = (out / f"{name}.expected.json", expected)
        _write(*expected_of[path])
    print(f"wrote {len(seed_range(a.seeds))} notices to {out}", file=sys.stderr)
    if jobs:
        t0 = time.monotonic()
        done = legacy.convert(out, jobs)
        for path, kind in jobs:
            if path not in done and path.suffix != ".html":
                # not converted: the file stays as built, and so does its expected form
                exp_path, expected = expected_of[path]
                expected["form"] = {"docx": "docx-table", "xlsx": "xlsx-table"}[path.suffix[1:]]
                expected["note"] = expected["note"].replace(f" legacy:{kind}", "")
                _write(exp_path, expected)
        for page, src, akind in pairs:
            if src in done:
                legacy.write_sidecars(page, done[src])
            else:
                src.unlink()  # not converted: the page goes without its table (reported; score it without)
                print(f"{src.name}: not converted", file=sys.stderr)
        print(f"converted {len(done)} of {len(jobs)} attachments with LibreOffice in "
              f"{time.monotonic() - t0:.0f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
