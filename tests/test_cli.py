"""The command line, run as a user would, on temporary folders."""
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

SEEDS = ["seed-dongguan-2014-75.html", "seed-dongguan-2014-75.txt"]


def extractor(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "extractor", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def batch(tmp_path, fixtures_dir):
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in SEEDS:
        shutil.copy(fixtures_dir / name, raw / name)
    return raw


def test_help_explains_commands():
    top = extractor("--help")
    assert top.returncode == 0 and "run" in top.stdout
    run = extractor("run", "--help")
    assert run.returncode == 0 and "--out" in run.stdout and "INPUT" in run.stdout


def test_no_command_is_usage_error():
    assert extractor().returncode == 2
    assert extractor("run", "--format", "xml").returncode == 2


def test_run_seed_batch(batch, tmp_path):
    out = tmp_path / "out"
    # the .html and .txt seeds say the same (one doc number, the same measures and units):
    # one version in the archive, the .txt recorded as a second source of it
    res = extractor("run", batch, "--out", out, "--all-versions")
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip().splitlines() == [
        f"{batch / 'seed-dongguan-2014-75.txt'}: same content as version 1 of 东府办〔2014〕75号",
        "2 notices, 106 measures, 290 assignments, 0 unresolved names, 0 failed; "
        "1 new, 0 changed, 0 unchanged, 1 same content as an archived version -> " + str(out),
        # every unit of the seed is in the Dongguan registry
        "agency names resolved, by city: 东莞市 100% (290/290)"]
    con = sqlite3.connect(out / "notices.sqlite")
    assert con.execute("select count(*) from measures").fetchone()[0] == 53
    assert con.execute("select count(*) from assignments where role='lead'").fetchone()[0] == 77
    assert con.execute("select count(*) from assignments where role='support'").fetchone()[0] == 68
    assert con.execute("select count(*) from sources").fetchone()[0] == 2
    data = json.loads((out / "notices.json").read_text(encoding="utf-8"))
    assert [n["source"]["format"] for n in data] == ["html"]


def test_bad_inputs_are_named_and_the_rest_exported(batch, tmp_path):
    (batch / "empty.txt").write_bytes(b"")
    (batch / "scan.pdf").write_bytes(b"%PDF-1.4\n\x00\x01\x02binary\x00" * 50)
    (batch / "meeting.html").write_text(
        "<html><body><div class='content'><p>关于召开工作会议的通知</p><p>定于下周召开。</p></div></body></html>",
        encoding="utf-8")
    out = tmp_path / "out"
    res = extractor("run", batch, batch / "missing.html", "--out", out, "--all-versions")
    assert res.returncode == 1
    errors = [ln for ln in res.stderr.splitlines() if ln.startswith("extractor: error:")]
    assert any("empty.txt: empty file" in ln for ln in errors)
    assert any("scan.pdf: not a readable PDF" in ln for ln in errors)
    assert any("missing.html: no such file" in ln for ln in errors)
    assert "Traceback" not in res.stderr
    data = json.loads((out / "notices.json").read_text(encoding="utf-8"))
    meeting = [n for n in data if n["source"]["path"].endswith("meeting.html")]
    # the seed (its .txt says the same: one version) and the meeting notice
    assert len(data) == 2 and meeting[0]["measures"] == [] and meeting[0]["warnings"]


def test_all_unreadable_keeps_earlier_outputs(batch, tmp_path):
    out = tmp_path / "out"
    assert extractor("run", batch, "--out", out).returncode == 0
    before = (out / "notices.json").read_bytes()
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"   ")
    res = extractor("run", empty, "--out", out)
    assert res.returncode == 1 and (out / "notices.json").read_bytes() == before


