"""The scored gate over the fixture corpus (``extractor.evaluate``).

Dev fixtures (tests/fixtures/*) are all scored, whoever's form it is, and
must stay exact: the floor is one pinned constant, like trafilatura's eval
gate.  The holdout (tests/fixtures/holdout/*: shapes committed before any
code for them) is scored apart and pinned at what it really measured; its
floor may only move up with the code, or down in a recorded entry that
names the fixture that regressed.

The holdout's floors are data (tests/gate/README.md says how to add one):
the history, oldest first, one entry a line in tests/gate/holdout_floors.jsonl,
and every newer entry in a file of its own under tests/gate/floors/, named
``<yyyymmddThhmm>-<author>.json`` and naming in ``after`` the entry (or
entries) in force when it was measured.  Two branches each adding an entry
add two files, so they never conflict; the holdout must then reach both.
"""
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from extractor.evaluate import HOLDOUT_DIR, NOTICE_FIELDS, by_form, evaluate, load_cases, score_cases

#: Share of measures (and of each metadata field, the sections and agency mapping) that must
#: be exactly right, per form and overall.  NEVER lower this silently: a lower
#: floor needs its own reviewed commit saying which fixture regressed and why.
FLOOR = 1.0

GATE_DIR = Path(__file__).parent / "gate"
#: The history of the holdout's floors, one JSON entry a line, oldest first;
#: each line was measured with the line before it in force.
HISTORY = GATE_DIR / "holdout_floors.jsonl"
#: Newer entries, one file each (``after`` names their parents).
ENTRIES_DIR = GATE_DIR / "floors"
ENTRY_NAME = re.compile(r"^\d{8}T\d{4}-[a-z0-9][a-z0-9-]*\.json$")
#: Entries before session 39 pin no ``sections`` (not scored then); an entry
#: with a score the one before lacks lowers nothing.
PINNED = frozenset({"measures", "agencies", *NOTICE_FIELDS})


@dataclass(frozen=True)
class FloorEntry:
    """One pinned measurement of the holdout: (right, total) per score."""
    name: str
    date: str
    why: str
    after: tuple[str, ...]
    counts: dict[str, tuple[int, int]]


def _counts(raw: dict) -> dict[str, tuple[int, int]]:
    return {k: (int(r), int(t)) for k, (r, t) in raw.items()}


def load_floor_entries(gate_dir: Path = GATE_DIR) -> dict[str, FloorEntry]:
    """Every entry by name: the history's lines (``holdout_floors.jsonl:<n>``,
    the last also answering to ``holdout_floors.jsonl``) and the files."""
    history = gate_dir / HISTORY.name
    entries: dict[str, FloorEntry] = {}
    parent: tuple[str, ...] = ()
    lines = history.read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        raw = json.loads(line)
        name = f"{history.name}:{n}"
        entries[name] = FloorEntry(name, raw["date"], raw["why"], parent, _counts(raw["counts"]))
        parent = (name,)
    aliases = {history.name: f"{history.name}:{len(lines)}"}
    for path in sorted((gate_dir / ENTRIES_DIR.name).glob("*.json")):
        raw = json.loads(path.read_text(encoding="utf-8"))
        after = raw["after"] if isinstance(raw["after"], list) else [raw["after"]]
        entries[path.name] = FloorEntry(path.name, raw["date"], raw["why"],
                                        tuple(aliases.get(a, a) for a in after), _counts(raw["counts"]))
    return entries


def floors_in_force(entries: dict[str, FloorEntry]) -> list[FloorEntry]:
    """The entries no later entry was measured after: the holdout must reach each."""
    parents = {p for e in entries.values() for p in e.after}
    return [e for name, e in entries.items() if name not in parents]


FLOOR_ENTRIES = load_floor_entries()


#: How far the holdout may measure above its floor before the floor must be
#: raised (a new entry above): five points is about five of its ~100 measures,
#: so real progress is recorded and a later regression cannot hide under it.
HOLDOUT_RAISE_MARGIN = 0.05


@pytest.fixture(scope="module")
def scores(fixtures_dir, resolver):
    return evaluate(fixtures_dir, resolver)


@pytest.fixture(scope="module")
def holdout(fixtures_dir, resolver):
    return by_form(score_cases(fixtures_dir / HOLDOUT_DIR, resolver))["all"]


def test_every_fixture_has_an_input(fixtures_dir):
    for folder in (fixtures_dir, fixtures_dir / HOLDOUT_DIR):
        names = {c.name.split(".")[0] for c in load_cases(folder)}
        expected = {p.name[: -len(".expected.json")] for p in folder.glob("*.expected.json")}
        assert expected <= names, f"expected files without an input in {folder}: {sorted(expected - names)}"


def test_corpus_reaches_the_floor(scores):
    overall = scores["all"]
    shares = {"measures": overall.measure_share, "agencies": overall.agency_share,
              **{k: overall.meta_share(k) for k in NOTICE_FIELDS}}
    below = {k: v for k, v in shares.items() if v < FLOOR}
    wrong = "\n".join(str(m) for m in overall.mismatches)
    assert not below, f"below the floor {FLOOR:.0%}: {below}\n{wrong}"


def test_every_form_reaches_the_floor(scores):
    low = {form: f"{s.measure_share:.0%}" for form, s in scores.items() if s.measure_share < FLOOR}
    assert not low, f"forms below the floor: {low}"


def holdout_counts(score) -> dict[str, tuple[int, int]]:
    """(right, total) per pinned score of the holdout."""
    return {"measures": (score.measures_right, score.measures_total),
            "agencies": (score.agencies_right, score.agencies_total),
            **{k: (score.meta_right[k], score.meta_total[k]) for k in NOTICE_FIELDS}}


