"""``python -m synth`` (run with tests/ on the path; ``make synth`` does):
exactness per axis value on the fixed seed set, then the causes of misses.

    python -m synth                 # the table and the causes over SEEDS
    python -m synth --show 17       # one notice: its axes, its text, its misses
    python -m synth --seeds 1-50    # another seed range
"""
from __future__ import annotations

import argparse
import logging
import sys

from . import SEEDS, notice
from .score import causes_report, run, score, table


def _seeds(text: str) -> range:
    first, _, last = text.partition("-")
    return range(int(first), int(last or first) + 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="synth", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seeds", type=_seeds, default=SEEDS, help="a range such as 1-400")
    parser.add_argument("--show", type=int, metavar="SEED", help="print one notice and its misses")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    if args.show is not None:
        synth = notice(args.show)
        print(synth.name, synth.truth["axes"])
        if synth.suffix in (".html", ".txt"):
            print(synth.data.decode("gb18030" if synth.truth["axes"]["encoding"] == "gbk" else "utf-8"))
        res = score(synth)
        print(f"measures {res.measures_right}/{res.measures_total}, "
              f"agencies {res.agencies_right}/{res.agencies_total}, metadata {res.meta_right}/{res.meta_total}")
        print("\n".join(res.details) or "no misses")
        return 0
    results = run(args.seeds)
    print(table(results))
    print()
    print("causes of misses (count, notices, the axis values they share, example seeds):")
    print(causes_report(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