def test_output_folder_that_is_a_file_is_one_line_not_a_traceback(tmp_path, fixtures_dir, capsys):
    from extractor.cli import main

    page = fixtures_dir / "seed-dongguan-2014-75.html"
    taken = tmp_path / "taken"
    taken.write_text("x")
    assert main(["run", str(page), "--out", str(taken), "--no-progress"]) == 2
    assert main(["run", str(page), "--out", str(taken / "sub"), "--no-progress"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"extractor: error: {taken}: the output folder is a file",
                   f"extractor: error: {taken / 'sub'}: Not a directory"]
    assert taken.read_text() == "x"


# --- polish (issue 18): -v, --help, nothing to read, | head, names to review ------------------


def test_help_gives_examples_and_exit_codes():
    top = extractor("--help").stdout
    assert "examples:" in top and "extractor search 财政" in top
    for code in ("0 ", "1 ", "2 ", "130", "141"):
        assert f"\n  {code}" in top
    run = extractor("run", "--help").stdout
    assert "examples:" in run and "exit status:" in run and "no input to read" in run


def test_run_v_names_each_file(batch, tmp_path):
    out = tmp_path / "out"
    res = extractor("run", "-v", batch, "--out", out)
    assert res.returncode == 0, res.stderr
    detail = [ln for ln in res.stderr.splitlines() if ln.startswith("extractor: INFO:") and "measures" in ln]
    assert len(detail) == 2 and all("东府办〔2014〕75号, 53 measures" in ln for ln in detail)
    again = extractor("run", batch, "-v", "--out", out)   # -v after the inputs too
    assert again.stderr.count("unchanged since it was archived") == 2
    assert "INFO" not in extractor("run", batch, "--out", out).stderr   # quiet without -v


@pytest.mark.parametrize("make_input", [
    lambda tmp: tmp / "no-such-folder",
    lambda tmp: tmp / "missing.html",
    lambda tmp: (tmp / "empty").mkdir() or tmp / "empty",
    lambda tmp: (tmp / "only-csv").mkdir() or (tmp / "only-csv" / "x.csv").write_text("a") or tmp / "only-csv",
])
def test_nothing_to_read_is_exit_2_one_line_and_no_output(tmp_path, make_input):
    given = make_input(tmp_path)
    res = extractor("run", given, "--out", tmp_path / "out")
    assert res.returncode == 2
    assert res.stderr.count("\n") == 1 and res.stderr.startswith(f"extractor: error: {given}: ")
    assert res.stdout == "" and not (tmp_path / "out").exists()


def test_a_closed_pipe_ends_quietly():
    """``extractor agencies | head``: the reader goes before the writing is done."""
    proc = subprocess.Popen([sys.executable, "-m", "extractor", "agencies", "--json"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()   # as head does once it has its lines
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 141 and err == b""


def test_summary_counts_the_names_review_csv_lists(tmp_path):
    """The summary's unresolved names are review.csv's rows, also when the files
    show notices of an earlier run (its names are listed in review.csv too)."""
    import csv

    from analystkit import UNRESOLVED, write_corpus

    raw, out = write_corpus(tmp_path / "raw"), tmp_path / "out"
    first = extractor("run", raw / "b-2017-5.txt", "--out", out)
    second = extractor("run", raw / "a-2016-12.txt", "--out", out)   # no unresolved name of its own
    with open(out / "review.csv", encoding="utf-8-sig", newline="") as fh:
        review = list(csv.DictReader(fh))
    assert [r["name"] for r in review] == [UNRESOLVED]
    for res in (first, second):
        assert res.returncode == 0 and ", 1 unresolved names," in res.stdout


def test_run_collects_garbage_less_often_and_gives_the_thresholds_back(batch, tmp_path, monkeypatch):
    """``extractor run`` raises the young generation's GC threshold while it runs
    (cli.GC_YOUNG: fewer collections of its many short-lived rows) and restores the
    caller's thresholds after, also when the run fails."""
    import gc

    from extractor import cli
    from extractor.engine import pipeline

    seen = []
    real_run = pipeline.run

    def watching(*args, **kw):
        seen.append(gc.get_threshold()[0])
        return real_run(*args, **kw)

    monkeypatch.setattr(pipeline, "run", watching)
    before = gc.get_threshold()
    assert cli.main(["run", str(batch), "--out", str(tmp_path / "out"), "--no-progress"]) == 0
    assert seen == [cli.GC_YOUNG] and gc.get_threshold() == before
    assert cli.main(["run", str(tmp_path / "missing"), "--out", str(tmp_path / "o2"), "--no-progress"]) == 2
    assert gc.get_threshold() == before


def test_the_exit_after_a_command_leaves_the_last_collection_out(batch, tmp_path):
    """The objects still alive are frozen at exit (``gc.freeze``, registered when the CLI
    is imported), so the interpreter's last full collection does not walk them; a
    caller's own collector is left alone until then, and the exit handlers registered
    before still run after it."""
    script = ("import atexit, gc, sys\n"
              "atexit.register(lambda: print('tracked at exit', len(gc.get_objects())))\n"
              "from extractor.cli import main\n"
              f"status = main(['run', {str(batch)!r}, '--out', {str(tmp_path / 'out')!r}, '--no-progress'])\n"
              "kept = [[i] for i in range(20_000)]\n"   # the caller's own objects, made after main
              "print('tracked after main', len(gc.get_objects()))\n"
              "sys.exit(status)\n")
    res = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    counts = dict(line.rsplit(" ", 1) for line in res.stdout.splitlines() if line.startswith("tracked"))
    assert int(counts["tracked after main"]) > 20_000       # main did not freeze the caller's objects
    assert int(counts["tracked at exit"]) < 1_000           # the exit did
    assert (tmp_path / "out" / "notices.sqlite").is_file()
