"""What extraction's regular expressions cost, pattern by pattern (docs/scale.md, session 49).

    python bench/regex_calls.py FOLDER WARM_UP_PAGE [--top N]

Loads the resolver and extracts ``WARM_UP_PAGE`` (lazy imports, the first notice's one-off
work), then extracts every input of ``FOLDER`` as ``bench.py --extract-only-worker`` does,
recording each call a compiled pattern answers (the pattern, the method and its arguments),
and replays each pattern's calls three times on its real arguments, keeping the fastest: the
time a page spends in that pattern, without a profiler's cost on the calls around it.  A
pattern searched over a whole page shows by its time a call; a class probed over every cell,
by its calls a page.  Every pattern is handed out wrapped (``_sre.compile`` is replaced before
the package is imported), so a run of it only measures: nothing of the package changes.
"""
from __future__ import annotations

import argparse
import collections
import re
import time

import _sre

_compile = _sre.compile
_calls: dict[tuple, list] = collections.defaultdict(list)   # (pattern, flags, method) -> [(args, kwargs)]
_recording = False
_METHODS = ("search", "match", "fullmatch", "findall", "finditer", "sub", "subn", "split")


class _Recorded:
    """A compiled pattern that notes each call of ``_METHODS`` while ``_recording``."""

    __slots__ = ("compiled",)

    def __init__(self, compiled) -> None:
        self.compiled = compiled

    def __getattr__(self, name: str):
        return getattr(self.compiled, name)

    def __eq__(self, other) -> bool:
        return self.compiled == (other.compiled if isinstance(other, _Recorded) else other)

    def __hash__(self) -> int:
        return hash(self.compiled)


def _method(name: str):
    def call(self, *args, **kwargs):
        if _recording:
            _calls[(self.compiled.pattern, self.compiled.flags, name)].append((args, kwargs))
        return getattr(self.compiled, name)(*args, **kwargs)
    return call


for _name in _METHODS:
    setattr(_Recorded, _name, _method(_name))


def main() -> None:
    global _recording
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("folder")
    p.add_argument("warm_up")
    p.add_argument("--top", type=int, default=40, help="patterns listed (default 40)")
    args = p.parse_args()
    _sre.compile = lambda *a: _Recorded(_compile(*a))
    from extractor.agencies.resolve import load_resolver
    from extractor.engine.extract import extract_file
    from extractor.engine.pipeline import Settings, collect_inputs, extract_many

    load_resolver()
    extract_file(args.warm_up)
    files, _ = collect_inputs([args.folder])
    _recording = True
    found = sum(notice is not None for _, notice, _ in extract_many(files, Settings(jobs=1)))
    _recording = False
    _sre.compile = _compile
    re.purge()   # re's cache holds the wrapped patterns: the replay compiles plain ones
    pages = len(files)
    rows = []
    for (pattern, flags, name), calls in _calls.items():
        method = getattr(re.compile(pattern, flags), name)
        best = float("inf")
        for _ in range(3):
            t0 = time.perf_counter()
            for a, k in calls:
                result = method(*a, **k)
                if name == "finditer":
                    list(result)
            best = min(best, time.perf_counter() - t0)
        rows.append((best, len(calls), name, pattern))
    rows.sort(reverse=True)
    print(f"{found} notices; {len(rows)} patterns, {sum(r[1] for r in rows) / pages:.0f} calls a page, "
          f"{sum(r[0] for r in rows) / pages * 1e6:.0f} us a page in all (replayed, fastest of three)")
    print(f"{'us/page':>8} {'calls/page':>10} {'ns/call':>8}  method    pattern")
    for best, count, name, pattern in rows[:args.top]:
        print(f"{best / pages * 1e6:8.1f} {count / pages:10.1f} {best / count * 1e9:8.0f}  {name:9} {pattern[:80]!r}")


if __name__ == "__main__":
    main()