def _share(counts: tuple[int, int]) -> float:
    right, total = counts
    return right / total


def test_holdout_reaches_its_floor(holdout):
    now = holdout_counts(holdout)
    below = {f"{e.name}: {k}": f"{now[k][0]}/{now[k][1]} < pinned {r}/{t}"
             for e in floors_in_force(FLOOR_ENTRIES) for k, (r, t) in e.counts.items()
             if _share(now[k]) < _share((r, t))}
    wrong = "\n".join(str(m) for m in holdout.mismatches)
    assert not below, (f"the holdout fell below its floor (if two branches' entries met here, add one "
                       f"entry measured on the combined tree, after both): {below}\n{wrong}")


def test_holdout_floor_follows_the_code(holdout):
    now = holdout_counts(holdout)
    best = {k: max(_share(e.counts[k]) for e in floors_in_force(FLOOR_ENTRIES)) for k in PINNED}
    ahead = {k: f"{now[k][0]}/{now[k][1]}" for k in PINNED if _share(now[k]) > best[k] + HOLDOUT_RAISE_MARGIN}
    assert not ahead, ("the holdout measures clearly more than its floor: add an entry "
                       f"(tests/gate/README.md) with these counts: {ahead}")


def test_holdout_floor_is_never_lowered_silently(fixtures_dir):
    names = {p.name[: -len(".expected.json")] for p in (fixtures_dir / HOLDOUT_DIR).glob("*.expected.json")}
    for entry in floors_in_force(FLOOR_ENTRIES):
        assert set(entry.counts) == PINNED, entry.name
    for entry in FLOOR_ENTRIES.values():
        for parent in entry.after:
            before = FLOOR_ENTRIES[parent].counts
            lowered = [k for k in entry.counts if _share(entry.counts[k]) < _share(before.get(k, (0, 1)))]
            assert not lowered or any(n in entry.why for n in names), (
                f"{entry.name} ({entry.date}) lowers {lowered} against {parent} without naming the "
                "holdout fixture that regressed")


def test_floor_entries_are_well_formed():
    """Every entry file is named as the README says, names parents that exist
    and pins the scores of its time; the history reads as one line of entries."""
    files = sorted(ENTRIES_DIR.glob("*"))
    for path in files:
        assert path.name == ".gitkeep" or ENTRY_NAME.match(path.name), f"{path.name}: not <yyyymmddThhmm>-<author>.json"
    for entry in FLOOR_ENTRIES.values():
        assert entry.why.strip() and re.fullmatch(r"\d{4}-\d{2}-\d{2}", entry.date), entry.name
        missing = [p for p in entry.after if p not in FLOOR_ENTRIES]
        assert not missing, f"{entry.name}: after names no entry: {missing}"
        assert entry.counts and set(entry.counts) <= PINNED, entry.name
        assert all(0 <= r <= t for r, t in entry.counts.values()), entry.name
    history = [e for e in FLOOR_ENTRIES.values() if e.name.startswith(HISTORY.name)]
    assert history and not history[0].after and len(history) > 1


def test_floor_entries_follow_earlier_entries_only():
    """An entry is measured after entries older than itself (the history's
    lines in order, then files by their time-stamped names), so ``after``
    never loops and every entry goes back to the history's first line."""
    order = {name: i for i, name in enumerate(FLOOR_ENTRIES)}
    for entry in FLOOR_ENTRIES.values():
        assert entry.after or order[entry.name] == 0, f"{entry.name}: names no entry it was measured after"
        later = [p for p in entry.after if order.get(p, len(order)) >= order[entry.name]]
        assert not later, f"{entry.name}: after names an entry no older than itself: {later}"


def test_floors_in_force_are_the_entries_nothing_follows(tmp_path):
    """Two branches' entries after one parent are both in force until an
    entry after both is added (the merge the README asks for)."""
    (tmp_path / "floors").mkdir()
    line = {"date": "2026-01-01", "why": "w", "counts": {"measures": [1, 2]}}
    (tmp_path / HISTORY.name).write_text(json.dumps(line) + "\n" + json.dumps(line) + "\n", encoding="utf-8")
    for name, after in (("20260101T0000-a.json", HISTORY.name), ("20260101T0001-b.json", HISTORY.name)):
        (tmp_path / "floors" / name).write_text(json.dumps({**line, "after": after}), encoding="utf-8")
    entries = load_floor_entries(tmp_path)
    assert entries["20260101T0000-a.json"].after == (f"{HISTORY.name}:2",)
    assert sorted(e.name for e in floors_in_force(entries)) == ["20260101T0000-a.json", "20260101T0001-b.json"]
    merged = {**line, "after": ["20260101T0000-a.json", "20260101T0001-b.json"]}
    (tmp_path / "floors" / "20260101T0002-c.json").write_text(json.dumps(merged), encoding="utf-8")
    assert [e.name for e in floors_in_force(load_floor_entries(tmp_path))] == ["20260101T0002-c.json"]


def test_holdout_fixtures_map_every_printed_unit(fixtures_dir):
    """The holdout measures agencies too: every unit a measure prints has an
    expected outcome (canonical, null for a group, "unresolved")."""
    for path in sorted((fixtures_dir / HOLDOUT_DIR).glob("*.expected.json")):
        expected = json.loads(path.read_text(encoding="utf-8"))
        printed = {u for m in expected["measures"] for u in (*m["lead"], *m["support"])}
        assert printed == set(expected.get("agencies") or {}), path.name
