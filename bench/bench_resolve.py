"""Benchmark: agency names resolved per second over the fixture corpus.

    python bench/bench_resolve.py              # 20 cached passes
    python bench/bench_resolve.py --repeat 100

Stages, in order:

1. load     the one-time cost of ``load_resolver()`` in this fresh process:
            registry TOML, OpenCC, jieba and the key indexes (timed first,
            before anything else touches them);
2. names    the unit names as printed in every golden fixture notice
            (``tests/fixtures/*.expected.json``, lead and support, one list
            per cell), each with the notice's city and date;
3. cold     one pass over all cells with a freshly built Resolver (its
            per-name caches empty), as the first notice of a run sees it;
4. cached   ``--repeat`` more passes with the same Resolver, as a batch of
            notices naming the same units sees it.

Nothing is asserted: the figures are read here (tests/test_resolve.py pins
the per-name cost).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
sys.path.insert(0, str(ROOT))


def fixture_cells(folder: Path = FIXTURES) -> list[tuple[tuple[str, ...], str | None, str | None]]:
    """(names of one cell, city, date) for every lead/support cell of every fixture notice."""
    from extractor.agencies.registry import detect_city

    cells = []
    for path in sorted(folder.glob("*.expected.json")):
        e = json.loads(path.read_text(encoding="utf-8"))
        city = detect_city(e.get("issuer"), e.get("title"), e.get("table_title"),
                           doc_number=e.get("doc_number"))
        for m in e.get("measures", []):
            cells += [(tuple(m[role]), city, e.get("date")) for role in ("lead", "support") if m.get(role)]
    return cells


def resolve_all(resolver, cells) -> int:
    """Resolve every cell (with the shared-prefix carry-over the pipeline uses); return the name count."""
    n = 0
    for names, city, date in cells:
        n += len(resolver.resolve_names(names, city=city, date=date))
    return n


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="cached passes (default: 20)")
    args = parser.parse_args(argv)

    start = time.perf_counter()
    from extractor.agencies.resolve import Resolver, load_resolver
    resolver = load_resolver()
    load_s = time.perf_counter() - start

    cells = fixture_cells()
    fresh = Resolver(resolver.registry, resolver.patterns)   # built outside the timing
    start = time.perf_counter()
    names = resolve_all(fresh, cells)
    cold_s = time.perf_counter() - start

    start = time.perf_counter()
    for _ in range(max(1, args.repeat)):
        resolve_all(fresh, cells)
    cached_s = (time.perf_counter() - start) / max(1, args.repeat)

    distinct = len({(n, c, d) for names_, c, d in cells for n in names_})
    print(f"agency resolution over {len(cells)} cells of the fixture notices: "
          f"{names} names ({distinct} distinct name/city/date)")
    print("phase | time | names per second")
    print("--- | --- | ---")
    print(f"load (registry, OpenCC, jieba, indexes; once per process) | {load_s * 1000:.0f} ms | -")
    print(f"cold (fresh resolver, empty caches) | {cold_s * 1000:.1f} ms | {names / cold_s:,.0f}")
    print(f"cached (mean of {args.repeat} passes) | {cached_s * 1000:.2f} ms | {names / cached_s:,.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
