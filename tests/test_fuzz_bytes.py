"""Hostile bytes through decode -> locate -> parse (issue 12): a bounded,
deterministic generator (fixed seeds) of what unlucky or hostile inputs look
like: wrong and broken encodings, BOMs, stray and control bytes, truncation,
XML declarations, deep nesting, huge cells and rows, odd file names.

Properties: no exception but ``ExtractorError`` escapes a notice; each case
ends (an alarm fails one that runs past ``CASE_SECONDS``); in a batch, the
good notices are exported whole, exactly as each extracts alone.  About 20 s
on the project's 2-core machine; the cases are counted in docs/reliability.md.
"""
from __future__ import annotations

import codecs
import hashlib
import json
import os
import random
import signal
import sqlite3
from contextlib import contextmanager
from pathlib import Path

import pytest

from extractor.engine.extract import extract_file, extract_raw
from extractor.engine.pipeline import Settings, run
from extractor.models import ExtractorError, RawInput
from extractor.store.rows import notice_record

#: a case that runs longer than this has hung (the slowest real fixture takes well under 1 s)
CASE_SECONDS = 20
#: cases per seed of ``test_hostile_bytes_extract_or_fail_as_bad_input``
CASES = 40
SEEDS = range(6)
GOOD = ["seed-dongguan-2014-75.html", "tab-dongguan-2017-88.txt", "gbk-dongguan-2016-31.html"]
CODECS = ["utf-8", "gbk", "gb18030", "big5", "utf-16", "utf-16-le", "latin-1"]
LABELS = [None, "utf-8", "gbk", "gb2312", "ISO-8859-1", "big5", "utf-16", "no-such-charset", "x\"><script>"]


@contextmanager
def ends_within(seconds: int, what: str):
    """Fail the test, naming the case, if the block runs past ``seconds``."""
    def hung(signum, frame):
        raise AssertionError(f"{what}: still running after {seconds} s")

    old = signal.signal(signal.SIGALRM, hung)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def _pages(fixtures_dir: Path) -> list[tuple[str, str]]:
    out = []
    for p in sorted(fixtures_dir.iterdir()):
        if p.suffix in (".txt", ".html"):
            data = p.read_bytes()
            try:
                out.append((p.suffix, data.decode("utf-8")))
            except UnicodeDecodeError:
                out.append((p.suffix, data.decode("gb18030")))
    return out


def _encode(text: str, rng: random.Random) -> bytes:
    codec = rng.choice(CODECS)
    data = text.encode(codec, errors="replace" if rng.random() < 0.5 else "ignore")
    if rng.random() < 0.3:   # a BOM, right or wrong for the codec
        data = rng.choice([codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE]) + data
    return data


def _damage(data: bytes, rng: random.Random) -> bytes:
    """One to four byte-level damages."""
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(9)
        i = rng.randrange(len(data) + 1)
        if op == 0:     # stray high bytes
            data = data[:i] + bytes(rng.randrange(0x80, 0x100) for _ in range(rng.randint(1, 3))) + data[i:]
        elif op == 1:   # control bytes and NULs
            data = data[:i] + bytes(rng.randrange(0, 32) for _ in range(rng.randint(1, 40))) + data[i:]
        elif op == 2:   # cut (mid-character, mid-tag)
            data = data[:i]
        elif op == 3:   # an XML declaration naming some encoding
            data = f'<?xml version="1.0" encoding="{rng.choice(LABELS[1:])}"?>\n'.encode() + data
        elif op == 4:   # deep nesting, unclosed
            data = data[:i] + b"<div><table><tr><td>" * rng.randint(50, 400) + data[i:]
        elif op == 5:   # a huge cell / line
            data = data[:i] + "牵头单位".encode() * rng.randint(2000, 20000) + data[i:]
        elif op == 6:   # many rows of many empty cells
            data = data[:i] + (b"<tr>" + b"<td></td>" * rng.randint(20, 200) + b"</tr>") * rng.randint(10, 100) + data[i:]
        elif op == 7:   # CR-only line ends, form feeds
            data = data.replace(b"\n", rng.choice([b"\r", b"\x0c", b"\r\r\n"]))
        else:           # random bytes
            data = data[:i] + bytes(rng.randrange(256) for _ in range(rng.randint(1, 2000))) + data[i:]
    return data


@pytest.mark.parametrize("seed", SEEDS)
def test_hostile_bytes_extract_or_fail_as_bad_input(fixtures_dir, resolver, seed):
    rng = random.Random(seed)
    pages = _pages(fixtures_dir)
    for case in range(CASES):
        suffix, text = rng.choice(pages)
        data = _damage(_encode(text, rng), rng)
        raw = RawInput(path=f"case{case}{rng.choice([suffix, '.htm', '', '.TXT'])}", data=data, size=len(data),
                       sha256=hashlib.sha256(data).hexdigest(), http_charset=rng.choice(LABELS))
        with ends_within(CASE_SECONDS, f"seed {seed} case {case}"):
            try:
                notice = extract_raw(raw, resolver)
            except ExtractorError as exc:
                assert "\n" not in str(exc), (seed, case)   # one line on stderr
                continue
            record = notice_record(notice)   # what the writers take must build too
        json.dumps(record.head.warnings, ensure_ascii=False)
        assert len(record.measures) == len(notice.measures), (seed, case)


def _hostile_files(folder: Path, rng: random.Random) -> int:
    """Bad inputs beside the good ones; returns how many cannot be read at all."""
    unreadable = 0
    names = [b"\xb7\xd6\xb9\xa4.txt", b"a\nextractor: error: fake.html", b"\x1b[2Jclear.html",
             b"\xe2\x80\xaeevil.txt", b"-rf.html", b" leading space.txt", b"x" * 200 + b".html"]
    for i, name in enumerate(names):
        data = _damage(_encode("关于印发分工方案的通知\n牵头单位：市发改局\n", rng), rng)
        with open(os.path.join(os.fsencode(folder), name), "wb") as f:
            f.write(data)
    for name, data in [("empty.txt", b""), ("blank.html", b" \n\t\n"), ("nul.html", b"\x00" * 100),
                       ("bom-bad.txt", b"\xef\xbb\xbf\xe5\x88\x86\xff"), ("png.html", b"\x89PNG\r\n\x1a\n" + bytes(300))]:
        (folder / name).write_bytes(data)
        unreadable += name != "bom-bad.txt"
    sub = folder / "deep"
    for depth in range(30):
        sub = sub / f"d{depth}"
    sub.mkdir(parents=True)
    (sub / "deep.txt").write_bytes(rng.randbytes(5000))
    os.symlink(folder, folder / "deep" / "loop")   # a folder that holds itself
    return unreadable


@pytest.mark.parametrize("jobs", [1, 2])
def test_good_notices_in_a_hostile_batch_are_exported_whole(fixtures_dir, tmp_path, jobs):
    raw = tmp_path / "raw"
    raw.mkdir()
    alone = {}
    for name in GOOD:
        (raw / name).write_bytes((fixtures_dir / name).read_bytes())
        alone[name] = [m.as_dict() if hasattr(m, "as_dict") else m for m in
                       json.loads(json.dumps(extract_file(raw / name).as_dict(), ensure_ascii=False))["measures"]]
    unreadable = _hostile_files(raw, random.Random(jobs))
    out = tmp_path / "out"
    with ends_within(120, f"the batch (jobs={jobs})"):
        result = run(Settings(inputs=(str(raw),), out_dir=out, jobs=jobs))
    assert len(result.failures) >= unreadable
    assert all("\n" not in f"{path}: {reason}" for path, reason in result.failures)
    notices = json.loads((out / "notices.json").read_text(encoding="utf-8"))
    by_name = {Path(n["source"]["path"]).name: n for n in notices}
    for name in GOOD:
        assert by_name[name]["measures"] == alone[name], name
    con = sqlite3.connect(out / "notices.sqlite")
    stored = dict(con.execute("SELECT n.source_path, count(m.seq) FROM notices n JOIN measures m USING (doc_id) "
                              "GROUP BY n.doc_id"))
    for name in GOOD:
        assert stored[str(raw / name)] == len(alone[name]), name
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []


# ---------------------------------------------------------------- what the generator found

def test_deeply_nested_tables_are_searched_once_each(resolver):
    # each table searched every table nested in it, recursively: 2^depth (seed 4, case 31 hung)
    task = ("<table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td></tr>"
            "<tr><td>1</td><td>推进重点项目建设</td><td>市发改局</td><td>市财政局</td></tr></table>")
    # each level a task table of its own (a header row), so none is unwrapped as layout
    level = "<table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td></tr><tr><td>1</td><td>"
    page = "<html><body>" + level * 40 + task + "</td></tr></table>" * 40 + "</body></html>"
    data = page.encode()
    raw = RawInput(path="nested.html", data=data, size=len(data), sha256=hashlib.sha256(data).hexdigest())
    with ends_within(CASE_SECONDS, "40 nested tables"):
        notice = extract_raw(raw, resolver)
    assert [(m.text, [u.name for u in m.lead]) for m in notice.measures] == [("推进重点项目建设", ["市发改局"])]


def test_a_huge_unit_cell_is_split_in_linear_time(resolver):
    # each position of a long cell scanned to the cell's end for a name (seed 0, case 37 hung)
    text = "一、推进重点项目建设\n牵头单位：市发改局" + "牵头单位" * 20000 + "\n配合单位：市财政局\n"
    data = text.encode()
    raw = RawInput(path="huge.txt", data=data, size=len(data), sha256=hashlib.sha256(data).hexdigest())
    with ends_within(CASE_SECONDS, "an 80,000-character unit cell"):
        notice = extract_raw(raw, resolver)
    assert [u.name for m in notice.measures for u in m.support] == ["市财政局"]
